#pragma once
#include "domain/Kpi.h"
#include "domain/Result.h"

#include <QSqlDatabase>

// A KPI as the curator sees it: the default rule under an editable name.
struct KpiDefinition
{
    QString code;
    QString name;
    QString numerator;   // in words
    QString denominator; // in words
    QString unit = QStringLiteral("%");
    QString comparison = QStringLiteral(">=");
};

// KPI definitions, yearly targets, the contingent, and the facts the KPIs are counted from.
class KpiRepository
{
public:
    explicit KpiRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<KpiDefinition> definitions() const;
    Status insertDefinition(const KpiDefinition &d);
    // The name, words and comparison of the definition of that code.
    Status updateDefinition(const KpiDefinition &d);
    QMap<QString, double> targets(int startYear) const;
    Status setTarget(const QString &code, int startYear, double value);
    Status removeTarget(const QString &code, int startYear);
    QMap<QString, int> contingent(int startYear) const;
    Status setContingent(const QString &code, int startYear, int value);
    Status removeContingent(const QString &code, int startYear);
    // Everything the counting rules need for a period, in a handful of queries.
    Kpi::Facts facts(const Kpi::Period &period, int startYear) const;
    // The same by school (organisation), for a session that sees several: a coordinator's on a server.
    QMap<qint64, Kpi::Facts> factsBySchool(const Kpi::Period &period, int startYear) const;

private:
    QSqlDatabase m_db;
};
