#pragma once
#include "domain/MenteeProfile.h"
#include "domain/MentorProfile.h"
#include "storage/Database.h"

// Entries of the banks of mentees and mentors for a school year.
class ProfileService
{
public:
    explicit ProfileService(DatabasePtr db) : m_db(std::move(db)) {}
    static QStringList validate(const MentorProfile &profile);
    Result<qint64> saveMentee(const MenteeProfile &profile);
    Result<qint64> saveMentor(const MentorProfile &profile);
    // All of them or none, in one transaction.
    Status setArchived(MemberRole role, const QList<qint64> &personIds, int yearStart, bool archived);
    Status removeAdded(MemberRole role, qint64 personId, int yearStart);
    std::optional<MenteeProfile> mentee(qint64 personId, int yearStart) const;
    std::optional<MentorProfile> mentor(qint64 personId, int yearStart) const;

private:
    DatabasePtr m_db;
};
