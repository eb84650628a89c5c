#include "domain/Assignment.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <random>

namespace {

// scipy's optimum of the same matrix expanded by capacity (each seat a column).
double scipyOptimum(const Assignment::Problem &p, int capacity)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.bin"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(reinterpret_cast<const char *>(p.scores.data()), qint64(p.scores.size() * sizeof(double)));
    f.close();
    const QString script = QStringLiteral(
        "import sys, numpy as np\n"
        "from scipy.optimize import linear_sum_assignment\n"
        "m = np.repeat(np.fromfile(sys.argv[1]).reshape(int(sys.argv[2]), int(sys.argv[3])), int(sys.argv[4]), axis=1)\n"
        "r, c = linear_sum_assignment(m, maximize=True)\n"
        "print(m[r, c].sum())\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path, QString::number(p.mentees),
                                                      QString::number(p.mentors), QString::number(capacity)});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString() << " (python3-scipy is installed by .ci/deps)");
    REQUIRE(python.exitCode() == 0);
    return python.readAllStandardOutput().trimmed().toDouble();
}

}

TEST_CASE("the assignment reaches scipy's optimum on the matrix expanded by capacity", "[assignment][scipy]")
{
    std::mt19937 rng(42);
    // More seats than mentees, and fewer: scipy then fills every seat, as MostPairs does.
    for (auto [mentees, mentors, capacity] : {std::tuple{300, 100, 4}, std::tuple{400, 60, 3}}) {
        Assignment::Problem p;
        p.mentees = mentees;
        p.mentors = mentors;
        p.capacity.assign(size_t(mentors), capacity);
        p.goal = Assignment::Goal::MostPairs;
        std::uniform_int_distribution<int> score(0, 100);
        for (int i = 0; i < mentees * mentors; ++i)
            p.scores.push_back(score(rng));
        const auto s = Assignment::solve(p);
        CHECK(s.matched == std::min(mentees, mentors * capacity));
        CHECK(s.total == scipyOptimum(p, capacity));
    }
}
