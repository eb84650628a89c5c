#pragma once
#include "domain/RoadmapItem.h"
#include "services/KpiService.h"

#include <QMap>

// What the dashboard shows for a school year, gathered in one go.
struct DashboardData
{
    int startYear = 0;
    QList<KpiRow> kpis;                     // the year's KPIs against its targets
    QMap<int, QList<KpiRow>> trend;         // the same KPIs for every school year with data, and this one
    QMap<QDate, int> meetingsPerMonth;      // held meetings, September to August
    QMap<RoadmapLight, int> roadmapLights;  // the roadmap's traffic light on `today`
};

class DashboardService
{
public:
    explicit DashboardService(DatabasePtr db) : m_db(std::move(db)) {}
    DashboardData load(int startYear, const QDate &today) const;

private:
    DatabasePtr m_db;
};
