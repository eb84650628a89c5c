#include "cli/CliContext.h"

#include "services/BackupService.h"

#include <QCoreApplication>
#include <QFileInfo>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace BackupCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("BackupCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ backup КОПИЯ.sqlite      копия базы (содержит персональные данные; доступна только вам)\n"
              "  kurator-cli --db ФАЙЛ backup --auto            автоматическая копия в папку копий рядом с базой\n"
              "  kurator-cli --db ФАЙЛ backups [--keep N]       копии в папке рядом с базой; --keep — сколько автоматических хранить\n"
              "  kurator-cli --db ФАЙЛ restore КОПИЯ.sqlite     заменить базу копией: копия сначала проверяется, прежняя база\n"
              "                                                  сохраняется в папке копий\n");
}
} // namespace

int run(CliContext &context, const QString &command)
{
    QCommandLineParser parser;
    const QCommandLineOption automatic(QStringLiteral("auto"), tr("Автоматическая копия."));
    const QCommandLineOption keep(QStringLiteral("keep"), tr("Сколько автоматических копий хранить."), tr("N"));
    parser.addOptions({automatic, keep});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    if (!context.server().isEmpty())
        return context.fail(tr("Резервные копии базы на сервере делает его администратор средствами PostgreSQL "
                               "(pg_dump); kurator-cli копирует только файлы баз."));
    const BackupService backups(context.dbPath());

    if (command == QLatin1String("restore")) {
        if (args.size() != 1)
            return context.usageError(usage());
        const auto kept = backups.restore(args[0], QDateTime::currentDateTime());
        if (!kept)
            return context.fail(kept.error());
        DatabasePtr db = context.openDatabase(false); // a copy of an older schema is upgraded here
        if (!db)
            return ExitUserError;
        context.out() << tr("База восстановлена из %1; прежняя сохранена: %2").arg(args[0], kept.value()) << '\n';
        return ExitOk;
    }
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    if (command == QLatin1String("backups")) {
        if (!args.isEmpty())
            return context.usageError(usage());
        if (parser.isSet(keep))
            if (const Status s = BackupService::setKeepCount(*db, parser.value(keep).toInt()); !s)
                return context.fail(s.error());
        context.out() << tr("Папка копий: %1; автоматических хранится: %2").arg(backups.folder()).arg(BackupService::keepCount(*db)) << '\n';
        for (const QFileInfo &copy : backups.backups())
            context.out() << copy.fileName() << '\t' << QString::number(copy.size() / 1024) << tr(" КБ") << '\n';
        return ExitOk;
    }
    if (parser.isSet(automatic) == (args.size() == 1) || args.size() > 1)
        return context.usageError(usage());
    if (parser.isSet(automatic)) {
        const auto made = backups.makeAutomatic(BackupService::keepCount(*db), QDateTime::currentDateTime());
        if (!made)
            return context.fail(made.error());
        context.out() << tr("Копия: %1").arg(made.value()) << '\n';
        return ExitOk;
    }
    if (const Status s = backups.saveTo(args[0]); !s)
        return context.fail(s.error());
    context.out() << tr("Копия: %1 (содержит персональные данные; доступна только вам)").arg(args[0]) << '\n';
    return ExitOk;
}
} // namespace BackupCommand

int runBackup(CliContext &context, const QString &command)
{
    return BackupCommand::run(context, command);
}
