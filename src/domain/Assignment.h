#pragma once
#include <cmath>
#include <limits>
#include <vector>

// Распределение наставляемых по наставникам: the exact optimum of the total score over the whole
// cohort, each mentor taking up to their capacity. Pure arithmetic, no Qt, so that the tests and
// the benchmark compare it with brute force and with scipy on the same matrix.
namespace Assignment {

inline constexpr double NotAllowed = std::numeric_limits<double>::quiet_NaN();
inline bool allowed(double score) { return !std::isnan(score); }

enum class Goal {
    BestScores, // the largest total score, even if a mentee stays unmatched for it
    MostPairs,  // as many pairs as possible, and among those the largest total score
};

struct Problem
{
    int mentees = 0;
    int mentors = 0;
    std::vector<double> scores; // mentees × mentors, row by row; NotAllowed where a pair is excluded
    std::vector<int> capacity;  // per mentor: how many mentees they take
    Goal goal = Goal::BestScores;

    double score(int mentee, int mentor) const { return scores[size_t(mentee) * size_t(mentors) + size_t(mentor)]; }
};

struct Solution
{
    std::vector<int> mentorOf; // per mentee: the mentor's index, or -1 when unmatched
    double total = 0;
    int matched = 0;
};

// Successive shortest augmenting paths (the Jonker–Volgenant/Crouse scheme scipy uses) on the
// mentors themselves rather than on the matrix expanded by capacity: a full mentor passes the
// search on to the mentees they hold, so each step scans `mentors` columns instead of the sum of
// capacities. Each mentee may also stay unmatched, at the cost of its score (BestScores) or of more
// than any total of scores (MostPairs). O(mentees² × mentors) in the worst case.
Solution solve(const Problem &problem);

// The total of a given assignment, for checks: NaN when it breaks a rule (a pair not allowed,
// a mentor over capacity).
double totalOf(const Problem &problem, const std::vector<int> &mentorOf);

}
