#include "services/KpiService.h"

#include "domain/AcademicYear.h"
#include "services/Audit.h"
#include "storage/AcademicYearRepository.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("KpiService", text); }

const QString kCountingKey = QStringLiteral("kpi_counting");
}

QString shareText(const std::optional<double> &percent)
{
    // In the language of the interface: «12,5 %» in Russian (UiLanguage sets the default locale).
    return percent ? QStringLiteral("%1 %").arg(QLocale().toString(*percent, 'f', 1))
                   : QCoreApplication::translate("KpiService", "нет данных");
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
    const QList<Kpi::Value> values = Kpi::compute(facts, period, countingSettings());
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

QList<KpiDefinition> KpiService::definitions() const
{
    return KpiRepository(m_db->connection()).definitions();
}

QStringList KpiService::validate(const KpiDefinition &d)
{
    QStringList errors;
    if (!Kpi::defaultCodes().contains(d.code))
        errors << tr("Показателя «%1» нет. Есть: %2.").arg(d.code, Kpi::defaultCodes().join(QStringLiteral(", ")));
    if (d.name.simplified().isEmpty())
        errors << tr("Укажите название показателя «%1».").arg(d.code);
    if (d.comparison != QLatin1String(">=") && d.comparison != QLatin1String("<="))
        errors << tr("Сравнение с целью — «>=» (не меньше) или «<=» (не больше); указано «%1».").arg(d.comparison);
    return errors;
}

Status KpiService::setDefinitions(const QList<KpiDefinition> &definitions)
{
    QStringList errors;
    for (const KpiDefinition &d : definitions)
        errors << validate(d);
    if (!errors.isEmpty())
        return Status::failure(errors.join(QLatin1Char('\n')));
    return m_db->transaction([&]() -> Status {
        KpiRepository repo(m_db->connection());
        for (KpiDefinition d : definitions) {
            d.name = d.name.simplified();
            if (Status s = repo.updateDefinition(d); !s)
                return s;
        }
        return audit(*m_db, QStringLiteral("kpi_definition"), 0, QStringLiteral("update"),
                     QStringLiteral("name, numerator, denominator, comparison"));
    });
}

Kpi::Settings KpiService::countingSettings() const
{
    Kpi::Settings settings;
    const QJsonObject o = QJsonDocument::fromJson(SettingsRepository(m_db->connection()).value(kCountingKey).toUtf8()).object();
    settings.pupilAgeFrom = o.value(QLatin1String("pupil_age_from")).toInt(settings.pupilAgeFrom);
    settings.pupilAgeTo = o.value(QLatin1String("pupil_age_to")).toInt(settings.pupilAgeTo);
    settings.youngSpecialist.maxExperienceYears =
        o.value(QLatin1String("young_max_years")).toInt(settings.youngSpecialist.maxExperienceYears);
    if (o.value(QLatin1String("young_max_age")).isDouble())
        settings.youngSpecialist.maxAge = o.value(QLatin1String("young_max_age")).toInt();
    return validate(settings).isEmpty() ? settings : Kpi::Settings(); // a hand-edited value out of range: the defaults
}

QStringList KpiService::validate(const Kpi::Settings &s)
{
    QStringList errors;
    if (s.pupilAgeFrom < 5 || s.pupilAgeTo > 25 || s.pupilAgeFrom > s.pupilAgeTo)
        errors << tr("Возраст обучающихся — от 5 до 25 лет, «от» не больше «до»; указано %1–%2.")
                      .arg(s.pupilAgeFrom).arg(s.pupilAgeTo);
    if (s.youngSpecialist.maxExperienceYears < 0 || s.youngSpecialist.maxExperienceYears > 10)
        errors << tr("Стаж молодого педагога — от 0 до 10 лет; указано %1.").arg(s.youngSpecialist.maxExperienceYears);
    if (s.youngSpecialist.maxAge && (*s.youngSpecialist.maxAge < 20 || *s.youngSpecialist.maxAge > 70))
        errors << tr("Предельный возраст молодого педагога — от 20 до 70 лет; указано %1.").arg(*s.youngSpecialist.maxAge);
    return errors;
}

Status KpiService::setCountingSettings(const Kpi::Settings &s)
{
    if (const QStringList errors = validate(s); !errors.isEmpty())
        return Status::failure(errors.join(QLatin1Char('\n')));
    QJsonObject o{{QStringLiteral("pupil_age_from"), s.pupilAgeFrom},
                  {QStringLiteral("pupil_age_to"), s.pupilAgeTo},
                  {QStringLiteral("young_max_years"), s.youngSpecialist.maxExperienceYears}};
    o.insert(QStringLiteral("young_max_age"), s.youngSpecialist.maxAge ? QJsonValue(*s.youngSpecialist.maxAge) : QJsonValue());
    return m_db->transaction([&]() -> Status {
        const QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        if (Status saved = SettingsRepository(m_db->connection()).setValue(kCountingKey, text); !saved)
            return saved;
        return audit(*m_db, QStringLiteral("kpi_counting"), 0, QStringLiteral("update"));
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
