#include "cli/CliContext.h"

#include "services/Consolidation.h"
#include "services/ExcelReports.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace ConsolidatedCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ConsolidatedCommand", text); }

QString usage()
{
    return tr("Использование: kurator-cli --pg СТРОКА consolidated [--year ГОД] [--from ДАТА --to ДАТА] [--json] "
              "[--out ФАЙЛ.xlsx]\n"
              "Показатели эффективности и статистика участников по всем школам сервера и итог по муниципалитету\n"
              "(доли итога считаются из сложенных чисел, а не как среднее долей школ). Строит координатор.");
}

QJsonValue percent(const std::optional<double> &p) { return p ? QJsonValue(*p) : QJsonValue(); }

QJsonObject toJson(const SchoolFigures &f)
{
    QJsonArray kpis, stats;
    for (const KpiRow &row : f.kpis)
        kpis.append(QJsonObject{{QStringLiteral("code"), row.definition.code},
                                {QStringLiteral("numerator"), row.value.numerator},
                                {QStringLiteral("denominator"), row.value.denominator},
                                {QStringLiteral("percent"), percent(row.value.percent())},
                                {QStringLiteral("target"), percent(row.target)}});
    for (const StatsTemplate::Figure &s : f.stats)
        if (!s.section)
            stats.append(QJsonObject{{QStringLiteral("label"), s.label},
                                     {QStringLiteral("count"), s.count},
                                     {QStringLiteral("denominator"), s.share ? QJsonValue(s.denominator) : QJsonValue()},
                                     {QStringLiteral("percent"), percent(s.percent)}});
    QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("kpis"), kpis}, {QStringLiteral("stats"), stats}};
    if (f.schoolId > 0)
        o.insert(QStringLiteral("id"), f.schoolId);
    return o;
}

void print(QTextStream &out, const SchoolFigures &f)
{
    out << f.name << '\n';
    for (const KpiRow &row : f.kpis)
        out << "    " << shareText(row.value.percent()).rightJustified(10) << "  "
            << tr("%1 из %2").arg(row.value.numerator).arg(row.value.denominator).leftJustified(14) << row.definition.name << '\n';
}
}

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Начало периода."), tr("ДАТА"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Конец периода."), tr("ДАТА"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    const QCommandLineOption out(QStringLiteral("out"), tr("Книга Excel: итог, школы рядом, лист на школу."), tr("ФАЙЛ"));
    parser.addOptions({year, from, to, json, out});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(usage());
    const std::optional<int> startYear = context.schoolYear(parser, year);
    if (!startYear)
        return ExitUsage;
    std::optional<Kpi::Period> period;
    if (!context.periodOptions(parser, from, to, &period))
        return ExitUsage;
    if (parser.isSet(out) && !parser.value(out).endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return context.usageError(tr("Сводка выгружается в книгу Excel: имя файла с расширением .xlsx."));
    if (context.server().isEmpty())
        return context.usageError(tr("Сводка по школам строится на муниципальном сервере: укажите его параметром --pg."));
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    const auto c = ConsolidationService(db).compute(*startYear, period);
    if (!c)
        return context.fail(c.error());
    if (parser.isSet(out)) {
        if (const Status s = ExcelReports::consolidated(*c, QDate::currentDate(), parser.value(out)); !s)
            return context.fail(s.error());
        context.out() << tr("Сводка сохранена (школ: %1): %2").arg(c->schools.size()).arg(parser.value(out)) << '\n';
        return ExitOk;
    }
    if (parser.isSet(json)) {
        QJsonArray schools;
        for (const SchoolFigures &f : c->schools)
            schools.append(toJson(f));
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("schools"), schools},
                                                   {QStringLiteral("total"), toJson(c->total)}})
                             .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const SchoolFigures &f : c->schools)
        print(context.out(), f);
    print(context.out(), c->total);
    return ExitOk;
}
} // namespace ConsolidatedCommand

int runConsolidated(CliContext &context)
{
    return ConsolidatedCommand::run(context);
}
