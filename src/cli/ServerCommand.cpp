#include "cli/CliContext.h"

#include "storage/ServerAccounts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace ServerCommand {
QString tr(const char *text) { return QCoreApplication::translate("ServerCommand", text); }

QString usage()
{
    return tr("Использование: kurator-cli --pg СТРОКА server КОМАНДА\n"
              "  schools [--json]                      школы сервера и их кураторы\n"
              "  add-school НАЗВАНИЕ --curator ВХОД    новая школа и вход её куратора\n"
              "  add-curator НОМЕР --curator ВХОД      ещё один куратор школы\n"
              "  add-coordinator ВХОД                  вход муниципального координатора\n"
              "Пароль нового входа — в переменной KURATOR_NEW_PASSWORD или первой строкой на входе.\n"
              "Команды выполняет администратор сервера (владелец базы).");
}

// The password never comes as an argument: the command line of a process is visible to all users.
QString newPassword()
{
    QString password = qEnvironmentVariable("KURATOR_NEW_PASSWORD");
    if (password.isEmpty())
        password = QTextStream(stdin).readLine();
    return password;
}

int list(CliContext &context, const DatabasePtr &db, bool json)
{
    const auto schools = ServerAccounts(db->connection()).schools();
    if (json) {
        QJsonArray array;
        for (const ServerSchool &s : schools)
            array.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name},
                                     {QStringLiteral("curators"), QJsonArray::fromStringList(s.curators)}});
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (schools.isEmpty())
        context.out() << tr("На сервере пока нет школ: добавьте их командой server add-school.") << '\n';
    for (const ServerSchool &s : schools)
        context.out() << QString::number(s.id).rightJustified(4) << "  " << s.name << "  ("
                      << (s.curators.isEmpty() ? tr("нет куратора") : s.curators.join(QStringLiteral(", "))) << ")\n";
    return ExitOk;
}

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    const QCommandLineOption curator(QStringLiteral("curator"), tr("Вход (роль PostgreSQL) куратора школы."), tr("ВХОД"));
    parser.addOptions({json, curator});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const bool known = (command == QLatin1String("schools") && args.size() == 1) ||
                       (command == QLatin1String("add-school") && args.size() == 2 && parser.isSet(curator)) ||
                       (command == QLatin1String("add-curator") && args.size() == 2 && parser.isSet(curator)) ||
                       (command == QLatin1String("add-coordinator") && args.size() == 2);
    if (!known)
        return context.usageError(usage());
    if (context.server().isEmpty())
        return context.usageError(tr("Команда server работает с муниципальным сервером: укажите его параметром --pg."));
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    if (command == QLatin1String("schools"))
        return list(context, db, parser.isSet(json));

    ServerAccounts accounts(db->connection());
    const QString password = newPassword();
    if (command == QLatin1String("add-school")) {
        qint64 id = 0;
        const Status s = db->transaction([&] {
            const auto added = accounts.addSchool(args[1], parser.value(curator), password);
            id = added ? added.value() : 0;
            return added ? Status() : Status::failure(added.error());
        });
        if (!s)
            return context.fail(s.error());
        context.out() << tr("Школа «%1» добавлена под номером %2; её куратор входит как %3.")
                             .arg(args[1].simplified()).arg(id).arg(parser.value(curator))
                      << '\n';
        return ExitOk;
    }
    if (command == QLatin1String("add-curator")) {
        bool ok = false;
        const qint64 school = args[1].toLongLong(&ok);
        if (!ok)
            return context.usageError(tr("Номер школы — целое число: %1").arg(args[1]));
        if (const Status s = db->transaction([&] { return accounts.addCurator(school, parser.value(curator), password); }); !s)
            return context.fail(s.error());
        context.out() << tr("Куратор %1 добавлен к школе номер %2.").arg(parser.value(curator)).arg(school) << '\n';
        return ExitOk;
    }
    if (const Status s = db->transaction([&] { return accounts.addCoordinator(args[1], password); }); !s)
        return context.fail(s.error());
    context.out() << tr("Координатор %1 видит показатели всех школ сервера, но не имена и контакты участников.").arg(args[1])
                  << '\n';
    return ExitOk;
}
} // namespace ServerCommand

int runServer(CliContext &context)
{
    return ServerCommand::run(context);
}
