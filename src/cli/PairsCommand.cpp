#include "cli/CliContext.h"

#include "domain/AcademicYear.h"
#include "domain/PersonValidator.h"
#include "services/DocumentPdf.h"
#include "services/PairService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace PairsCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("PairsCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ pairs list [--year ГОД] [--status S] [--attention] [--json]   пары и группы года\n"
              "        S: forming, active, completed, ended_early; kurator-cli attention — то же, что list --attention\n"
              "  kurator-cli --db ФАЙЛ pairs show ID                      карточка, план и встречи пары\n"
              "  kurator-cli --db ФАЙЛ pairs plan ID [--template КОД [--replace]] [--out ФАЙЛ.pdf|.html]\n"
              "        индивидуальный план: составить по шаблону, сохранить для печати\n"
              "  kurator-cli --db ФАЙЛ pairs done ID ПУНКТ [--date ДАТА]   отметить пункт плана выполненным\n"
              "  kurator-cli --db ФАЙЛ pairs meetings ID [--plan]         дневник встреч; --plan — запланировать\n"
              "        стандартную последовательность от начала работы\n"
              "  kurator-cli --db ФАЙЛ pairs meet ID --date ДАТА [--kind ВИД] [--minutes N] [--topic ТЕКСТ] [--outcome ТЕКСТ]\n"
              "        записать состоявшуюся встречу (ВИД: intro, trial, planning, regular, final)\n"
              "  kurator-cli --db ФАЙЛ pairs close ID --date ДАТА [--early --reason ТЕКСТ] [--results ТЕКСТ] [--case ССЫЛКА]\n"
              "  kurator-cli --db ФАЙЛ pairs templates [--set ФАЙЛ.json | --reset]   шаблоны планов\n"
              "  kurator-cli --db ФАЙЛ pairs quiet-days [N]               порог «нет встреч N дней»\n");
}

void printList(QTextStream &out, const QList<PairRow> &rows)
{
    for (const PairRow &r : rows) {
        const PairOverview &p = r.pair;
        out << QStringLiteral("%1\t%2\t%3 → %4\t%5\t").arg(p.id).arg(Codes::label(p.status), p.mentors.join(QLatin1String(", ")),
                                                             p.mentees.join(QLatin1String(", ")), p.form)
            << tr("встреч %1, план %2/%3").arg(p.meetingsHeld).arg(p.planDone).arg(p.planItems);
        if (!r.attention.isEmpty())
            out << "\t! " << r.attention.join(QLatin1String("; "));
        out << '\n';
    }
}

QJsonArray toJson(const QList<PairRow> &rows)
{
    QJsonArray list;
    for (const PairRow &r : rows) {
        const PairOverview &p = r.pair;
        list.append(QJsonObject{{QStringLiteral("id"), double(p.id)},
                                {QStringLiteral("kind"), p.isGroup ? QStringLiteral("group") : QStringLiteral("pair")},
                                {QStringLiteral("status"), Codes::code(p.status)},
                                {QStringLiteral("form"), p.form},
                                {QStringLiteral("mentors"), QJsonArray::fromStringList(p.mentors)},
                                {QStringLiteral("mentees"), QJsonArray::fromStringList(p.mentees)},
                                {QStringLiteral("started_on"), CliContext::isoOrEmpty(p.startedOn)},
                                {QStringLiteral("planned_end_on"), CliContext::isoOrEmpty(p.plannedEndOn)},
                                {QStringLiteral("order"), p.orderNumber},
                                {QStringLiteral("meetings_held"), p.meetingsHeld},
                                {QStringLiteral("last_meeting"), CliContext::isoOrEmpty(p.lastHeld)},
                                {QStringLiteral("plan_items"), p.planItems},
                                {QStringLiteral("plan_done"), p.planDone},
                                {QStringLiteral("plan_overdue"), p.planOverdue},
                                {QStringLiteral("attention"), QJsonArray::fromStringList(r.attention)}});
    }
    return list;
}

