#include "storage/MeetingRepository.h"

#include "storage/SqlQuery.h"

Result<qint64> MeetingRepository::insert(const Meeting &m)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO meeting (pair_id, kind, planned_on, held_on, duration_min, topic, outcome, "
                                    "next_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({SqlQuery::idOrNull(m.pairId), m.kind, SqlQuery::dateValue(m.plannedOn), SqlQuery::dateValue(m.heldOn),
               m.durationMinutes > 0 ? QVariant(m.durationMinutes) : QVariant(), SqlQuery::textOrNull(m.topic),
               SqlQuery::textOrNull(m.outcome), SqlQuery::dateValue(m.nextOn)});
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    return q.lastInsertId();
}

Status MeetingRepository::update(const Meeting &m)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE meeting SET kind = ?, planned_on = ?, held_on = ?, duration_min = ?, topic = ?, "
                                    "outcome = ?, next_on = ? WHERE id = ?"));
    q.bindAll({m.kind, SqlQuery::dateValue(m.plannedOn), SqlQuery::dateValue(m.heldOn),
               m.durationMinutes > 0 ? QVariant(m.durationMinutes) : QVariant(), SqlQuery::textOrNull(m.topic),
               SqlQuery::textOrNull(m.outcome), SqlQuery::dateValue(m.nextOn), m.id});
    return q.exec() ? Status() : q.status();
}

Status MeetingRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM meeting WHERE id = ?"));
    q.bindAll({id});
    return q.exec() ? Status() : q.status();
}

QList<Meeting> MeetingRepository::ofPair(qint64 pairId) const
{
    QList<Meeting> list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, pair_id, kind, planned_on, held_on, duration_min, topic, outcome, next_on "
                                    "FROM meeting WHERE pair_id = ? ORDER BY coalesce(held_on, planned_on), id"));
    q.bindAll({pairId});
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
            list.append(m);
        }
    return list;
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
