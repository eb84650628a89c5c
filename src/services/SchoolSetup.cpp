#include "services/SchoolSetup.h"

#include "domain/AcademicYear.h"
#include "domain/Kpi.h"
#include "services/Audit.h"
#include "services/KpiService.h"
#include "storage/AcademicYearRepository.h"

#include <QCoreApplication>

namespace SchoolSetupService {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("SchoolSetupService", text); }

constexpr int kLongestName = 500;

// A part may not outnumber the whole it is counted in.
void checkPart(const QMap<QString, int> &contingent, const QString &part, const QString &whole, const QString &message,
               QStringList *errors)
{
    if (contingent.contains(part) && contingent.contains(whole) && contingent.value(part) > contingent.value(whole))
        *errors << message.arg(contingent.value(part)).arg(contingent.value(whole));
}
} // namespace

QStringList validate(const SchoolSetup &setup)
{
    QStringList errors;
    const QString name = setup.school.name.simplified();
    if (name.isEmpty())
        errors << tr("Укажите название школы.");
    else if (name.size() > kLongestName)
        errors << tr("Название школы длиннее %1 знаков.").arg(kLongestName);
    if (setup.school.shortName.simplified().size() > kLongestName)
        errors << tr("Краткое название длиннее %1 знаков.").arg(kLongestName);
    if (!AcademicYear(setup.startYear).isValid() || setup.startYear > 2200)
        errors << tr("Учебный год указан неверно: %1.").arg(setup.startYear);
    const QStringList codes = KpiService::contingentCodes();
    for (auto it = setup.contingent.cbegin(); it != setup.contingent.cend(); ++it) {
        if (!codes.contains(it.key()))
            errors << tr("Контингента «%1» нет. Есть: %2.").arg(it.key(), codes.join(QStringLiteral(", ")));
        else if (it.value() < 0)
            errors << tr("Численность не может быть отрицательной.");
    }
    checkPart(setup.contingent, Kpi::ContingentOvz, Kpi::ContingentPupils,
              tr("Обучающихся с ОВЗ (%1) больше, чем всех обучающихся (%2)."), &errors);
    checkPart(setup.contingent, Kpi::ContingentYoungTeachers, Kpi::ContingentTeachers,
              tr("Молодых педагогов (%1) больше, чем всех педагогов (%2)."), &errors);
    return errors;
}

Status apply(const DatabasePtr &db, const SchoolSetup &setup)
{
    if (const QStringList errors = validate(setup); !errors.isEmpty())
        return Status::failure(errors.join(QLatin1Char('\n')));
    SchoolInfo school{setup.school.name.simplified(), setup.school.shortName.simplified(),
                      setup.school.municipality.simplified()};
    return db->transaction([&]() -> Status {
        if (Status s = SchoolRepository(db->connection()).setHome(school); !s)
            return s;
        if (auto year = AcademicYearRepository(db->connection()).ensure(AcademicYear(setup.startYear)); !year)
            return Status::failure(year.error());
        KpiService kpis(db);
        for (auto it = setup.contingent.cbegin(); it != setup.contingent.cend(); ++it)
            if (Status s = kpis.setContingent(it.key(), setup.startYear, it.value()); !s)
                return s;
        return audit(*db, QStringLiteral("organisation"), 0, QStringLiteral("update"),
                     QStringLiteral("name, short_name, municipality"));
    });
}

} // namespace SchoolSetupService
