// The assignment step alone on a dense random matrix, for the comparison with scipy:
//   bench_assignment MENTEES MENTORS CAPACITY [MATRIX_OUT]
// Scores are integers 0–100 from a fixed seed; the matrix (float64, row by row) is written for
// tests/bench/scipy_assignment.py, which solves the same problem expanded by capacity.
#include "domain/Assignment.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char *argv[])
{
    if (argc < 4)
        return 2;
    Assignment::Problem p;
    p.mentees = std::atoi(argv[1]);
    p.mentors = std::atoi(argv[2]);
    p.capacity.assign(size_t(p.mentors), std::atoi(argv[3]));
    std::mt19937 rng(20261123);
    std::uniform_int_distribution<int> score(0, 100);
    p.scores.resize(size_t(p.mentees) * size_t(p.mentors));
    for (double &s : p.scores)
        s = score(rng);
    if (argc > 4) {
        FILE *f = std::fopen(argv[4], "wb");
        if (!f || std::fwrite(p.scores.data(), sizeof(double), p.scores.size(), f) != p.scores.size())
            return 1;
        std::fclose(f);
    }
    double best = 1e300;
    Assignment::Solution s;
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        s = Assignment::solve(p);
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("assignment_ms mentees=%d mentors=%d capacity=%s best_of_3=%.1f total=%.0f matched=%d\n", p.mentees,
                p.mentors, argv[3], best, s.total, s.matched);
    return 0;
}
