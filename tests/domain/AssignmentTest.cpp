#include "domain/Assignment.h"

#include <catch2/catch.hpp>

#include <random>

using Assignment::Goal;
using Assignment::Problem;

namespace {

Problem randomProblem(std::mt19937 &rng, int mentees, int mentors, Goal goal)
{
    Problem p;
    p.mentees = mentees;
    p.mentors = mentors;
    p.goal = goal;
    std::uniform_int_distribution<int> score(0, 10); // few values: many ties, the hard case
    std::uniform_int_distribution<int> capacity(0, 3);
    std::bernoulli_distribution excluded(0.3);
    for (int i = 0; i < mentees * mentors; ++i)
        p.scores.push_back(excluded(rng) ? Assignment::NotAllowed : score(rng));
    for (int j = 0; j < mentors; ++j)
        p.capacity.push_back(capacity(rng));
    return p;
}

struct Best
{
    double total = -1;
    int matched = -1;
};

// Every assignment, each mentee to any mentor or to nobody.
Best bruteForce(const Problem &p)
{
    Best best;
    std::vector<int> choice(size_t(p.mentees), -1);
    for (;;) {
        const double total = Assignment::totalOf(p, choice);
        if (Assignment::allowed(total)) {
            const int matched = int(std::count_if(choice.begin(), choice.end(), [](int j) { return j >= 0; }));
            const bool better = p.goal == Goal::MostPairs
                                    ? (matched > best.matched || (matched == best.matched && total > best.total))
                                    : total > best.total;
            if (better)
                best = {total, matched};
        }
        size_t i = 0;
        while (i < choice.size() && ++choice[i] == p.mentors)
            choice[i++] = -1;
        if (i == choice.size())
            return best;
    }
}

}

TEST_CASE("the assignment reaches the brute-force optimum on every small instance", "[assignment]")
{
    std::mt19937 rng(20261123);
    for (Goal goal : {Goal::BestScores, Goal::MostPairs})
        for (int round = 0; round < 400; ++round) {
            const int mentees = 1 + int(rng() % 6), mentors = 1 + int(rng() % 3);
            const Problem p = randomProblem(rng, mentees, mentors, goal);
            const Assignment::Solution s = Assignment::solve(p);
            const Best best = bruteForce(p);
            INFO("round " << round << ", " << mentees << " × " << mentors);
            // The solution itself keeps every rule: allowed pairs, capacities.
            REQUIRE(Assignment::totalOf(p, s.mentorOf) == Approx(s.total));
            REQUIRE(s.total == Approx(best.total));
            if (goal == Goal::MostPairs)
                REQUIRE(s.matched == best.matched);
        }
}

TEST_CASE("capacities and exclusions hold on large random instances", "[assignment]")
{
    std::mt19937 rng(7);
    for (Goal goal : {Goal::BestScores, Goal::MostPairs}) {
        const Problem p = randomProblem(rng, 300, 60, goal);
        const Assignment::Solution s = Assignment::solve(p);
        REQUIRE(Assignment::allowed(Assignment::totalOf(p, s.mentorOf)));
        REQUIRE(s.matched > 0);
    }
}

TEST_CASE("the two goals differ where one pair blocks two", "[assignment]")
{
    // A fits mentor X (90) or Y (10); B fits only X (50). Best scores: A–X alone (90);
    // most pairs: A–Y and B–X (60).
    Problem p;
    p.mentees = 2;
    p.mentors = 2;
    p.scores = {90, 10, 50, Assignment::NotAllowed};
    p.capacity = {1, 1};
    p.goal = Goal::BestScores;
    auto s = Assignment::solve(p);
    CHECK(s.mentorOf == std::vector<int>{0, -1});
    CHECK(s.total == 90);
    p.goal = Goal::MostPairs;
    s = Assignment::solve(p);
    CHECK(s.mentorOf == std::vector<int>{1, 0});
    CHECK(s.total == 60);
}

TEST_CASE("a group mentor takes mentees up to the capacity", "[assignment]")
{
    Problem p;
    p.mentees = 5;
    p.mentors = 2;
    p.scores = {80, 10, 70, 20, 90, 30, 60, 40, 50, 50};
    p.capacity = {3, 1};
    const auto s = Assignment::solve(p);
    CHECK(s.matched == 4);
    CHECK(std::count(s.mentorOf.begin(), s.mentorOf.end(), 0) == 3);
    CHECK(s.total == 80 + 70 + 90 + 50);
}
