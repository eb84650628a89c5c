#include "services/DashboardService.h"

#include "storage/MeetingRepository.h"
#include "storage/RoadmapRepository.h"

DashboardData DashboardService::load(int startYear, const QDate &today) const
{
    DashboardData d;
    d.startYear = startYear;
    d.trend = KpiService(m_db).byYear(startYear);
    d.kpis = d.trend.value(startYear);
    const AcademicYear year(startYear);
    d.meetingsPerMonth = MeetingRepository(m_db->connection()).heldPerMonth(year.firstDay(), year.lastDay());
    for (const RoadmapItem &item : RoadmapRepository(m_db->connection()).items(startYear))
        ++d.roadmapLights[item.lightOn(today)];
    return d;
}
