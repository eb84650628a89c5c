#pragma once
#include "domain/MatchScoring.h"
#include "storage/Database.h"
#include "storage/MatchingRepository.h"

#include <QHash>

// Everyone a matching run of a school year weighs, as scoring candidates: the banks' rows with
// their consent on the start date, post-networking preferences and words turned into numbers of
// one dictionary for the whole cohort.
struct MatchCohort
{
    QList<MatchPoolRow> menteeRows, mentorRows;
    std::vector<Match::Candidate> mentees, mentors;
    QStringList words; // number -> the word as first written, for explanations
    QHash<qint64, int> menteeIndex, mentorIndex; // person id -> position

    static MatchCohort load(const Database &db, int yearStart, const QDate &on);
};
