#include "cli/CliContext.h"

#include "domain/AcademicYear.h"
#include "domain/Person.h"
#include "domain/PersonValidator.h"
#include "domain/SurveyRules.h"
#include "services/PeopleService.h"
#include "services/SurveyService.h"
#include "storage/SurveyRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
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
              "  kurator-cli --db ФАЙЛ surveys templates\n"
              "        шаблоны анкет с вопросами (q и номер — поле вопроса в соответствии столбцов импорта)\n"
              "  kurator-cli --db ФАЙЛ surveys template ВИД|НОМЕР [--out ФАЙЛ.json]\n"
              "        шаблон в JSON — правьте и загружайте как новый\n"
              "  kurator-cli --db ФАЙЛ surveys template --load ФАЙЛ.json\n"
              "        добавить анкеты из файла {\"surveys\": [...]} (формат resources/survey_templates/surveys.json)\n"
              "ВИД: satisfaction_mentee, satisfaction_mentor, diagnostic_before, diagnostic_after, curator.\n"
              "Ответы на анкету: kurator-cli import survey.\n");
}
int listTemplates(CliContext &context)
{
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    SurveyService surveys(*db);
    for (const SurveyTemplate &t : surveys.templates()) {
        context.out() << t.id << '\t' << t.kind << '\t' << t.title << '\t' << tr("порог %1").arg(number(t.satisfiedThreshold)) << '\n';
        for (const SurveyQuestion &q : t.questions)
            context.out() << "  q" << q.id << '\t' << SurveyRules::answerTypeTitle(q.answerType) << '\t' << q.text << '\n';
    }
    return ExitOk;
}

int showTemplate(CliContext &context, const QString &name, const QString &outPath)
{
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    SurveyService surveys(*db);
    const auto found = surveys.find(name);
    if (!found)
        return context.fail(tr("Анкеты «%1» нет; список: kurator-cli surveys templates.").arg(name));
    const QByteArray json = SurveyService::templateJson(*found);
    if (outPath.isEmpty()) {
        context.out() << QString::fromUtf8(json);
        return ExitOk;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return context.fail(tr("Не удалось записать %1: %2").arg(outPath, file.errorString()));
    context.out() << tr("Анкета «%1» записана в %2.").arg(found->title, outPath) << '\n';
    return ExitOk;
}

int loadTemplates(CliContext &context, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(tr("Не удалось открыть %1: %2").arg(path, file.errorString()));
    const auto parsed = SurveyService::parseTemplates(file.readAll());
    if (!parsed)
        return context.fail(tr("%1: %2").arg(path, parsed.error()));
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    SurveyService surveys(*db);
    const Status written = db->transaction([&]() -> Status {
        for (const SurveyTemplate &t : parsed.value())
            if (const auto saved = surveys.saveTemplate(t); !saved)
                return Status::failure(saved.error());
        return {};
    });
    if (!written)
        return context.fail(written.error());
    for (const SurveyTemplate &t : parsed.value())
        context.out() << tr("Добавлена анкета «%1» (вопросов: %2).").arg(t.title).arg(t.questions.size()) << '\n';
    return ExitOk;
}
} // namespace

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Вид анкеты."), tr("ВИД"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    const QCommandLineOption out(QStringLiteral("out"), tr("Файл для записи."), tr("ФАЙЛ"));
    const QCommandLineOption load(QStringLiteral("load"), tr("Файл анкет для загрузки."), tr("ФАЙЛ"));
    parser.addOptions({year, kind, json, out, load});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    if (args.value(0) == QLatin1String("templates") && args.size() == 1)
        return listTemplates(context);
    if (args.value(0) == QLatin1String("template") && (args.size() == 2 || (args.size() == 1 && parser.isSet(load))))
        return parser.isSet(load) ? loadTemplates(context, parser.value(load)) : showTemplate(context, args[1], parser.value(out));
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
