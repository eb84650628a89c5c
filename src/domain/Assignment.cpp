#include "domain/Assignment.h"

#include <algorithm>

namespace Assignment {
namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();
constexpr int Unmatched = -1;

// Minimisation form of the problem: cost = top − score, so that every cost is ≥ 0 and the
// shortest paths start from zero potentials.
struct Costs
{
    std::vector<double> cost; // Infinity where not allowed
    double unmatched = 0;     // the cost of leaving a mentee without a mentor
};

Costs costsOf(const Problem &p)
{
    double top = 0;
    for (double s : p.scores)
        if (allowed(s))
            top = std::max(top, s);
    Costs c;
    c.cost.resize(p.scores.size());
    std::transform(p.scores.begin(), p.scores.end(), c.cost.begin(),
                   [top](double s) { return allowed(s) ? top - s : Infinity; });
    // Under MostPairs one more unmatched mentee must cost more than any difference of totals.
    c.unmatched = top + (p.goal == Goal::MostPairs ? (top + 1) * (double(p.mentees) + 1) : 0);
    return c;
}

class Solver
{
public:
    Solver(const Problem &p, Costs costs)
        : m_p(p), m_c(std::move(costs)), m_u(size_t(p.mentees), 0), m_v(size_t(p.mentors), 0),
          m_mentorOf(size_t(p.mentees), Unmatched), m_held(size_t(p.mentors)), m_dist(size_t(p.mentors)),
          m_pred(size_t(p.mentors)), m_rowDist(size_t(p.mentees))
    {
        for (int j = 0; j < p.mentors; ++j)
            m_held[size_t(j)].reserve(size_t(std::max(0, p.capacity[size_t(j)])));
    }

    std::vector<int> run()
    {
        std::vector<int> rest;
        for (int row = 0; row < m_p.mentees; ++row)
            if (!takeCheapest(row))
                rest.push_back(row);
        for (int row : rest)
            addMentee(row);
        return m_mentorOf;
    }

private:
    bool hasRoom(int j) const { return int(m_held[size_t(j)].size()) < m_p.capacity[size_t(j)]; }

    // The start JV gives the search: a mentee's potential is their cheapest option, and where a
    // cheapest mentor still has room (or staying unmatched is cheapest of all) the mentee takes it
    // at once. Every reduced cost stays ≥ 0 and 0 on what is taken, so the assignment so far is
    // optimal for its mentees and only the others need a search; with the many equal scores of a
    // real cohort that is most of them.
    bool takeCheapest(int row)
    {
        const double *cost = m_c.cost.data() + size_t(row) * size_t(m_p.mentors);
        double cheapest = m_c.unmatched;
        for (int j = 0; j < m_p.mentors; ++j)
            cheapest = std::min(cheapest, cost[j]);
        m_u[size_t(row)] = cheapest;
        for (int j = 0; j < m_p.mentors; ++j)
            if (cost[j] == cheapest && hasRoom(j)) {
                m_held[size_t(j)].push_back(row);
                m_mentorOf[size_t(row)] = j;
                return true;
            }
        return cheapest == m_c.unmatched; // unmatched, for good: nothing can reach this mentee again
    }

    void relax(int row)
    {
        const double base = m_rowDist[size_t(row)] - m_u[size_t(row)];
        if (base + m_c.unmatched < m_bestUnmatched) {
            m_bestUnmatched = base + m_c.unmatched;
            m_unmatchedRow = row;
        }
        const double *cost = m_c.cost.data() + size_t(row) * size_t(m_p.mentors);
        for (int j : m_remaining) {
            const double d = base + cost[j] - m_v[size_t(j)];
            if (d < m_dist[size_t(j)]) {
                m_dist[size_t(j)] = d;
                m_pred[size_t(j)] = row;
            }
        }
    }

    // The closest mentor not yet scanned; at equal distance one with room, which ends the search.
    size_t closestRemaining() const
    {
        size_t best = m_remaining.size();
        double bestDist = Infinity;
        bool bestHasRoom = false;
        for (size_t k = 0; k < m_remaining.size(); ++k) {
            const int j = m_remaining[k];
            const double d = m_dist[size_t(j)];
            if (d < bestDist || (d == bestDist && !bestHasRoom && d < Infinity && hasRoom(j))) {
                best = k;
                bestDist = d;
                bestHasRoom = hasRoom(j);
            }
        }
        return best;
    }

