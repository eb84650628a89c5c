#pragma once
#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

// A mentee or a mentor of a school year as matching sees them, straight from the banks.
struct MatchPoolRow
{
    qint64 personId = 0;
    QString name; // for the curator's screens, never for logs
    PersonCategory category = PersonCategory::Pupil;
    QDate birthDate;
    QString className;
    QString request;   // mentee: request and problems; mentor: competencies and achievements
    QString interests;
    QString schedule;  // mentor: time resource and schedule; mentee: the questionnaire's answer
    qint64 formId = 0; // mentee: desired form; mentor: their form
    int desiredAgeFrom = 0, desiredAgeTo = 0;
    int seats = 0;     // mentor: capacity less the mentees already in their pairs this year
};

struct MatchProposalRow
{
    qint64 menteeId = 0;
    qint64 mentorId = 0;  // 0: left unmatched
    double score = 0;
    QString breakdown;    // JSON: criterion code -> value 0–1
    QString origin;       // auto, pinned, must
    QString unmatchedReason;
};

// Протокол подбора: one run of matching with its criteria, constraints and proposal.
struct MatchRunRow
{
    qint64 id = 0;
    int yearStart = 0;
    QDateTime createdAt;
    QString criteria;    // JSON of the settings
    QString constraints; // JSON of pins, must and must-not pairs
    QString mode;        // best_scores, most_pairs
    double minScore = 0;
    QString status;      // proposed, approved, superseded
    QDateTime approvedAt;
    qint64 previousRunId = 0;
    QList<MatchProposalRow> proposals;
};

class MatchingRepository
{
public:
    explicit MatchingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Active mentee profiles of the year whose person is not yet in a pair of that year.
    QList<MatchPoolRow> mentees(int yearStart) const;
    // Active mentor profiles of the year with free seats.
    QList<MatchPoolRow> mentors(int yearStart) const;
    // Post-networking survey of the year: person -> the people they would like as a partner.
    QHash<qint64, QList<qint64>> preferences(int yearStart) const;

    Result<qint64> insertRun(const MatchRunRow &run);
    std::optional<MatchRunRow> run(qint64 id) const;
    std::optional<MatchRunRow> lastRun(int yearStart) const;
    Status setStatus(qint64 runId, const QString &status);
    // Full names of the people in a run's proposal.
    QHash<qint64, QString> names(qint64 runId) const;

private:
    QList<MatchPoolRow> pool(const QString &sql, int yearStart) const;
    QSqlDatabase m_db;
};
