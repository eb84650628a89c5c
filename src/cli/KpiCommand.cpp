#include "cli/CliContext.h"

#include "services/KpiService.h"
#include "services/ReferenceData.h"

#include <QCoreApplication>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace KpiCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("KpiCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ kpi [--year ГОД] [--from ДАТА --to ДАТА] [--json]\n"
              "  kurator-cli --db ФАЙЛ kpi target КОД ПРОЦЕНТ [--year ГОД]\n"
              "  kurator-cli --db ФАЙЛ kpi contingent КОД ЧИСЛО [--year ГОД]\n"
              "  kurator-cli --db ФАЙЛ kpi definitions [--json]\n"
              "  kurator-cli --db ФАЙЛ kpi rename КОД НАЗВАНИЕ\n"
              "  kurator-cli --db ФАЙЛ kpi counting [--pupil-ages ОТ-ДО] [--young-years N] [--young-age N|0]\n"
              "ГОД — первый год учебного года (2024 для 2024–2025); ДАТА — ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.\n"
              "Контингент: pupils_10_19, pupils_ovz, teachers, young_teachers, organisations.\n");
}

QJsonObject toJson(const KpiRow &row)
{
    QJsonObject o{{QStringLiteral("code"), row.definition.code},
                  {QStringLiteral("name"), row.definition.name},
                  {QStringLiteral("numerator"), row.value.numerator},
                  {QStringLiteral("denominator"), row.value.denominator},
                  {QStringLiteral("denominator_from_contingent"), row.value.denominatorFromContingent}};
    o.insert(QStringLiteral("percent"), row.value.percent() ? QJsonValue(*row.value.percent()) : QJsonValue());
    o.insert(QStringLiteral("target"), row.target ? QJsonValue(*row.target) : QJsonValue());
    o.insert(QStringLiteral("reached"), row.reached() ? QJsonValue(*row.reached()) : QJsonValue());
    return o;
}
}

// The counting rules' parameters: shown, or changed by the options given.
int counting(CliContext &context, KpiService &service, const QCommandLineParser &parser, const QCommandLineOption &ages,
             const QCommandLineOption &years, const QCommandLineOption &age)
{
    Kpi::Settings settings = service.countingSettings();
    bool ok = true;
    if (parser.isSet(ages)) {
        const QStringList bounds = parser.value(ages).split(QLatin1Char('-'));
        bool fromOk = false, toOk = false;
        if (bounds.size() == 2) {
            settings.pupilAgeFrom = bounds[0].trimmed().toInt(&fromOk);
            settings.pupilAgeTo = bounds[1].trimmed().toInt(&toOk);
        }
        ok = fromOk && toOk;
    }
    if (ok && parser.isSet(years))
        settings.youngSpecialist.maxExperienceYears = parser.value(years).toInt(&ok);
    if (ok && parser.isSet(age)) {
        const int limit = parser.value(age).toInt(&ok);
        settings.youngSpecialist.maxAge = limit > 0 ? std::optional<int>(limit) : std::nullopt;
    }
    if (!ok)
        return context.usageError(tr("Возраст — ОТ-ДО (например, 15-19), стаж и предельный возраст — целые числа."));
    if (parser.isSet(ages) || parser.isSet(years) || parser.isSet(age))
        if (Status s = service.setCountingSettings(settings); !s)
            return context.fail(s.error());
    const auto &young = settings.youngSpecialist;
    context.out() << tr("Обучающиеся: %1–%2 лет на последний день периода.\n").arg(settings.pupilAgeFrom).arg(settings.pupilAgeTo)
                  << tr("Молодой педагог: стаж не более %1 полных лет%2.\n")
                         .arg(young.maxExperienceYears)
                         .arg(young.maxAge ? tr(", моложе %1 лет").arg(*young.maxAge) : QString());
    return ExitOk;
}

