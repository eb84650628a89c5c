#pragma once
#include "domain/Meeting.h"
#include "domain/Result.h"

#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <optional>

// A participant of the year's pairs and groups, as a list of those expected at a common event shows them.
struct EventInvitee
{
    qint64 personId = 0;
    QString name;  // full name
    bool mentor = false; // in one pair or another
    bool mentee = false;
    QString className;
};

// Встречи пар и общие мероприятия.
class MeetingRepository
{
public:
    explicit MeetingRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    // Inserts the meeting with its attendance; with an id (the undo of a removal) it is put back
    // under that id, replacing what is there.
    Result<qint64> insert(const Meeting &meeting);
    Status update(const Meeting &meeting);
    Status remove(qint64 id);
    // A pair's meetings by date (held, else planned), with their attendance.
    QList<Meeting> ofPair(qint64 pairId) const;
    // The common events of all pairs dated between two days, with their attendance.
    QList<Meeting> commonEvents(const QDate &from, const QDate &to) const;
    std::optional<Meeting> find(qint64 id) const;
    // Everyone in a pair or group of the school year, by name.
    QList<EventInvitee> invitees(int yearStart) const;
    // Meetings held in each month between two dates, keyed by the month's first day.
    QMap<QDate, int> heldPerMonth(const QDate &from, const QDate &to) const;
    // Meetings of pairs planned between the dates that have not been held.
    int notHeld(const QDate &from, const QDate &to) const;

private:
    Status writeAttendance(qint64 meetingId, const QList<Attendance> &attendance);
    QList<Meeting> read(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};
