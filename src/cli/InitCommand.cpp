#include "cli/CliContext.h"

#include "services/DemoSchool.h"
#include "services/ReferenceData.h"

#include <QCoreApplication>
#include <QElapsedTimer>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace InitCommand {
QString tr(const char *text) { return QCoreApplication::translate("InitCommand", text); }

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Заполнить базу демонстрационной школой."));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Зерно генератора демонстрационных данных."),
                                  QStringLiteral("N"), QStringLiteral("2024"));
    parser.addOptions({demo, seed});
    int exit = ExitOk;
    if (!context.parse(parser, tr("Использование: kurator-cli --db ФАЙЛ init [--demo] [--seed N]"), &exit))
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("Лишние аргументы: %1").arg(parser.positionalArguments().join(QLatin1Char(' '))));
    bool seedOk = false;
    const uint seedValue = parser.value(seed).toUInt(&seedOk);
    if (!seedOk)
        return context.usageError(tr("Зерно должно быть целым неотрицательным числом: %1").arg(parser.value(seed)));

    DatabasePtr db = context.openDatabase(true);
    if (!db)
        return ExitUserError;
    if (Status s = ReferenceData::installDefaults(*db); !s)
        return context.fail(s.error());
    if (parser.isSet(demo)) {
        DemoOptions options;
        options.seed = seedValue;
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoSchool::create(*db, options);
        if (!summary)
            return context.fail(summary.error());
        context.out() << tr("Демонстрационная школа создана за %1 мс; участников: %2, пар: %3, групп: %4.")
                             .arg(timer.elapsed()).arg(summary->people).arg(summary->pairs).arg(summary->groups)
                      << '\n';
    }
    context.out() << tr("База готова: %1 (схема %2)").arg(db->path()).arg(db->schemaVersion()) << '\n';
    return ExitOk;
}
} // namespace InitCommand

int runInit(CliContext &context)
{
    return InitCommand::run(context);
}