int definitions(CliContext &context, const KpiService &service, bool json)
{
    const QList<KpiDefinition> list = service.definitions();
    if (json) {
        QJsonArray array;
        for (const KpiDefinition &d : list)
            array.append(QJsonObject{{QStringLiteral("code"), d.code}, {QStringLiteral("name"), d.name},
                                     {QStringLiteral("numerator"), d.numerator}, {QStringLiteral("denominator"), d.denominator},
                                     {QStringLiteral("comparison"), d.comparison}});
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const KpiDefinition &d : list)
        context.out() << d.code << "  " << d.name << "\n    " << d.numerator << " ÷ " << d.denominator << '\n';
    return ExitOk;
}

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Начало периода."), tr("ДАТА"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Конец периода."), tr("ДАТА"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    const QCommandLineOption ages(QStringLiteral("pupil-ages"), tr("Возраст обучающихся в показателях."), tr("ОТ-ДО"));
    const QCommandLineOption youngYears(QStringLiteral("young-years"), tr("Наибольший стаж молодого педагога."), QStringLiteral("N"));
    const QCommandLineOption youngAge(QStringLiteral("young-age"), tr("Предельный возраст молодого педагога (0 — без предела)."),
                                      QStringLiteral("N"));
    parser.addOptions({year, from, to, json, ages, youngYears, youngAge});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const std::optional<int> schoolYear = context.schoolYear(parser, year);
    if (!schoolYear)
        return ExitUsage;
    const int startYear = *schoolYear;
    const QStringList args = parser.positionalArguments();
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    if (Status s = ReferenceData::installDefaults(*db); !s) // a file made before KPIs existed
        return context.fail(s.error());
    KpiService service(db);

    if (args == QStringList{QStringLiteral("counting")})
        return counting(context, service, parser, ages, youngYears, youngAge);
    if (args == QStringList{QStringLiteral("definitions")})
        return definitions(context, service, parser.isSet(json));
    if (args.size() == 3 && args[0] == QLatin1String("rename")) {
        QList<KpiDefinition> list = service.definitions();
        const auto found = std::find_if(list.begin(), list.end(), [&](const KpiDefinition &d) { return d.code == args[1]; });
        if (found == list.end())
            return context.fail(tr("Показателя «%1» нет. Есть: %2.").arg(args[1], Kpi::defaultCodes().join(QStringLiteral(", "))));
        found->name = args[2];
        const Status s = service.setDefinitions({*found});
        return s ? ExitOk : context.fail(s.error());
    }
    if (!args.isEmpty()) {
        if (args.size() != 3 || (args[0] != QLatin1String("target") && args[0] != QLatin1String("contingent")))
            return context.usageError(usage());
        bool numberOk = false;
        const double value = QString(args[2]).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&numberOk);
        if (!numberOk)
            return context.usageError(tr("«%1» — не число.").arg(args[2]));
        const Status s = args[0] == QLatin1String("target") ? service.setTarget(args[1], startYear, value)
                                                            : service.setContingent(args[1], startYear, int(value));
        return s ? ExitOk : context.fail(s.error());
    }

    std::optional<Kpi::Period> period;
    if (!context.periodOptions(parser, from, to, &period))
        return ExitUsage;
    const QList<KpiRow> rows = service.compute(startYear, period);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const KpiRow &row : rows)
            array.append(toJson(row));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const KpiRow &row : rows) {
        context.out() << row.definition.name << '\n'
                      << "    " << shareText(row.value.percent())
                      << tr(" (%1 из %2%3)").arg(row.value.numerator).arg(row.value.denominator)
                             .arg(row.value.denominatorFromContingent ? tr(", по контингенту") : QString());
        if (row.target)
            context.out() << tr("; цель %1 % — %2").arg(*row.target).arg(!row.reached() ? tr("нет данных")
                                                                        : *row.reached() ? tr("достигнута") : tr("не достигнута"));
        context.out() << '\n';
    }
    return ExitOk;
}
} // namespace KpiCommand

int runKpi(CliContext &context)
{
    return KpiCommand::run(context);
}
