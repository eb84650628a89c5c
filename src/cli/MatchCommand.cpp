#include "cli/CliContext.h"

#include "domain/AcademicYear.h"
#include "services/MatchingService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace MatchCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("MatchCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ match [--year ГОД] [--start ДАТА] [--json]   новый протокол подбора\n"
              "  kurator-cli --db ФАЙЛ match show [--year ГОД] [--json]             последний протокол\n"
              "  kurator-cli --db ФАЙЛ match approve [--year ГОД] [--start ДАТА]    утвердить его: сформировать пары\n"
              "ГОД — первый год учебного года (2024 для 2024–2025); ДАТА — начало работы пар, ДД.ММ.ГГГГ\n"
              "(по умолчанию сегодня, если сегодня в этом учебном году, иначе 1 октября).\n"
              "Критерии, их веса и правила берутся из настроек подбора в приложении.\n");
}

QJsonObject toJson(const MatchResult &r)
{
    QJsonArray pairs, unmatched, changes;
    for (const ProposedPair &p : r.pairs)
        pairs.append(QJsonObject{{QStringLiteral("mentee_id"), double(p.menteeId)},
                                 {QStringLiteral("mentee"), r.names.value(p.menteeId)},
                                 {QStringLiteral("mentor_id"), double(p.mentorId)},
                                 {QStringLiteral("mentor"), r.names.value(p.mentorId)},
                                 {QStringLiteral("score"), p.score},
                                 {QStringLiteral("origin"), p.origin}});
    for (const UnmatchedMentee &u : r.unmatched)
        unmatched.append(QJsonObject{{QStringLiteral("mentee_id"), double(u.menteeId)},
                                     {QStringLiteral("mentee"), r.names.value(u.menteeId)},
                                     {QStringLiteral("reason"), u.reason}});
    for (const MatchChange &c : r.changes)
        changes.append(QJsonObject{{QStringLiteral("mentee_id"), double(c.menteeId)},
                                   {QStringLiteral("mentor_before"), double(c.mentorBefore)},
                                   {QStringLiteral("mentor_after"), double(c.mentorAfter)}});
    const auto lowest = r.lowestScore();
    return {{QStringLiteral("run_id"), double(r.runId)},
            {QStringLiteral("year"), r.yearStart},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("matched"), int(r.pairs.size())},
            {QStringLiteral("unmatched_count"), int(r.unmatched.size())},
            {QStringLiteral("lowest_score"), lowest ? QJsonValue(*lowest) : QJsonValue()},
            {QStringLiteral("total"), r.total()},
            {QStringLiteral("pairs"), pairs},
            {QStringLiteral("unmatched"), unmatched},
            {QStringLiteral("changes"), changes}};
}

void print(QTextStream &out, const MatchResult &r)
{
    out << tr("Протокол подбора №%1, %2 учебный год").arg(r.runId).arg(AcademicYear(r.yearStart).title()) << '\n';
    const auto lowest = r.lowestScore();
    out << tr("Пар: %1, без пары: %2, наименьший балл: %3, сумма баллов: %4")
               .arg(r.pairs.size())
               .arg(r.unmatched.size())
               .arg(lowest ? QString::number(*lowest, 'f', 1) : QStringLiteral("—"))
               .arg(QString::number(r.total(), 'f', 1))
        << "\n\n";
    for (const ProposedPair &p : r.pairs)
        out << QStringLiteral("%1\t%2\t%3%4\n")
                   .arg(r.names.value(p.menteeId), r.names.value(p.mentorId), QString::number(p.score, 'f', 1),
                        p.origin == QLatin1String("auto") ? QString() : tr("\t(закреплена куратором)"));
    if (!r.unmatched.isEmpty()) {
        out << '\n' << tr("Без пары:") << '\n';
        for (const UnmatchedMentee &u : r.unmatched)
            out << QStringLiteral("%1\t%2\n").arg(r.names.value(u.menteeId), u.reason);
    }
    if (!r.changes.isEmpty())
        out << '\n' << tr("Изменилось против предыдущего протокола: %1 наставляемых.").arg(r.changes.size()) << '\n';
}
}

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption start(QStringLiteral("start"), tr("Начало работы пар."), tr("ДАТА"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    parser.addOptions({year, start, json});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const std::optional<int> schoolYear = context.schoolYear(parser, year);
    if (!schoolYear)
        return ExitUsage;
    const AcademicYear academicYear(*schoolYear);
    QDate startOn = academicYear.contains(QDate::currentDate()) ? QDate::currentDate() : QDate(*schoolYear, 10, 1);
    if (parser.isSet(start)) {
        startOn = CliContext::parseDate(parser.value(start));
        if (!academicYear.contains(startOn))
            return context.usageError(tr("Дата начала «%1» не в %2 учебном году.").arg(parser.value(start), academicYear.title()));
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1 || (args.size() == 1 && args[0] != QLatin1String("show") && args[0] != QLatin1String("approve")))
        return context.usageError(usage());
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    MatchingService service(db);

    if (args.value(0) == QLatin1String("approve")) {
        const std::optional<MatchResult> last = service.lastRun(*schoolYear);
        if (!last)
            return context.fail(tr("В %1 учебном году подбора ещё не было: сначала kurator-cli match.").arg(academicYear.title()));
        const Result<QList<qint64>> pairs = service.approve(last->runId, startOn);
        if (!pairs)
            return context.fail(pairs.error());
        context.out() << tr("Протокол №%1 утверждён: сформировано пар и групп — %2, начало работы %3.")
                             .arg(last->runId).arg(pairs->size()).arg(startOn.toString(QStringLiteral("dd.MM.yyyy")))
                      << '\n';
        return ExitOk;
    }
    std::optional<MatchResult> result;
    if (args.value(0) == QLatin1String("show")) {
        result = service.lastRun(*schoolYear);
        if (!result)
            return context.fail(tr("В %1 учебном году подбора ещё не было.").arg(academicYear.title()));
    } else {
        const Result<MatchResult> run = service.run(*schoolYear, startOn);
        if (!run)
            return context.fail(run.error());
        result = run.value();
    }
    if (parser.isSet(json))
        context.out() << QJsonDocument(toJson(*result)).toJson(QJsonDocument::Indented);
    else
        print(context.out(), *result);
    return ExitOk;
}
} // namespace MatchCommand

int runMatch(CliContext &context)
{
    return MatchCommand::run(context);
}
