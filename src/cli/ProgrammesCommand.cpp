#include "cli/CliContext.h"

#include "domain/PersonValidator.h"
#include "services/ProgrammeService.h"

#include <QCoreApplication>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace ProgrammesCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("ProgrammesCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ programmes list                       программы наставничества\n"
              "  kurator-cli --db ФАЙЛ programmes show ID                    карточка программы\n"
              "  kurator-cli --db ФАЙЛ programmes add --title НАЗВАНИЕ [ПОЛЯ]   новая программа\n"
              "  kurator-cli --db ФАЙЛ programmes edit ID [ПОЛЯ]             изменить карточку\n"
              "  kurator-cli --db ФАЙЛ programmes remove ID\n"
              "  kurator-cli --db ФАЙЛ programmes attach ID_ПАРЫ ID | detach ID_ПАРЫ\n"
              "ПОЛЯ: --title, --audience, --from ДАТА, --to ДАТА, --goals, --tasks, --selection, --training,\n"
              "--monitoring, --motivation, --expected, --partners, --results, --link.\n");
}

struct Field
{
    const char *option;
    QString Programme::*member;
    const char *title;
};

const Field kFields[] = {
    {"title", &Programme::title, QT_TRANSLATE_NOOP("ProgrammesCommand", "Наименование")},
    {"audience", &Programme::targetAudience, QT_TRANSLATE_NOOP("ProgrammesCommand", "Целевая аудитория")},
    {"goals", &Programme::goals, QT_TRANSLATE_NOOP("ProgrammesCommand", "Цель")},
    {"tasks", &Programme::tasks, QT_TRANSLATE_NOOP("ProgrammesCommand", "Задачи")},
    {"selection", &Programme::mentorSelection, QT_TRANSLATE_NOOP("ProgrammesCommand", "Отбор наставников")},
    {"training", &Programme::mentorTraining, QT_TRANSLATE_NOOP("ProgrammesCommand", "Обучение наставников")},
    {"monitoring", &Programme::monitoring, QT_TRANSLATE_NOOP("ProgrammesCommand", "Мониторинг и оценка")},
    {"motivation", &Programme::motivation, QT_TRANSLATE_NOOP("ProgrammesCommand", "Мотивация наставников")},
    {"expected", &Programme::expectedResults, QT_TRANSLATE_NOOP("ProgrammesCommand", "Ожидаемые результаты")},
    {"partners", &Programme::partners, QT_TRANSLATE_NOOP("ProgrammesCommand", "Партнёры")},
    {"results", &Programme::actualResults, QT_TRANSLATE_NOOP("ProgrammesCommand", "Фактические результаты")},
    {"link", &Programme::publicationLink, QT_TRANSLATE_NOOP("ProgrammesCommand", "Публикация")},
};
} // namespace

int run(CliContext &context)
{
    QCommandLineParser parser;
    QList<QCommandLineOption> textOptions;
    for (const Field &f : kFields)
        textOptions << QCommandLineOption(QLatin1String(f.option), tr(f.title), tr("ТЕКСТ"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Начало периода."), tr("ДАТА"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Окончание периода."), tr("ДАТА"));
    parser.addOptions(textOptions);
    parser.addOptions({from, to});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QHash<QString, int> arity{{QStringLiteral("list"), 1}, {QStringLiteral("show"), 2}, {QStringLiteral("add"), 1},
                                    {QStringLiteral("edit"), 2}, {QStringLiteral("remove"), 2}, {QStringLiteral("attach"), 3},
                                    {QStringLiteral("detach"), 2}};
    if (!arity.contains(action) || args.size() != arity.value(action))
        return context.usageError(usage());
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    ProgrammeService programmes(*db);

    if (action == QLatin1String("list")) {
        for (const Programme &g : programmes.list())
            context.out() << g.id << '\t' << g.title << '\t' << CliContext::dateText(g.periodFrom) << " – " << CliContext::dateText(g.periodTo) << '\t'
                          << tr("пар и групп: %1").arg(g.pairCount) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("attach") || action == QLatin1String("detach")) {
        const qint64 programmeId = action == QLatin1String("attach") ? args[2].toLongLong() : 0;
        if (programmeId && !programmes.find(programmeId))
            return context.fail(tr("Программы %1 нет.").arg(args[2]));
        const Status s = programmes.attach(args[1].toLongLong(), programmeId);
        return s ? int(ExitOk) : context.fail(s.error());
    }
    Programme g;
    if (action != QLatin1String("add")) {
        const auto found = programmes.find(args[1].toLongLong());
        if (!found)
            return context.fail(found.error());
        g = found.value();
    }
    if (action == QLatin1String("show")) {
        context.out() << tr("Период: %1 – %2").arg(CliContext::dateText(g.periodFrom), CliContext::dateText(g.periodTo)) << '\n';
        for (const Field &f : kFields)
            if (!(g.*f.member).isEmpty())
                context.out() << tr(f.title) << ": " << g.*f.member << '\n';
        context.out() << tr("Пар и групп: %1").arg(g.pairCount) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("remove")) {
        const Status s = programmes.remove(g.id);
        return s ? int(ExitOk) : context.fail(s.error());
    }
    for (int i = 0; i < int(std::size(kFields)); ++i)
        if (parser.isSet(textOptions.at(i)))
            g.*kFields[i].member = parser.value(textOptions.at(i));
    if (!context.dateOption(parser, from, &g.periodFrom) || !context.dateOption(parser, to, &g.periodTo))
        return ExitUsage;
    const auto saved = programmes.save(g);
    if (!saved)
        return context.fail(saved.error());
    context.out() << tr("Программа сохранена: №%1.").arg(saved.value()) << '\n';
    return ExitOk;
}
} // namespace ProgrammesCommand

int runProgrammes(CliContext &context)
{
    return ProgrammesCommand::run(context);
}
