#pragma once
#include "storage/Database.h"
#include "storage/KpiRepository.h"

#include <optional>

// One line of the KPI report: the rule, the counts, the share and the year's target.
struct KpiRow
{
    KpiDefinition definition;
    Kpi::Value value;
    std::optional<double> target;
    // Reached when the share compares with the target as the definition says; none without both.
    std::optional<bool> reached() const;
};

// KPIs of a school year (or of any period within it) against the year's targets.
class KpiService
{
public:
    explicit KpiService(DatabasePtr db) : m_db(std::move(db)) {}

    // The whole school year when no period is given.
    QList<KpiRow> compute(int startYear, std::optional<Kpi::Period> period = std::nullopt) const;
    Status setTarget(const QString &code, int startYear, double value);
    Status setContingent(const QString &code, int startYear, int value);

private:
    DatabasePtr m_db;
};