    void addMentee(int start)
    {
        m_remaining.clear();
        for (int j = 0; j < m_p.mentors; ++j)
            if (m_p.capacity[size_t(j)] > 0) {
                m_remaining.push_back(j);
                m_dist[size_t(j)] = Infinity;
            }
        m_scannedRows.assign(1, start);
        m_scannedMentors.clear();
        m_rowDist[size_t(start)] = 0;
        m_bestUnmatched = Infinity;
        m_unmatchedRow = -1;
        relax(start);

        int sinkMentor = -1;
        double shortest = 0;
        for (;;) {
            const size_t k = closestRemaining();
            const double d = k < m_remaining.size() ? m_dist[size_t(m_remaining[k])] : Infinity;
            if (m_bestUnmatched < d || (m_bestUnmatched == d && !hasRoom(m_remaining[k]))) {
                shortest = m_bestUnmatched;
                break;
            }
            const int j = m_remaining[k];
            m_remaining[k] = m_remaining.back();
            m_remaining.pop_back();
            if (hasRoom(j)) {
                sinkMentor = j;
                shortest = d;
                break;
            }
            m_scannedMentors.push_back(j);
            // A full mentor passes the path on to each mentee they hold, at no cost.
            for (int row : m_held[size_t(j)]) {
                m_rowDist[size_t(row)] = d;
                m_scannedRows.push_back(row);
                relax(row);
            }
        }
        updatePotentials(shortest);
        augment(start, sinkMentor);
    }

    void updatePotentials(double shortest)
    {
        for (int row : m_scannedRows)
            m_u[size_t(row)] += shortest - m_rowDist[size_t(row)];
        for (int j : m_scannedMentors)
            m_v[size_t(j)] -= shortest - m_dist[size_t(j)];
    }

    void release(int row)
    {
        auto &held = m_held[size_t(m_mentorOf[size_t(row)])];
        held.erase(std::find(held.begin(), held.end(), row));
    }

    // Shifts the mentees along the path: each takes the place the next one leaves.
    void augment(int start, int sinkMentor)
    {
        int j = sinkMentor;
        if (j < 0) { // the path ends by leaving m_unmatchedRow without a mentor
            const int row = m_unmatchedRow;
            if (row == start)
                return;
            j = m_mentorOf[size_t(row)];
            release(row);
            m_mentorOf[size_t(row)] = Unmatched;
        }
        for (;;) {
            const int row = m_pred[size_t(j)];
            const int previous = m_mentorOf[size_t(row)];
            if (row != start)
                release(row);
            m_held[size_t(j)].push_back(row);
            m_mentorOf[size_t(row)] = j;
            if (row == start)
                return;
            j = previous;
        }
    }

    const Problem &m_p;
    const Costs m_c;
    std::vector<double> m_u, m_v;
    std::vector<int> m_mentorOf;
    std::vector<std::vector<int>> m_held;
    std::vector<double> m_dist;
    std::vector<int> m_pred;
    std::vector<double> m_rowDist;
    std::vector<int> m_remaining, m_scannedRows, m_scannedMentors;
    double m_bestUnmatched = Infinity;
    int m_unmatchedRow = -1;
};

}

Solution solve(const Problem &problem)
{
    Solution s;
    s.mentorOf = Solver(problem, costsOf(problem)).run();
    for (int i = 0; i < problem.mentees; ++i)
        if (const int j = s.mentorOf[size_t(i)]; j >= 0) {
            s.total += problem.score(i, j);
            ++s.matched;
        }
    return s;
}

double totalOf(const Problem &problem, const std::vector<int> &mentorOf)
{
    std::vector<int> load(size_t(problem.mentors), 0);
    double total = 0;
    for (int i = 0; i < problem.mentees; ++i) {
        const int j = mentorOf[size_t(i)];
        if (j < 0)
            continue;
        if (!allowed(problem.score(i, j)) || ++load[size_t(j)] > problem.capacity[size_t(j)])
            return NotAllowed;
        total += problem.score(i, j);
    }
    return total;
}

}
