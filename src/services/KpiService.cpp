#include "services/KpiService.h"

#include "domain/AcademicYear.h"
#include "services/Audit.h"
#include "storage/AcademicYearRepository.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("KpiService", text); }
}

QString shareText(const std::optional<double> &percent)
{
    return percent ? QStringLiteral("%1 %").arg(*percent, 0, 'f', 1) : QCoreApplication::translate("KpiService", "нет данных");
}

std::optional<bool> KpiRow::reached() const
{
    const auto share = value.percent();
    if (!share || !target)
        return std::nullopt;
    if (definition.comparison == QLatin1String("<="))
        return *share <= *target;
    return *share >= *target;
}

QList<KpiRow> KpiService::compute(int startYear, std::optional<Kpi::Period> period) const
{
    const AcademicYear year(startYear);
    const Kpi::Period p = period.value_or(Kpi::Period{year.firstDay(), year.lastDay()});
    return compute(startYear, KpiRepository(m_db->connection()).facts(p, startYear), p);
}

QList<KpiRow> KpiService::compute(int startYear, const Kpi::Facts &facts, const Kpi::Period &period) const
{
    KpiRepository repo(m_db->connection());
    const QList<Kpi::Value> values = Kpi::compute(facts, period);
    const QMap<QString, double> targets = repo.targets(startYear);
    QList<KpiRow> rows;
    for (const KpiDefinition &d : repo.definitions())
        for (const Kpi::Value &v : values)
            if (v.code == d.code)
                rows.append({d, v, targets.contains(d.code) ? std::optional<double>(targets.value(d.code)) : std::nullopt});
    return rows;
}

QMap<int, QList<KpiRow>> KpiService::byYear(int startYear) const
{
    QMap<int, QList<KpiRow>> years;
    years.insert(startYear, compute(startYear));
    for (const AcademicYear &y : AcademicYearRepository(m_db->connection()).list())
        if (!years.contains(y.startYear()))
            years.insert(y.startYear(), compute(y.startYear()));
    return years;
}

Status KpiService::setTarget(const QString &code, int startYear, double value)
{
    if (!Kpi::defaultCodes().contains(code))
        return Status::failure(tr("Показателя «%1» нет. Есть: %2.").arg(code, Kpi::defaultCodes().join(QStringLiteral(", "))));
    if (value < 0 || value > 100)
        return Status::failure(tr("Целевое значение — доля в процентах, от 0 до 100; указано %1.").arg(value));
    return m_db->transaction([&]() -> Status {
        if (Status s = KpiRepository(m_db->connection()).setTarget(code, startYear, value); !s)
            return s;
        return audit(*m_db, QStringLiteral("kpi_target"), 0, QStringLiteral("update"), code);
    });
}

QStringList KpiService::contingentCodes()
{
    return {Kpi::ContingentPupils, Kpi::ContingentOvz, Kpi::ContingentTeachers, Kpi::ContingentYoungTeachers,
            Kpi::ContingentOrganisations};
}

KpiYearSettings KpiService::yearSettings(int startYear) const
{
    KpiRepository repo(m_db->connection());
    return {repo.targets(startYear), repo.contingent(startYear)};
}

Status KpiService::setYearSettings(int startYear, const KpiYearSettings &settings)
{
    return m_db->transaction([&]() -> Status {
        KpiRepository repo(m_db->connection());
        for (const QString &code : Kpi::defaultCodes()) {
            const Status s = settings.targets.contains(code) ? setTarget(code, startYear, settings.targets.value(code))
                                                             : repo.removeTarget(code, startYear);
            if (!s)
                return s;
        }
        for (const QString &code : contingentCodes()) {
            const Status s = settings.contingent.contains(code)
                                 ? setContingent(code, startYear, settings.contingent.value(code))
                                 : repo.removeContingent(code, startYear);
            if (!s)
                return s;
        }
        return {};
    });
}

Status KpiService::setContingent(const QString &code, int startYear, int value)
{
    const QStringList codes = contingentCodes();
    if (!codes.contains(code))
        return Status::failure(tr("Контингента «%1» нет. Есть: %2.").arg(code, codes.join(QStringLiteral(", "))));
    if (value < 0)
        return Status::failure(tr("Численность не может быть отрицательной."));
    return m_db->transaction([&]() -> Status {
        if (Status s = KpiRepository(m_db->connection()).setContingent(code, startYear, value); !s)
            return s;
        return audit(*m_db, QStringLiteral("contingent"), 0, QStringLiteral("update"), code);
    });
}
