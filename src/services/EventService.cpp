#include "services/EventService.h"

#include "domain/AcademicYear.h"
#include "domain/PairWork.h"
#include "services/Audit.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("EventService", text); }
const QString kEntity = QStringLiteral("meeting");
}

QList<Meeting> EventService::events(int yearStart) const
{
    const AcademicYear year(yearStart);
    return MeetingRepository(m_db.connection()).commonEvents(year.firstDay(), year.lastDay());
}

std::optional<Meeting> EventService::find(qint64 id) const
{
    auto found = MeetingRepository(m_db.connection()).find(id);
    return found && found->pairId == 0 ? found : std::nullopt;
}

QList<EventInvitee> EventService::invitees(int yearStart) const
{
    return MeetingRepository(m_db.connection()).invitees(yearStart);
}

Result<qint64> EventService::save(const Meeting &event, const QDate &today)
{
    using R = Result<qint64>;
    if (event.pairId != 0 || event.kind != QLatin1String("common"))
        return R::failure(tr("Общее мероприятие не принадлежит паре."));
    if (const Status s = PairWork::checkMeeting(event, today); !s)
        return R::failure(s.error());
    qint64 id = event.id;
    const Status written = m_db.transaction([&]() -> Status {
        MeetingRepository meetings(m_db.connection());
        if (id == 0) {
            const auto inserted = meetings.insert(event);
            if (!inserted)
                return Status::failure(inserted.error());
            id = inserted.value();
        } else if (const Status s = meetings.update(event); !s) {
            return s;
        }
        return audit(m_db, kEntity, id, event.id == 0 ? QStringLiteral("create") : QStringLiteral("update"),
                     QStringLiteral("attendance=%1").arg(event.attendance.size()));
    });
    return written ? R(id) : R::failure(written.error());
}

Status EventService::remove(qint64 id)
{
    if (!find(id))
        return Status::failure(tr("Общее мероприятие № %1 не найдено.").arg(id));
    return m_db.transaction([&]() -> Status {
        if (const Status s = MeetingRepository(m_db.connection()).remove(id); !s)
            return s;
        return audit(m_db, kEntity, id, QStringLiteral("delete"));
    });
}

Status EventService::restore(const Meeting &event)
{
    return m_db.transaction([&]() -> Status {
        const auto id = MeetingRepository(m_db.connection()).insert(event);
        if (!id)
            return Status::failure(id.error());
        return audit(m_db, kEntity, id.value(), QStringLiteral("restore"));
    });
}
