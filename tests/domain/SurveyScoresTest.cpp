#include "domain/SurveyScores.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace {
SurveyScore sheet(qint64 person, qint64 pair, const char *kind, const QDate &on, double mean, int answers = 5)
{
    SurveyScore s;
    s.personId = person;
    s.pairId = pair;
    s.kind = QString::fromLatin1(kind);
    s.answeredOn = on;
    s.mean = mean;
    s.scaleAnswers = answers;
    return s;
}
} // namespace

TEST_CASE("a respondent is satisfied when the mean of the scale answers reaches the threshold", "[surveys]")
{
    SurveyScore s = sheet(1, 1, "satisfaction_mentee", QDate(2024, 12, 20), 7.0);
    CHECK(s.satisfied());
    s.mean = 6.99;
    CHECK_FALSE(s.satisfied());
    s.threshold = 6.5;
    CHECK(s.satisfied());
    s.scaleAnswers = 0; // only yes/no and text answers: no score to judge
    CHECK_FALSE(s.satisfied());
}

TEST_CASE("diagnostics before and after per participant and per pair", "[surveys]")
{
    const QList<SurveyScore> scores{
        sheet(1, 10, "diagnostic_before", QDate(2024, 10, 1), 4.0),
        sheet(1, 10, "diagnostic_before", QDate(2024, 10, 20), 5.0), // a later "before" does not replace the first
        sheet(1, 10, "diagnostic_after", QDate(2025, 5, 1), 6.0),
        sheet(1, 10, "diagnostic_after", QDate(2025, 5, 20), 8.0),   // the last "after" counts
        sheet(2, 10, "diagnostic_before", QDate(2024, 10, 1), 6.0),
        sheet(2, 10, "diagnostic_after", QDate(2025, 5, 20), 7.0),
        sheet(3, 11, "diagnostic_before", QDate(2024, 10, 1), 5.0), // no "after" yet
        sheet(4, 11, "satisfaction_mentee", QDate(2024, 12, 20), 9.0),
        sheet(5, 12, "diagnostic_after", QDate(2025, 5, 20), 9.0, 0), // no scale answers
    };
    const QList<BeforeAfter> people = SurveyScores::beforeAfter(scores);
    REQUIRE(people.size() == 3);
    CHECK(people.at(0).personId == 1);
    CHECK(*people.at(0).before == 4.0);
    CHECK(*people.at(0).after == 8.0);
    CHECK(*people.at(0).change() == 4.0);
    CHECK(*people.at(1).change() == 1.0);
    CHECK_FALSE(people.at(2).change());
    const QList<PairChange> pairs = SurveyScores::byPair(people);
    REQUIRE(pairs.size() == 1);
    CHECK(pairs.at(0).pairId == 10);
    CHECK(pairs.at(0).members == 2);
    CHECK(pairs.at(0).change == Approx(2.5));
}
