#include "cli/CliContext.h"

#include "services/KpiService.h"
#include "services/ReferenceData.h"

#include <QCoreApplication>
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

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Начало периода."), tr("ДАТА"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Конец периода."), tr("ДАТА"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    parser.addOptions({year, from, to, json});
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
