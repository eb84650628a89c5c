#pragma once
#include "domain/MenteeProfile.h"
#include "domain/MentorProfile.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// Mentee and mentor profiles: one per person and school year.
class ProfileRepository
{
public:
    explicit ProfileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts or replaces the profile of (person, year); returns its id.
    Result<qint64> saveMentee(const MenteeProfile &profile);
    Result<qint64> saveMentor(const MentorProfile &profile);
    std::optional<MenteeProfile> mentee(qint64 personId, int yearStart) const;
    std::optional<MentorProfile> mentor(qint64 personId, int yearStart) const;
    QList<MenteeProfile> mentees(int yearStart) const;
    QList<MentorProfile> mentors(int yearStart) const;
    Status setMenteeStatus(qint64 personId, int yearStart, RecordStatus status);
    Status setMentorStatus(qint64 personId, int yearStart, RecordStatus status);
    Status removeMentee(qint64 personId, int yearStart);
    Status removeMentor(qint64 personId, int yearStart);

private:
    Status setStatus(const QString &table, qint64 personId, int yearStart, RecordStatus status);
    Status remove(const QString &table, qint64 personId, int yearStart);
    QSqlDatabase m_db;
};
