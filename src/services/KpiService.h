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

// A KPI share as the app and the CLI show it: «12.1 %», or «нет данных» when there is nothing to divide by.
QString shareText(const std::optional<double> &percent);

// What the curator sets for a school year: a target per KPI (none: no target) and the contingent
// (none: counted from the data).
struct KpiYearSettings
{
    QMap<QString, double> targets;
    QMap<QString, int> contingent;
    bool operator==(const KpiYearSettings &o) const { return targets == o.targets && contingent == o.contingent; }
};

// KPIs of a school year (or of any period within it) against the year's targets.
class KpiService
{
public:
    explicit KpiService(DatabasePtr db) : m_db(std::move(db)) {}

    // The whole school year when no period is given.
    QList<KpiRow> compute(int startYear, std::optional<Kpi::Period> period = std::nullopt) const;
    // The same from facts already gathered for the period (a report that counts more from them).
    QList<KpiRow> compute(int startYear, const Kpi::Facts &facts, const Kpi::Period &period) const;
    // The whole-year KPIs of every school year in the store and of `startYear`, by year.
    QMap<int, QList<KpiRow>> byYear(int startYear) const;
    Status setTarget(const QString &code, int startYear, double value);
    Status setContingent(const QString &code, int startYear, int value);
    static QStringList contingentCodes();
    QList<KpiDefinition> definitions() const;
    // The problems of a definition, in Russian; empty when it can be stored.
    static QStringList validate(const KpiDefinition &definition);
    // Replaces the names, words and comparisons of these definitions (the codes stay), all or nothing.
    Status setDefinitions(const QList<KpiDefinition> &definitions);
    // The counting rules' parameters (domain.md): the pupils' ages, who is a young teacher. Kept in the
    // school's file; the defaults (10–19, experience up to 3 years, any age) until set.
    Kpi::Settings countingSettings() const;
    static QStringList validate(const Kpi::Settings &settings);
    Status setCountingSettings(const Kpi::Settings &settings);
    KpiYearSettings yearSettings(int startYear) const;
    // Replaces the year's targets and contingent with these, all or nothing.
    Status setYearSettings(int startYear, const KpiYearSettings &settings);

private:
    DatabasePtr m_db;
};
