#include "services/DashboardService.h"

#include "storage/AcademicYearRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/RoadmapRepository.h"

DashboardData DashboardService::load(int startYear, const QDate &today) const
{
    DashboardData d;
    d.startYear = startYear;
    const KpiService kpis(m_db);
    d.kpis = kpis.compute(startYear);
    for (const AcademicYear &y : AcademicYearRepository(m_db->connection()).list())
        d.trend.insert(y.startYear(), y.startYear() == startYear ? d.kpis : kpis.compute(y.startYear()));
    const AcademicYear year(startYear);
    d.meetingsPerMonth = MeetingRepository(m_db->connection()).heldPerMonth(year.firstDay(), year.lastDay());
    for (const RoadmapItem &item : RoadmapRepository(m_db->connection()).items(startYear))
        ++d.roadmapLights[item.lightOn(today)];
    return d;
}
