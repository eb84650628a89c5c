#include "storage/MeetingRepository.h"

#include "storage/SqlQuery.h"

#include <QHash>

Status MeetingRepository::writeAttendance(qint64 meetingId, const QList<Attendance> &attendance)
{
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM meeting_attendance WHERE meeting_id = ?"));
    clear.bindAll({meetingId});
    if (!clear.exec())
        return clear.status();
    for (const Attendance &a : attendance) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO meeting_attendance (meeting_id, person_id, present) VALUES (?, ?, ?)"));
        q.bindAll({meetingId, a.personId, a.present ? 1 : 0});
        if (!q.exec())
            return q.status();
    }
    return {};
}

Result<qint64> MeetingRepository::insert(const Meeting &m)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO meeting (id, pair_id, kind, planned_on, held_on, duration_min, topic, outcome, "
                                    "next_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET pair_id = "
                                    "excluded.pair_id, kind = excluded.kind, planned_on = excluded.planned_on, held_on = "
                                    "excluded.held_on, duration_min = excluded.duration_min, topic = excluded.topic, "
                                    "outcome = excluded.outcome, next_on = excluded.next_on"));
    q.bindAll({SqlQuery::idOrNull(m.id), SqlQuery::idOrNull(m.pairId), m.kind, SqlQuery::dateValue(m.plannedOn),
               SqlQuery::dateValue(m.heldOn), m.durationMinutes > 0 ? QVariant(m.durationMinutes) : QVariant(),
               SqlQuery::textOrNull(m.topic), SqlQuery::textOrNull(m.outcome), SqlQuery::dateValue(m.nextOn)});
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const qint64 id = m.id ? m.id : q.lastInsertId();
    if (const Status s = writeAttendance(id, m.attendance); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status MeetingRepository::update(const Meeting &m)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE meeting SET kind = ?, planned_on = ?, held_on = ?, duration_min = ?, topic = ?, "
                                    "outcome = ?, next_on = ? WHERE id = ?"));
    q.bindAll({m.kind, SqlQuery::dateValue(m.plannedOn), SqlQuery::dateValue(m.heldOn),
               m.durationMinutes > 0 ? QVariant(m.durationMinutes) : QVariant(), SqlQuery::textOrNull(m.topic),
               SqlQuery::textOrNull(m.outcome), SqlQuery::dateValue(m.nextOn), m.id});
    if (!q.exec())
        return q.status();
    return writeAttendance(m.id, m.attendance);
}

Status MeetingRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM meeting WHERE id = ?"));
    q.bindAll({id});
    return q.exec() ? Status() : q.status();
}

QList<Meeting> MeetingRepository::read(const QString &where, const QVariantList &values) const
{
    QList<Meeting> list;
    QHash<qint64, int> indexOf;
    SqlQuery q(m_db, QStringLiteral("SELECT id, pair_id, kind, planned_on, held_on, duration_min, topic, outcome, next_on "
                                    "FROM meeting m WHERE %1 ORDER BY coalesce(held_on, planned_on), id").arg(where));
    q.bindAll(values);
    if (q.exec())
        while (q.next()) {
            Meeting m;
            m.id = q.integer(0);
            m.pairId = q.integer(1);
            m.kind = q.text(2);
            m.plannedOn = q.date(3);
            m.heldOn = q.date(4);
            m.durationMinutes = int(q.integer(5));
            m.topic = q.text(6);
            m.outcome = q.text(7);
            m.nextOn = q.date(8);
            indexOf.insert(m.id, int(list.size()));
            list.append(m);
        }
    SqlQuery a(m_db, QStringLiteral("SELECT a.meeting_id, a.person_id, a.present FROM meeting_attendance a "
                                    "JOIN meeting m ON m.id = a.meeting_id WHERE %1 ORDER BY a.rowid").arg(where));
    a.bindAll(values);
    if (a.exec())
        while (a.next())
            if (const auto at = indexOf.constFind(a.integer(0)); at != indexOf.cend())
                list[*at].attendance.append({a.integer(1), a.integer(2) != 0});
    return list;
}

QList<Meeting> MeetingRepository::ofPair(qint64 pairId) const
{
    return read(QStringLiteral("m.pair_id = ?"), {pairId});
}

QList<Meeting> MeetingRepository::commonEvents(const QDate &from, const QDate &to) const
{
    return read(QStringLiteral("m.pair_id IS NULL AND coalesce(m.held_on, m.planned_on) BETWEEN ? AND ?"),
                {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

std::optional<Meeting> MeetingRepository::find(qint64 id) const
{
    const QList<Meeting> found = read(QStringLiteral("m.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Meeting>(found.first());
}

QList<EventInvitee> MeetingRepository::invitees(int yearStart) const
{
    QList<EventInvitee> list;
    SqlQuery q(m_db, QStringLiteral(
        "SELECT p.id, p.last_name || ' ' || p.first_name || coalesce(' ' || nullif(p.patronymic, ''), ''), "
        "max(CASE WHEN m.role = 'mentor' THEN 1 ELSE 0 END), max(CASE WHEN m.role = 'mentee' THEN 1 ELSE 0 END), "
        "coalesce(p.class_name, '') FROM pair_member m "
        "JOIN mentoring_pair mp ON mp.id = m.pair_id JOIN academic_year y ON y.id = mp.academic_year_id "
        "JOIN person p ON p.id = m.person_id WHERE y.start_year = ? GROUP BY p.id ORDER BY 2"));
    q.bindAll({yearStart});
    if (q.exec())
        while (q.next())
            list.append({q.integer(0), q.text(1), q.integer(2) == 1, q.integer(3) == 1, q.text(4)});
    return list;
}

int MeetingRepository::notHeld(const QDate &from, const QDate &to) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM meeting WHERE pair_id IS NOT NULL AND held_on IS NULL AND "
                                    "planned_on BETWEEN :from AND :to"));
    q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate)).bind(QStringLiteral(":to"), to.toString(Qt::ISODate));
    return q.exec() && q.next() ? int(q.integer(0)) : 0;
}

QMap<QDate, int> MeetingRepository::heldPerMonth(const QDate &from, const QDate &to) const
{
    QMap<QDate, int> months;
    SqlQuery q(m_db, QStringLiteral("SELECT substr(held_on, 1, 7), count(*) FROM meeting WHERE held_on BETWEEN :from AND "
                                    ":to GROUP BY substr(held_on, 1, 7)"));
    q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate)).bind(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (q.exec())
        while (q.next()) {
            const QDate month = QDate::fromString(q.text(0) + QStringLiteral("-01"), Qt::ISODate);
            if (month.isValid())
                months.insert(month, int(q.integer(1)));
        }
    return months;
}