void printCard(QTextStream &out, const PairCard &c, const IndividualPlan &plan, const QList<Meeting> &meetings)
{
    const Pair &p = c.pair;
    out << (p.isGroup ? tr("Группа") : tr("Пара")) << " №" << p.id << ", " << Codes::label(p.status) << '\n'
        << tr("Наставник: %1").arg(c.mentorNames.join(QLatin1String(", "))) << '\n'
        << tr("Наставляемые: %1").arg(c.menteeNames.join(QLatin1String(", "))) << '\n'
        << tr("Форма: %1").arg(c.form + (c.roleModel.isEmpty() ? QString() : QStringLiteral(" (") + c.roleModel + QLatin1Char(')')))
        << '\n'
        << tr("Срок: %1 – %2").arg(CliContext::dateText(p.startedOn), CliContext::dateText(p.endedOn.isValid() ? p.endedOn : p.plannedEndOn)) << '\n';
    if (!c.orderNumber.isEmpty())
        out << tr("Приказ № %1 от %2").arg(c.orderNumber, CliContext::dateText(c.orderDate)) << '\n';
    if (!p.endReason.isEmpty())
        out << tr("Причина завершения: %1").arg(p.endReason) << '\n';
    if (!c.results.isEmpty())
        out << tr("Результаты: %1").arg(c.results) << '\n';
    const PairWork::PlanProgress progress = PairWork::progress(plan.items, QDate::currentDate());
    out << '\n' << tr("План: выполнено %1 из %2 (%3 %), просрочено %4").arg(progress.done).arg(progress.total)
                       .arg(progress.percent()).arg(progress.overdue) << '\n';
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &item = plan.items.at(i);
        out << QStringLiteral("  %1. [%2] %3 — %4\n").arg(i + 1).arg(item.done ? QStringLiteral("x") : QStringLiteral(" "),
                                                                   item.activity, CliContext::dateText(item.deadline));
    }
    out << '\n' << tr("Встречи:") << '\n';
    for (const Meeting &m : meetings)
        out << QStringLiteral("  %1\t%2\t%3\t%4\n").arg(m.id).arg(PairWork::meetingKindTitle(m.kind),
                                                             m.held() ? tr("состоялась %1").arg(CliContext::dateText(m.heldOn))
                                                                      : tr("план %1").arg(CliContext::dateText(m.plannedOn)),
                                                             m.topic);
}
} // namespace

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption attention(QStringLiteral("attention"), tr("Только требующие внимания."));
    const QCommandLineOption status(QStringLiteral("status"), tr("Статус пар."), QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    const QCommandLineOption templateCode(QStringLiteral("template"), tr("Шаблон плана."), tr("КОД"));
    const QCommandLineOption replace(QStringLiteral("replace"), tr("Заменить пункты плана."));
    const QCommandLineOption out(QStringLiteral("out"), tr("Куда записать план."), tr("ФАЙЛ"));
    const QCommandLineOption date(QStringLiteral("date"), tr("Дата."), tr("ДАТА"));
    const QCommandLineOption plan(QStringLiteral("plan"), tr("Запланировать встречи."));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Вид встречи."), tr("ВИД"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), tr("Продолжительность."), QStringLiteral("N"));
    const QCommandLineOption topic(QStringLiteral("topic"), tr("Тема."), tr("ТЕКСТ"));
    const QCommandLineOption outcome(QStringLiteral("outcome"), tr("Итог."), tr("ТЕКСТ"));
    const QCommandLineOption early(QStringLiteral("early"), tr("Досрочно."));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Причина."), tr("ТЕКСТ"));
    const QCommandLineOption results(QStringLiteral("results"), tr("Результаты."), tr("ТЕКСТ"));
    const QCommandLineOption caseLink(QStringLiteral("case"), tr("Ссылка на кейс."), tr("ССЫЛКА"));
    const QCommandLineOption set(QStringLiteral("set"), tr("Свои шаблоны планов."), tr("ФАЙЛ"));
    const QCommandLineOption reset(QStringLiteral("reset"), tr("Вернуть стандартные шаблоны."));
    parser.addOptions({year, attention, status, json, templateCode, replace, out, date, plan, kind, minutes, topic, outcome, early,
                       reason, results, caseLink, set, reset});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QHash<QString, int> arity{{QStringLiteral("list"), 1}, {QStringLiteral("show"), 2}, {QStringLiteral("plan"), 2},
                                    {QStringLiteral("done"), 3}, {QStringLiteral("meetings"), 2}, {QStringLiteral("meet"), 2},
                                    {QStringLiteral("close"), 2}, {QStringLiteral("templates"), 1}, {QStringLiteral("quiet-days"), 1}};
    if (!arity.contains(action) || args.size() < arity.value(action) || args.size() > arity.value(action) + (action == QLatin1String("quiet-days")))
        return context.usageError(usage());
    bool idOk = arity.value(action) < 2;
    const qint64 id = args.value(1).toLongLong(&idOk) * (arity.value(action) >= 2);
    if (arity.value(action) >= 2 && !idOk)
        return context.usageError(tr("Номер пары должен быть числом: %1").arg(args.value(1)));
    QDate on = QDate::currentDate();
    if (!context.dateOption(parser, date, &on))
        return ExitUsage;
    const std::optional<int> schoolYear = context.schoolYear(parser, year);
    if (!schoolYear)
        return ExitUsage;
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    PairService pairs(*db);
    const auto done = [&](const Status &s, const QString &message) {
        if (!s)
            return context.fail(s.error());
        context.out() << message << '\n';
        return int(ExitOk);
    };

    if (action == QLatin1String("list")) {
        QList<PairRow> rows = pairs.rows(*schoolYear, QDate::currentDate());
        if (parser.isSet(attention))
            rows.removeIf([](const PairRow &r) { return r.attention.isEmpty(); });
        if (parser.isSet(status)) {
            const QString wanted = parser.value(status);
            const QStringList codes{QStringLiteral("forming"), QStringLiteral("active"), QStringLiteral("completed"),
                                    QStringLiteral("ended_early")};
            if (!codes.contains(wanted))
                return context.usageError(tr("Статус — forming, active, completed или ended_early: %1").arg(wanted));
            rows.removeIf([&](const PairRow &r) { return Codes::code(r.pair.status) != wanted; });
        }
        if (parser.isSet(json))
            context.out() << QJsonDocument(toJson(rows)).toJson(QJsonDocument::Indented);
        else
            printList(context.out(), rows);
        return ExitOk;
    }
    if (action == QLatin1String("templates")) {
        if (parser.isSet(reset))
            return done(pairs.savePlanTemplates({}), tr("Стандартные шаблоны планов восстановлены."));
        if (parser.isSet(set)) {
            QFile file(parser.value(set));
            if (!file.open(QIODevice::ReadOnly))
                return context.fail(tr("Не удалось открыть %1: %2").arg(parser.value(set), file.errorString()));
            return done(pairs.savePlanTemplates(file.readAll()), tr("Шаблоны планов сохранены."));
        }
        for (const PlanTemplate &t : pairs.planTemplates())
            context.out() << t.code << '\t' << t.title << '\t' << t.forms.join(QLatin1String(", ")) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("quiet-days")) {
        if (args.size() == 1) {
            context.out() << pairs.quietDays() << '\n';
            return ExitOk;
        }
        return done(pairs.setQuietDays(args[1].toInt()), tr("Порог без встреч: %1 дн.").arg(args[1].toInt()));
    }
    const auto card = pairs.card(id);
    if (!card)
        return context.fail(card.error());

    if (action == QLatin1String("show")) {
        printCard(context.out(), card.value(), pairs.plan(id), pairs.meetings(id));
        return ExitOk;
    }
    if (action == QLatin1String("plan")) {
        if (parser.isSet(templateCode)) {
            if (!pairs.plan(id).items.isEmpty() && !parser.isSet(replace))
                return context.fail(tr("У пары уже есть план; --replace заменит его пункты пунктами шаблона."));
            const auto draft = pairs.draftPlan(id, parser.value(templateCode));
            if (!draft)
                return context.fail(draft.error());
            if (const Status s = pairs.savePlan(draft.value()); !s)
                return context.fail(s.error());
            context.out() << tr("План составлен по шаблону: пунктов %1.").arg(draft->items.size()) << '\n';
        }
        if (parser.isSet(out)) {
            const auto html = pairs.planHtml(id, QDate::currentDate());
            if (!html)
                return context.fail(html.error());
            if (const Status s = DocumentPdf::writeBySuffix(html.value(), tr("Индивидуальный план"), parser.value(out)); !s)
                return context.fail(s.error());
        }
        if (!parser.isSet(templateCode) && !parser.isSet(out))
            printCard(context.out(), card.value(), pairs.plan(id), {});
        return ExitOk;
    }
    if (action == QLatin1String("done")) {
        IndividualPlan p = pairs.plan(id);
        bool numberOk = false;
        const int item = args[2].toInt(&numberOk);
        if (!numberOk || item < 1 || item > p.items.size())
            return context.usageError(tr("В плане пары нет пункта %1 (пунктов: %2).").arg(args[2]).arg(p.items.size()));
        p.items[item - 1].done = true;
        p.items[item - 1].doneOn = on;
        return done(pairs.savePlan(p), tr("Пункт %1 выполнен %2.").arg(item).arg(CliContext::dateText(on)));
    }
    if (action == QLatin1String("meetings")) {
        if (parser.isSet(plan)) {
            const auto added = pairs.planMeetings(id);
            if (!added)
                return context.fail(added.error());
            context.out() << tr("Запланировано встреч: %1.").arg(added.value()) << '\n';
        }
        printCard(context.out(), card.value(), pairs.plan(id), pairs.meetings(id));
        return ExitOk;
    }
    if (action == QLatin1String("meet")) {
        if (!parser.isSet(date))
            return context.usageError(tr("Укажите --date: когда встреча состоялась."));
        const QString meetingKind = parser.isSet(kind) ? parser.value(kind) : QStringLiteral("regular");
        // The planned meeting of that kind nearest to the date is the one that took place.
        Meeting meeting;
        meeting.pairId = id;
        meeting.kind = meetingKind;
        meeting.plannedOn = on;
        qint64 bestGap = 15;
        for (const Meeting &m : pairs.meetings(id))
            if (!m.held() && m.kind == meetingKind && std::abs(m.plannedOn.daysTo(on)) < bestGap) {
                bestGap = std::abs(m.plannedOn.daysTo(on));
                meeting = m;
            }
        meeting.heldOn = on;
        if (parser.isSet(minutes))
            meeting.durationMinutes = parser.value(minutes).toInt();
        if (parser.isSet(topic))
            meeting.topic = parser.value(topic);
        if (meeting.topic.isEmpty())
            meeting.topic = PairWork::meetingKindTitle(meetingKind);
        if (parser.isSet(outcome))
            meeting.outcome = parser.value(outcome);
        const auto saved = pairs.saveMeeting(meeting);
        if (!saved)
            return context.fail(saved.error());
        context.out() << tr("Встреча записана: %1, %2.").arg(PairWork::meetingKindTitle(meetingKind), CliContext::dateText(on)) << '\n';
        return ExitOk;
    }
    // close
    if (!parser.isSet(date))
        return context.usageError(tr("Укажите --date: день завершения."));
    PairClosure closure;
    closure.status = parser.isSet(early) ? PairStatus::EndedEarly : PairStatus::Completed;
    closure.endedOn = on;
    closure.reason = parser.value(reason);
    closure.results = parser.isSet(results) ? parser.value(results) : card->results;
    closure.caseLink = parser.isSet(caseLink) ? parser.value(caseLink) : card->caseLink;
    return done(pairs.close(id, closure), tr("Пара №%1: %2 %3.").arg(id).arg(Codes::label(closure.status), CliContext::dateText(on)));
}
} // namespace PairsCommand

int runPairs(CliContext &context)
{
    return PairsCommand::run(context);
}
