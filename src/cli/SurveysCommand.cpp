#include "cli/CliContext.h"

#include "domain/AcademicYear.h"
#include "domain/Person.h"
#include "domain/PersonValidator.h"
#include "services/PeopleService.h"
#include "storage/SurveyRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace SurveysCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("SurveysCommand", text); }
QString number(double v) { return QString::number(v, 'f', 1); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ surveys results [--year ГОД] [--kind ВИД] [--json]\n"
              "        анкеты года: средний балл и удовлетворён ли участник (по порогу анкеты)\n"
              "  kurator-cli --db ФАЙЛ surveys compare [--year ГОД] [--json]\n"
              "        диагностика до и после: изменение по участникам и по парам\n"
              "ВИД: satisfaction_mentee, satisfaction_mentor, diagnostic_before, diagnostic_after, curator.\n");
}
} // namespace

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Вид анкеты."), tr("ВИД"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    parser.addOptions({year, kind, json});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || (args[0] != QLatin1String("results") && args[0] != QLatin1String("compare")))
        return context.usageError(usage());
    const std::optional<int> schoolYear = context.schoolYear(parser, year);
    if (!schoolYear)
        return ExitUsage;
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    const QList<SurveyScore> scores = SurveyRepository(db->connection()).scores(*schoolYear);
    PeopleService people(db);
    QHash<qint64, QString> names;
    const auto nameOf = [&](qint64 id) {
        if (!names.contains(id))
            names.insert(id, people.find(id) ? people.find(id)->shortName() : QString::number(id));
        return names.value(id);
    };

    if (args[0] == QLatin1String("results")) {
        QJsonArray list;
        int satisfied = 0, judged = 0;
        for (const SurveyScore &s : scores) {
            if (parser.isSet(kind) && s.kind != parser.value(kind))
                continue;
            if (s.scaleAnswers > 0) {
                ++judged;
                satisfied += s.satisfied() ? 1 : 0;
            }
            list.append(QJsonObject{{QStringLiteral("person_id"), double(s.personId)}, {QStringLiteral("kind"), s.kind},
                                    {QStringLiteral("answered_on"), s.answeredOn.toString(Qt::ISODate)},
                                    {QStringLiteral("mean"), s.scaleAnswers ? QJsonValue(s.mean) : QJsonValue()},
                                    {QStringLiteral("threshold"), s.threshold}, {QStringLiteral("satisfied"), s.satisfied()}});
            if (!parser.isSet(json))
                context.out() << nameOf(s.personId) << '\t' << s.kind << '\t' << PersonValidator::russianDate(s.answeredOn) << '\t'
                              << (s.scaleAnswers ? number(s.mean) : QStringLiteral("—")) << '\t'
                              << (s.satisfied() ? tr("удовлетворён") : tr("не удовлетворён")) << '\n';
        }
        if (parser.isSet(json))
            context.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        else
            context.out() << tr("Удовлетворены: %1 из %2 (%3 учебный год).").arg(satisfied).arg(judged).arg(AcademicYear(*schoolYear).title())
                          << '\n';
        return ExitOk;
    }
    const QList<BeforeAfter> participants = SurveyScores::beforeAfter(scores);
    const QList<PairChange> pairs = SurveyScores::byPair(participants);
    if (parser.isSet(json)) {
        QJsonArray people, pairList;
        for (const BeforeAfter &p : participants)
            people.append(QJsonObject{{QStringLiteral("person_id"), double(p.personId)}, {QStringLiteral("pair_id"), double(p.pairId)},
                                      {QStringLiteral("before"), p.before ? QJsonValue(*p.before) : QJsonValue()},
                                      {QStringLiteral("after"), p.after ? QJsonValue(*p.after) : QJsonValue()},
                                      {QStringLiteral("change"), p.change() ? QJsonValue(*p.change()) : QJsonValue()}});
        for (const PairChange &c : pairs)
            pairList.append(QJsonObject{{QStringLiteral("pair_id"), double(c.pairId)}, {QStringLiteral("members"), c.members},
                                        {QStringLiteral("change"), c.change}});
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("participants"), people}, {QStringLiteral("pairs"), pairList}})
                             .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (participants.isEmpty())
        context.out() << tr("Диагностик до и после в %1 учебном году нет.").arg(AcademicYear(*schoolYear).title()) << '\n';
    for (const BeforeAfter &p : participants)
        context.out() << nameOf(p.personId) << '\t' << (p.before ? number(*p.before) : QStringLiteral("—")) << " → "
                      << (p.after ? number(*p.after) : QStringLiteral("—")) << '\t'
                      << (p.change() ? QStringLiteral("%1%2").arg(*p.change() >= 0 ? QStringLiteral("+") : QString(), number(*p.change()))
                                     : QString())
                      << '\n';
    for (const PairChange &c : pairs)
        context.out() << tr("Пара №%1: изменение %2 (участников с обеими диагностиками: %3)").arg(c.pairId).arg(number(c.change)).arg(c.members)
                      << '\n';
    return ExitOk;
}
} // namespace SurveysCommand

int runSurveys(CliContext &context)
{
    return SurveysCommand::run(context);
}
