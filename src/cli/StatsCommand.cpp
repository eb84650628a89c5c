#include "cli/CliContext.h"

#include "storage/StatsRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace StatsCommand {
QString tr(const char *text) { return QCoreApplication::translate("StatsCommand", text); }

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    parser.addOption(json);
    int exit = ExitOk;
    const QString usage = tr("Использование: kurator-cli --db ФАЙЛ stats [--json]");
    if (!context.parse(parser, usage, &exit))
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(usage);
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    const auto counts = StatsRepository(db->connection()).rowCounts();
    if (parser.isSet(json)) {
        QJsonObject o;
        for (const auto &[table, count] : counts)
            o.insert(table, count);
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const auto &[table, count] : counts)
        context.out() << table.leftJustified(24) << count << '\n';
    return ExitOk;
}
} // namespace StatsCommand

int runStats(CliContext &context)
{
    return StatsCommand::run(context);
}
