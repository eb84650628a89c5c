#include "cli/CliContext.h"

#include "services/RoadmapService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace RoadmapCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("RoadmapCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ roadmap list [--year ГОД] [--overdue] [--json]\n"
              "  kurator-cli --db ФАЙЛ roadmap import ФАЙЛ [--year ГОД] [--title НАЗВАНИЕ] [--columns РОЛЬ=НОМЕР,…] [--dry-run] [--json]\n"
              "  kurator-cli --db ФАЙЛ roadmap templates\n"
              "  kurator-cli --db ФАЙЛ roadmap template ШАБЛОН [--year ГОД]\n"
              "ГОД — первый год учебного года (2024 для 2024–2025), по умолчанию текущий учебный год.\n"
              "Импорт читает .docx, .xlsx, .csv, .tsv и .txt (таблица с табуляцией). Столбцы находятся по заголовкам;\n"
              "--columns задаёт их вручную, номера с 1: header=1,number=1,activity=2,deadline=3,owners=4\n"
              "(роли: activity, number, section, deadline, owners, owners_deadline, result, kpi; header=0 — без заголовка).\n");
}

QJsonObject toJson(const RoadmapItem &item, const QDate &today)
{
    return QJsonObject{{QStringLiteral("number"), item.number},
                       {QStringLiteral("section"), item.section},
                       {QStringLiteral("activity"), item.activity},
                       {QStringLiteral("deadline"), item.deadline.text},
                       {QStringLiteral("from"), item.deadline.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), item.deadline.to.toString(Qt::ISODate)},
                       {QStringLiteral("recurrence"), DeadlineParser::recurrenceCode(item.deadline.recurrence)},
                       {QStringLiteral("deadline_recognised"), item.deadline.isRecognised()},
                       {QStringLiteral("owners"), item.owners},
                       {QStringLiteral("expected_result"), item.expectedResult},
                       {QStringLiteral("kpi"), item.kpi.text},
                       {QStringLiteral("status"), RoadmapCodes::code(item.status)},
                       {QStringLiteral("overdue"), item.isOverdueOn(today)}};
}

void printItems(CliContext &context, const QList<RoadmapItem> &items, bool json)
{
    const QDate today = QDate::currentDate();
    if (json) {
        QJsonArray array;
        for (const RoadmapItem &item : items)
            array.append(toJson(item, today));
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    QString section;
    for (const RoadmapItem &item : items) {
        if (item.section != section) {
            section = item.section;
            context.out() << "\n== " << section << " ==\n";
        }
        const QString when = item.deadline.isRecognised()
                                 ? QStringLiteral("%1 – %2").arg(item.deadline.from.toString(QStringLiteral("dd.MM.yyyy")),
                                                                 item.deadline.to.toString(QStringLiteral("dd.MM.yyyy")))
                                 : tr("срок не распознан");
        context.out() << (item.number.isEmpty() ? QStringLiteral("-") : item.number) << ' ' << item.activity << "\n    "
                      << tr("срок: %1 (%2)").arg(item.deadline.text, when);
        if (!item.owners.isEmpty())
            context.out() << tr("; ответственные: %1").arg(item.owners);
        context.out() << "; " << RoadmapCodes::label(item.lightOn(today)) << '\n';
    }
}
}

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), tr("Только просроченные."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    const QCommandLineOption title(QStringLiteral("title"), tr("Название дорожной карты."), tr("НАЗВАНИЕ"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Показать, что будет импортировано, не записывая."));
    // The mapping screen's choice for the command line: which column holds what, when the headers
    // do not say it in words the import knows.
    const QCommandLineOption columns(QStringLiteral("columns"), tr("Столбцы таблицы: header=N,activity=N,deadline=N,…"),
                                     tr("РОЛЬ=НОМЕР,…"));
    parser.addOptions({year, overdue, json, title, dryRun, columns});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, import, templates или template"));
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(usage());
    const std::optional<int> schoolYear = context.schoolYear(parser, year);
    if (!schoolYear)
        return ExitUsage;
    const int startYear = *schoolYear;
    const QString action = args.first();
    std::optional<RoadmapColumns> mapping;
    if (parser.isSet(columns)) {
        if (action != QLatin1String("import"))
            return context.usageError(tr("--columns задают только для import."));
        const auto parsed = RoadmapTableImporter::parseColumns(parser.value(columns));
        if (!parsed)
            return context.usageError(parsed.error());
        mapping = parsed.value();
    }

    if (action == QLatin1String("templates") && args.size() == 1) {
        for (const RoadmapTemplate &t : RoadmapService::templates())
            context.out() << t.id << "  " << t.title << tr(" (мероприятий: %1)").arg(t.items.size()) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("import") && args.size() == 2 && parser.isSet(dryRun)) {
        const auto read = RoadmapService::readFile(args[1], startYear, mapping);
        if (!read)
            return context.fail(read.error());
        printItems(context, read.value().items, parser.isSet(json));
        for (const QString &w : read.value().warnings)
            context.err() << w << '\n';
        return ExitOk;
    }
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    RoadmapService service(db);
    if (action == QLatin1String("list") && args.size() == 1) {
        QList<RoadmapItem> items = service.items(startYear);
        if (parser.isSet(overdue))
            items.removeIf([today = QDate::currentDate()](const RoadmapItem &i) { return !i.isOverdueOn(today); });
        printItems(context, items, parser.isSet(json));
        return ExitOk;
    }
    if ((action == QLatin1String("import") || action == QLatin1String("template")) && args.size() == 2) {
        const auto created = action == QLatin1String("import")
                                 ? service.importFile(args[1], startYear, parser.value(title), mapping)
                                 : service.createFromTemplate(args[1], startYear);
        if (!created)
            return context.fail(created.error());
        for (const QString &w : created.value().warnings)
            context.err() << w << '\n';
        context.out() << tr("Дорожная карта %1–%2: мероприятий %3, сроков не распознано %4.\n")
                             .arg(startYear).arg(startYear + 1).arg(created.value().items).arg(created.value().warnings.size());
        return ExitOk;
    }
    return context.usageError(usage());
}
} // namespace RoadmapCommand

int runRoadmap(CliContext &context)
{
    return RoadmapCommand::run(context);
}
