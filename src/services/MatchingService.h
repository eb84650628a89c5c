#pragma once
#include "domain/Assignment.h"
#include "domain/MatchScoring.h"
#include "storage/Database.h"
#include "storage/MatchingRepository.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

// How a run weighs and decides: the criteria and rules, the goal of the assignment and the lowest
// score a pair may have. Saved in the database, for the next run and in each run's record.
struct MatchOptions
{
    Match::Settings criteria;
    Assignment::Goal goal = Assignment::Goal::MostPairs;
    double minScore = 0;

    QJsonObject toJson() const;
    static MatchOptions fromJson(const QJsonObject &json);
};

struct MatchLink
{
    qint64 menteeId = 0;
    qint64 mentorId = 0;
    bool operator==(const MatchLink &o) const { return menteeId == o.menteeId && mentorId == o.mentorId; }
};

// The curator's word over the optimiser, per school year: pairs that must be and pairs pinned on
// the review screen are kept; must-not pairs are never proposed.
struct MatchConstraints
{
    QList<MatchLink> must, pinned, mustNot;

    QJsonObject toJson() const;
    static MatchConstraints fromJson(const QJsonObject &json);
};

struct ProposedPair
{
    qint64 menteeId = 0;
    qint64 mentorId = 0;
    double score = 0;
    QString origin; // auto, must, pinned
};

struct UnmatchedMentee
{
    qint64 menteeId = 0;
    QString reason;
};

// A mentee whose mentor differs from the previous run's proposal (0: none).
struct MatchChange
{
    qint64 menteeId = 0;
    qint64 mentorBefore = 0;
    qint64 mentorAfter = 0;
};

struct MatchResult
{
    qint64 runId = 0;
    int yearStart = 0;
    QString status; // proposed, approved, superseded
    QList<ProposedPair> pairs;
    QList<UnmatchedMentee> unmatched;
    QList<MatchChange> changes;
    QHash<qint64, QString> names; // the people of the run, for the screens and the order

    double total() const;
    std::optional<double> lowestScore() const;
};

// Two profiles side by side and the score of their pair, criterion by criterion.
struct PairExplanation
{
    MatchPoolRow mentee, mentor;
    Match::Explanation explanation;
    bool found = false; // both still in the banks without a pair
};

// Подбор наставнических пар: scores every mentor–mentee pair of a school year, finds the exact
// optimum over the cohort and keeps each run for the record; approving a run forms the pairs.
class MatchingService
{
public:
    explicit MatchingService(DatabasePtr db) : m_db(std::move(db)) {}

    MatchOptions options() const;
    Status setOptions(const MatchOptions &options);
    MatchConstraints constraints(int yearStart) const;
    Status setConstraints(int yearStart, const MatchConstraints &constraints);

    // Scores, assigns and saves a run with the saved options and constraints. `on`: the date the
    // pairs start (ages, consents).
    Result<MatchResult> run(int yearStart, const QDate &on);
    std::optional<MatchResult> lastRun(int yearStart) const;
    // Every criterion's part of one pair's score, and the rule that excludes it, if any.
    PairExplanation explain(int yearStart, const MatchLink &pair, const QDate &on) const;
    // Forms the run's pairs (a mentor with several mentees: a group) starting on `startOn`.
    Result<QList<qint64>> approve(qint64 runId, const QDate &startOn);

private:
    MatchResult resultOf(const MatchRunRow &run, const std::optional<MatchRunRow> &previous) const;
    DatabasePtr m_db;
};
