#pragma once
#include "domain/Meeting.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"

// Общие мероприятия of all pairs (the networking meeting in September, the final event in May, and
// whatever the curator adds): planned, held, and who of the year's participants came.
class EventService
{
public:
    explicit EventService(Database &db) : m_db(db) {}
    QList<Meeting> events(int yearStart) const;
    std::optional<Meeting> find(qint64 id) const;
    QList<EventInvitee> invitees(int yearStart) const;
    // Checks and writes an event (new when its id is 0); returns its id.
    Result<qint64> save(const Meeting &event, const QDate &today);
    Status remove(qint64 id);
    Status restore(const Meeting &event); // the undo of a removal, with its id and attendance

private:
    Database &m_db;
};
