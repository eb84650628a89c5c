#pragma once
#include "domain/RoadmapItem.h"
#include "domain/StatsTemplate.h"
#include "services/KpiService.h"

// One school's figures on a municipal server, or their total.
struct SchoolFigures
{
    qint64 schoolId = 0; // 0: the total
    QString name;
    QList<KpiRow> kpis;
    QList<StatsTemplate::Figure> stats;
};

// A roadmap the coordinator follows: the municipality's own (schoolId 1) or a school's.
struct SchoolRoadmap
{
    qint64 schoolId = 0;
    QString name;
    QList<RoadmapItem> items;
};

// The coordinator's view of the municipality for a period: every school's KPIs and statistics of
// participants, and the total — counts added up and shares worked out again from them, never an
// average of the schools' percentages.
struct Consolidated
{
    int startYear = 0;
    Kpi::Period period;
    QString statsTitle;
    QList<SchoolFigures> schools;
    SchoolFigures total;
    QList<SchoolRoadmap> roadmaps; // the municipality's first, then each school's, for the school year
};

class ConsolidationService
{
public:
    // The coordinator's session on a server; the KPI definitions, targets and the statistics template
    // are the municipality's own (organisation 1), the same for every school so that they add up.
    explicit ConsolidationService(DatabasePtr db) : m_db(std::move(db)) {}

    Result<Consolidated> compute(int startYear, std::optional<Kpi::Period> period = std::nullopt) const;
    // Counts of the same rows added, shares recomputed from the sums.
    static SchoolFigures total(const QList<SchoolFigures> &schools, const QString &name);

private:
    DatabasePtr m_db;
};
