#pragma once
#include "domain/Meeting.h"
#include "domain/Result.h"

#include <QDate>
#include <QMap>
#include <QSqlDatabase>

// Встречи пар и общие мероприятия.
class MeetingRepository
{
public:
    explicit MeetingRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<qint64> insert(const Meeting &meeting);
    Status update(const Meeting &meeting);
    Status remove(qint64 id);
    // A pair's meetings by date (held, else planned).
    QList<Meeting> ofPair(qint64 pairId) const;
    // Meetings held in each month between two dates, keyed by the month's first day.
    QMap<QDate, int> heldPerMonth(const QDate &from, const QDate &to) const;

private:
    QSqlDatabase m_db;
};
