#include "cli/CliContext.h"

#include "storage/SchoolTransfer.h"
#include "storage/ServerAccounts.h"

#include <QCoreApplication>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace TransferCommand {
QString tr(const char *text) { return QCoreApplication::translate("TransferCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ --pg СТРОКА upload [--school НОМЕР]     выгрузить файл школы на сервер\n"
              "  kurator-cli --pg СТРОКА download --out ФАЙЛ [--school НОМЕР]  загрузить школу с сервера в новый файл\n"
              "Куратор работает со своей школой; администратор сервера указывает её номер (server schools).\n"
              "Повторная выгрузка добавляет только новое; запись, изменённая и в файле, и на сервере, не\n"
              "перезаписывается, а называется в отчёте.");
}

int run(CliContext &context, bool upload)
{
    QCommandLineParser parser;
    const QCommandLineOption school(QStringLiteral("school"), tr("Номер школы на сервере (для администратора)."), tr("НОМЕР"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Новый файл базы школы."), tr("ФАЙЛ"));
    parser.addOptions({school, out});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    if (!parser.positionalArguments().isEmpty() || (!upload && !parser.isSet(out)) || (upload && parser.isSet(out)))
        return context.usageError(usage());
    if (context.server().isEmpty())
        return context.usageError(tr("Укажите сервер параметром --pg."));
    DatabasePtr server = context.openDatabase(false);
    if (!server)
        return ExitUserError;
    if (parser.isSet(school)) {
        bool ok = false;
        const qint64 id = parser.value(school).toLongLong(&ok);
        if (!ok || id <= 1)
            return context.usageError(tr("Номер школы — целое число больше 1: %1").arg(parser.value(school)));
        if (const Status s = ServerAccounts(server->connection()).chooseSchool(id); !s)
            return context.fail(s.error());
    }
    if (!upload) {
        const auto written = SchoolTransfer::download(*server, parser.value(out));
        if (!written)
            return context.fail(written.error());
        context.out() << tr("Школа загружена с сервера в %1; записей: %2.").arg(parser.value(out)).arg(*written) << '\n';
        return ExitOk;
    }
    Database::Options options;
    options.createIfMissing = false;
    auto file = Database::open(context.dbPath(), options);
    if (!file)
        return context.fail(file.error());
    const auto report = SchoolTransfer::upload(*file.value(), *server);
    if (!report)
        return context.fail(report.error());
    context.out() << report->summary() << '\n';
    if (report->conflicts.isEmpty())
        return ExitOk;
    context.out() << tr("Изменены и в файле, и на сервере — оставлены как на сервере (%1):").arg(report->conflicts.size()) << '\n';
    for (const TransferConflict &c : report->conflicts)
        context.out() << "  " << c.what << tr(" (в файле %1, на сервере %2)").arg(c.localId).arg(c.serverId) << '\n';
    return ExitOk;
}
} // namespace TransferCommand

int runUpload(CliContext &context)
{
    return TransferCommand::run(context, true);
}

int runDownload(CliContext &context)
{
    return TransferCommand::run(context, false);
}
