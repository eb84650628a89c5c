#include "services/ProfileService.h"

#include "services/Audit.h"
#include "storage/ProfileRepository.h"

#include <QCoreApplication>

static QString tr(const char *text) { return QCoreApplication::translate("ProfileService", text); }

static QString entityOf(MemberRole role)
{
    return role == MemberRole::Mentee ? QStringLiteral("mentee_profile") : QStringLiteral("mentor_profile");
}

QStringList ProfileService::validate(const MentorProfile &m)
{
    QStringList errors;
    if (m.capacity < 0)
        errors << tr("Число наставляемых не может быть отрицательным.");
    if (m.desiredAgeFrom < 0 || m.desiredAgeTo < 0)
        errors << tr("Желаемый возраст наставляемых не может быть отрицательным.");
    if (m.desiredAgeFrom && m.desiredAgeTo && m.desiredAgeFrom > m.desiredAgeTo)
        errors << tr("Желаемый возраст: «от» больше, чем «до».");
    return errors;
}

// Saves a profile with its audit entry in one transaction; `save` is the repository call.
template <typename Profile, typename Save>
static Result<qint64> saveAudited(Database &db, MemberRole role, const Profile &profile, Save save)
{
    qint64 id = 0;
    const Status s = db.transaction([&]() -> Status {
        ProfileRepository repo(db.connection());
        auto saved = (repo.*save)(profile);
        if (!saved)
            return Status::failure(saved.error());
        id = saved.value();
        return audit(db, entityOf(role), id, profile.id ? QStringLiteral("update") : QStringLiteral("create"));
    });
    return s ? Result<qint64>(id) : Result<qint64>::failure(s.error());
}

Result<qint64> ProfileService::saveMentee(const MenteeProfile &profile)
{
    return saveAudited(*m_db, MemberRole::Mentee, profile, &ProfileRepository::saveMentee);
}

Result<qint64> ProfileService::saveMentor(const MentorProfile &profile)
{
    const QStringList errors = validate(profile);
    if (!errors.isEmpty())
        return Result<qint64>::failure(errors.join(QLatin1Char('\n')));
    return saveAudited(*m_db, MemberRole::Mentor, profile, &ProfileRepository::saveMentor);
}

Status ProfileService::setArchived(MemberRole role, const QList<qint64> &personIds, int yearStart, bool archived)
{
    return m_db->transaction([&]() -> Status {
        ProfileRepository repo(m_db->connection());
        const RecordStatus status = archived ? RecordStatus::Archived : RecordStatus::Active;
        for (qint64 personId : personIds) {
            Status s = role == MemberRole::Mentee ? repo.setMenteeStatus(personId, yearStart, status)
                                                  : repo.setMentorStatus(personId, yearStart, status);
            if (s)
                s = audit(*m_db, entityOf(role), personId, archived ? QStringLiteral("archive") : QStringLiteral("restore"));
            if (!s)
                return s;
        }
        return Status();
    });
}

Status ProfileService::removeAdded(MemberRole role, qint64 personId, int yearStart)
{
    return m_db->transaction([&]() -> Status {
        ProfileRepository repo(m_db->connection());
        Status s = role == MemberRole::Mentee ? repo.removeMentee(personId, yearStart) : repo.removeMentor(personId, yearStart);
        if (!s)
            return s;
        return audit(*m_db, entityOf(role), personId, QStringLiteral("delete"));
    });
}

std::optional<MenteeProfile> ProfileService::mentee(qint64 personId, int yearStart) const
{
    return ProfileRepository(m_db->connection()).mentee(personId, yearStart);
}

std::optional<MentorProfile> ProfileService::mentor(qint64 personId, int yearStart) const
{
    return ProfileRepository(m_db->connection()).mentor(personId, yearStart);
}
