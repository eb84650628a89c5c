#include "storage/MeetingRepository.h"

#include "storage/SqlQuery.h"

Result<qint64> MeetingRepository::insert(const Meeting &m)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO meeting (pair_id, kind, planned_on, held_on, duration_min, topic, outcome) "
                                    "VALUES (:pair, :kind, :planned, :held, :duration, :topic, :outcome)"));
    q.bind(QStringLiteral(":pair"), SqlQuery::idOrNull(m.pairId))
        .bind(QStringLiteral(":kind"), m.kind)
        .bind(QStringLiteral(":planned"), SqlQuery::dateValue(m.plannedOn))
        .bind(QStringLiteral(":held"), SqlQuery::dateValue(m.heldOn))
        .bind(QStringLiteral(":duration"), m.durationMinutes > 0 ? QVariant(m.durationMinutes) : QVariant())
        .bind(QStringLiteral(":topic"), SqlQuery::textOrNull(m.topic))
        .bind(QStringLiteral(":outcome"), SqlQuery::textOrNull(m.outcome));
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    return q.lastInsertId();
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
