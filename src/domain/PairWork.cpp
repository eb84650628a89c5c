#include "domain/PairWork.h"

#include "domain/PersonValidator.h"

#include <QCoreApplication>
#include <QSet>

namespace PairWork {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("PairWork", text); }

QDate weekday(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

Meeting planned(const QString &kind, const QDate &on)
{
    Meeting m;
    m.kind = kind;
    m.plannedOn = on;
    m.topic = meetingKindTitle(kind);
    return m;
}
} // namespace

QStringList meetingKinds()
{
    return {QStringLiteral("intro"), QStringLiteral("trial"), QStringLiteral("planning"), QStringLiteral("regular"),
            QStringLiteral("final"), QStringLiteral("common")};
}

QString attendanceText(const Meeting &m)
{
    if (!m.attendance.isEmpty())
        return tr("%1 из %2").arg(m.presentCount()).arg(m.attendance.size());
    return m.held() ? tr("не отмечено") : QString();
}

QString meetingKindTitle(const QString &kind)
{
    if (kind == QLatin1String("intro"))
        return tr("встреча-знакомство");
    if (kind == QLatin1String("trial"))
        return tr("пробная рабочая встреча");
    if (kind == QLatin1String("planning"))
        return tr("встреча-планирование");
    if (kind == QLatin1String("regular"))
        return tr("регулярная встреча");
    if (kind == QLatin1String("final"))
        return tr("итоговая встреча");
    if (kind == QLatin1String("common"))
        return tr("общее мероприятие");
    return kind;
}

Status checkMeeting(const Meeting &m, const QDate &today)
{
    if (!m.plannedOn.isValid() && !m.heldOn.isValid())
        return Status::failure(tr("Укажите дату встречи."));
    if (m.heldOn.isValid() && m.heldOn > today)
        return Status::failure(tr("Встреча %1 ещё не могла состояться: дата в будущем.").arg(PersonValidator::russianDate(m.heldOn)));
    if (m.durationMinutes < 0 || m.durationMinutes > 600)
        return Status::failure(tr("Продолжительность встречи — от 0 до 600 минут."));
    if (!meetingKinds().contains(m.kind))
        return Status::failure(tr("Неизвестный вид встречи «%1».").arg(m.kind));
    if (m.kind == QLatin1String("common") && m.topic.trimmed().isEmpty())
        return Status::failure(tr("Укажите тему общего мероприятия."));
    if (!m.held() && !m.attendance.isEmpty())
        return Status::failure(tr("Присутствие отмечается на проведённой встрече: укажите дату проведения."));
    QList<qint64> seen;
    for (const Attendance &a : m.attendance) {
        if (seen.contains(a.personId))
            return Status::failure(tr("Участник № %1 отмечен на встрече дважды.").arg(a.personId));
        seen << a.personId;
    }
    return {};
}

QList<Meeting> standardSequence(const QDate &start, const QDate &plannedEnd, int regularEveryDays)
{
    QList<Meeting> list;
    if (!start.isValid() || !plannedEnd.isValid() || plannedEnd < start)
        return list;
    const QDate intro = weekday(start.addDays(7));
    const QDate trial = weekday(intro.addDays(7));
    const QDate planning = weekday(trial.addDays(7));
    const QDate final = weekday(plannedEnd.addDays(-7)) > planning ? weekday(plannedEnd.addDays(-7)) : QDate();
    list << planned(QStringLiteral("intro"), intro) << planned(QStringLiteral("trial"), trial)
         << planned(QStringLiteral("planning"), planning);
    const int every = std::max(7, regularEveryDays);
    for (QDate on = weekday(planning.addDays(every)); final.isValid() && on.daysTo(final) >= 14; on = weekday(on.addDays(every)))
        list << planned(QStringLiteral("regular"), on);
    if (final.isValid())
        list << planned(QStringLiteral("final"), final);
    return list;
}

bool isOverdue(const PlanItem &item, const QDate &today)
{
    return !item.done && item.deadline.isValid() && item.deadline < today;
}

PlanProgress progress(const QList<PlanItem> &items, const QDate &today)
{
    PlanProgress p;
    for (const PlanItem &item : items) {
        ++p.total;
        p.done += item.done ? 1 : 0;
        p.overdue += isOverdue(item, today) ? 1 : 0;
    }
    return p;
}

Status checkMembers(const QList<PairMember> &members)
{
    QSet<qint64> seen;
    int mentors = 0, mentees = 0;
    for (const PairMember &m : members) {
        if (seen.contains(m.personId))
            return Status::failure(tr("Участник № %1 указан в паре дважды: наставник не может быть своим наставляемым.")
                                       .arg(m.personId));
        seen.insert(m.personId);
        mentors += m.role == MemberRole::Mentor ? 1 : 0;
        mentees += m.role == MemberRole::Mentee ? 1 : 0;
    }
    if (mentors == 0)
        return Status::failure(tr("В паре или группе нет наставника."));
    if (mentees == 0)
        return Status::failure(tr("В паре или группе нет ни одного наставляемого."));
    return {};
}

QStringList attention(const PairState &s, const QDate &today, int quietDays)
{
    QStringList reasons;
    if (s.status != PairStatus::Active && s.status != PairStatus::Forming)
        return reasons;
    if (s.consentsWithdrawn > 0)
        reasons << QCoreApplication::translate("PairWork", "согласие на обработку ПДн отозвано: %n уч.", nullptr, s.consentsWithdrawn);
    if (s.consentsLapsed > 0)
        reasons << QCoreApplication::translate("PairWork", "нет действующего согласия на обработку ПДн: %n уч.", nullptr, s.consentsLapsed);
    if (s.consentsLapsing > 0)
        reasons << QCoreApplication::translate("PairWork", "согласие истекает в ближайшие %1 дн.: %n уч.", nullptr, s.consentsLapsing)
                       .arg(kConsentNoticeDays);
    if (s.status != PairStatus::Active || !s.startedOn.isValid() || s.startedOn > today)
        return reasons;
    const QDate since = s.lastHeld.isValid() ? s.lastHeld : s.startedOn;
    const qint64 quiet = since.daysTo(today);
    if (quiet >= quietDays)
        reasons << (s.lastHeld.isValid()
                        ? QCoreApplication::translate("PairWork", "нет встреч %n дн.", nullptr, int(quiet))
                        : QCoreApplication::translate("PairWork", "ни одной встречи за %n дн. с начала работы", nullptr, int(quiet)));
    if (s.overdueItems > 0)
        reasons << QCoreApplication::translate("PairWork", "просрочено пунктов плана: %n", nullptr, s.overdueItems);
    if (!s.introHeld && s.introPlannedOn.isValid() && s.introPlannedOn < today && s.meetingsHeld == 0)
        reasons << tr("встреча-знакомство не состоялась (план — %1)").arg(PersonValidator::russianDate(s.introPlannedOn));
    return reasons;
}

} // namespace PairWork
