#include "cli/CliContext.h"

#include "domain/AcademicYear.h"
#include "domain/PersonValidator.h"
#include "services/EventService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Inside a namespace of the command's name, so that lupdate files the messages under it.
namespace EventsCommand {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("EventsCommand", text); }

QString usage()
{
    return tr("Использование:\n"
              "  kurator-cli --db ФАЙЛ events list [--year ГОД] [--json]      общие мероприятия учебного года\n"
              "  kurator-cli --db ФАЙЛ events show ID                        мероприятие и присутствие\n"
              "  kurator-cli --db ФАЙЛ events add --topic ТЕМА (--planned ДАТА | --held ДАТА) [--minutes N]\n"
              "              [--outcome ТЕКСТ] [--present all|ID,ID…]         новое мероприятие\n"
              "  kurator-cli --db ФАЙЛ events held ID --held ДАТА [--present all|ID,ID…] [--outcome ТЕКСТ]\n"
              "        отметить проведённым и кто пришёл (all — все участники пар и групп года)\n"
              "  kurator-cli --db ФАЙЛ events remove ID\n");
}

// --present: everyone of the year's pairs, or the listed ids; the rest of the year's participants are absent.
std::optional<QList<Attendance>> attendanceOption(const QString &value, const QList<EventInvitee> &invitees, QString *error)
{
    QList<qint64> present;
    const bool all = value == QLatin1String("all");
    if (!all)
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || std::none_of(invitees.begin(), invitees.end(), [id](const EventInvitee &i) { return i.personId == id; })) {
                *error = tr("«%1» — не участник пар и групп этого учебного года.").arg(part.trimmed());
                return std::nullopt;
            }
            present << id;
        }
    QList<Attendance> list;
    for (const EventInvitee &i : invitees)
        list.append({i.personId, all || present.contains(i.personId)});
    return list;
}
} // namespace

int run(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), tr("Учебный год."), tr("ГОД"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Вывод в JSON."));
    const QCommandLineOption topic(QStringLiteral("topic"), tr("Тема."), tr("ТЕМА"));
    const QCommandLineOption planned(QStringLiteral("planned"), tr("Дата по плану."), tr("ДАТА"));
    const QCommandLineOption held(QStringLiteral("held"), tr("Дата проведения."), tr("ДАТА"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), tr("Продолжительность, минут."), tr("N"));
    const QCommandLineOption outcome(QStringLiteral("outcome"), tr("Итог."), tr("ТЕКСТ"));
    const QCommandLineOption present(QStringLiteral("present"), tr("Присутствовали."), tr("all|ID,ID…"));
    parser.addOptions({year, json, topic, planned, held, minutes, outcome, present});
    int exit = ExitOk;
    if (!context.parse(parser, usage(), &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QHash<QString, int> arity{{QStringLiteral("list"), 1}, {QStringLiteral("show"), 2}, {QStringLiteral("add"), 1},
                                    {QStringLiteral("held"), 2}, {QStringLiteral("remove"), 2}};
    if (!arity.contains(action) || args.size() != arity.value(action))
        return context.usageError(usage());
    const std::optional<int> schoolYear = context.schoolYear(parser, year);
    if (!schoolYear)
        return ExitUsage;
    DatabasePtr db = context.openDatabase(false);
    if (!db)
        return ExitUserError;
    EventService events(*db);

    if (action == QLatin1String("list")) {
        QJsonArray list;
        for (const Meeting &e : events.events(*schoolYear)) {
            list.append(QJsonObject{{QStringLiteral("id"), double(e.id)}, {QStringLiteral("topic"), e.topic},
                                    {QStringLiteral("planned_on"), CliContext::isoOrEmpty(e.plannedOn)}, {QStringLiteral("held_on"), CliContext::isoOrEmpty(e.heldOn)},
                                    {QStringLiteral("present"), e.presentCount()}, {QStringLiteral("expected"), int(e.attendance.size())}});
            if (!parser.isSet(json))
                context.out() << e.id << '\t' << CliContext::dateText(e.plannedOn) << '\t' << CliContext::dateText(e.heldOn) << '\t'
                              << (e.attendance.isEmpty() ? QStringLiteral("—") : tr("%1 из %2").arg(e.presentCount()).arg(e.attendance.size()))
                              << '\t' << e.topic << '\n';
        }
        if (parser.isSet(json))
            context.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    Meeting e;
    e.kind = QStringLiteral("common");
    if (action != QLatin1String("add")) {
        const auto found = events.find(args[1].toLongLong());
        if (!found)
            return context.fail(tr("Общего мероприятия %1 нет.").arg(args[1]));
        e = *found;
    }
    if (action == QLatin1String("remove")) {
        const Status s = events.remove(e.id);
        return s ? int(ExitOk) : context.fail(s.error());
    }
    if (action == QLatin1String("show")) {
        context.out() << e.topic << '\n' << tr("По плану: %1; проведено: %2").arg(CliContext::dateText(e.plannedOn), CliContext::dateText(e.heldOn)) << '\n';
        if (!e.outcome.isEmpty())
            context.out() << tr("Итог: %1").arg(e.outcome) << '\n';
        context.out() << tr("Присутствовали: %1 из %2").arg(e.presentCount()).arg(e.attendance.size()) << '\n';
        for (const EventInvitee &i : events.invitees(*schoolYear))
            for (const Attendance &a : std::as_const(e.attendance))
                if (a.personId == i.personId && a.present)
                    context.out() << "  " << i.personId << '\t' << i.name << '\n';
        return ExitOk;
    }
    if (parser.isSet(topic))
        e.topic = parser.value(topic);
    if (parser.isSet(outcome))
        e.outcome = parser.value(outcome);
    if (parser.isSet(minutes))
        e.durationMinutes = parser.value(minutes).toInt();
    if (!context.dateOption(parser, planned, &e.plannedOn) || !context.dateOption(parser, held, &e.heldOn))
        return ExitUsage;
    if (parser.isSet(present)) {
        QString error;
        const auto attendance = attendanceOption(parser.value(present), events.invitees(*schoolYear), &error);
        if (!attendance)
            return context.fail(error);
        e.attendance = *attendance;
    }
    const auto saved = events.save(e, QDate::currentDate());
    if (!saved)
        return context.fail(saved.error());
    context.out() << tr("Мероприятие сохранено: №%1.").arg(saved.value()) << '\n';
    return ExitOk;
}
} // namespace EventsCommand

int runEvents(CliContext &context)
{
    return EventsCommand::run(context);
}
