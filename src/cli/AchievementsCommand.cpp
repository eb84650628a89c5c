#include "cli/CliContext.h"

#include "domain/PersonValidator.h"
#include "services/PeopleService.h"

#include <QCoreApplication>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace AchievementsCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("AchievementsCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ achievements list ID_УЧАСТНИКА\n"
              "  kurator-cli --db ФАЙЛ achievements add ID_УЧАСТНИКА --kind ВИД --title НАЗВАНИЕ [--level УРОВЕНЬ] [--date ДАТА]\n"
              "  kurator-cli --db ФАЙЛ achievements remove ID_УЧАСТНИКА ID_ДОСТИЖЕНИЯ\n"
              "ВИД: диплом, грамота, сертификат, участие; УРОВЕНЬ: школьный, муниципальный, региональный,\n"
              "всероссийский, международный.\n");
}
} // namespace

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Вид."), tr("ВИД"));
    const QCommandLineOption title(QStringLiteral("title"), tr("Название."), tr("НАЗВАНИЕ"));
    const QCommandLineOption level(QStringLiteral("level"), tr("Уровень."), tr("УРОВЕНЬ"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Дата."), tr("ДАТА"));
    parser.addOptions({kind, title, level, date});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const int expected = action == QLatin1String("remove") ? 3 : 2;
    if ((action != QLatin1String("list") && action != QLatin1String("add") && action != QLatin1String("remove"))
        || args.size() != expected)
        return context.usageError(usage());
    bool ok = false;
    const qint64 personId = args[1].toLongLong(&ok);
    if (!ok)
        return context.usageError(tr("Номер участника должен быть числом: %1").arg(args[1]));
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    PeopleService people(db);
    if (!people.find(personId))
        return context.fail(tr("Участника %1 нет в базе.").arg(personId));
    const QList<Achievement> list = people.achievementsOf(personId);

    if (action == QLatin1String("list")) {
        for (const Achievement &a : list)
            context.out() << a.id << '\t' << PersonValidator::russianDate(a.achievedOn)
                          << '\t' << Achievements::kindTitle(a.kind) << '\t' << Achievements::levelTitle(a.level) << '\t' << a.title
                          << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        const qint64 id = args[2].toLongLong();
        const auto found = std::find_if(list.begin(), list.end(), [id](const Achievement &a) { return a.id == id; });
        if (found == list.end())
            return context.fail(tr("У участника %1 нет достижения %2.").arg(personId).arg(args[2]));
        const Status removed = people.removeAchievement(*found);
        return removed ? int(ExitOk) : context.fail(removed.error());
    }
    Achievement a;
    a.personId = personId;
    a.kind = Achievements::kindCode(parser.value(kind));
    a.level = parser.isSet(level) ? Achievements::levelCode(parser.value(level)) : QString();
    if (parser.isSet(level) && a.level.isEmpty())
        return context.usageError(tr("Неизвестный уровень «%1».").arg(parser.value(level)));
    a.title = parser.value(title);
    if (!context.dateOption(parser, date, &a.achievedOn))
        return ExitUsage;
    const auto added = people.addAchievement(a);
    if (!added)
        return context.fail(added.error());
    context.out() << tr("Достижение записано: №%1.").arg(added.value()) << '\n';
    return ExitOk;
}
} // namespace AchievementsCommand

int runAchievements(CliContext &context)
{
    return AchievementsCommand::run(context);
}
