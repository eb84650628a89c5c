#include "domain/Ages.h"
#include "domain/MatchScoring.h"
#include "domain/RussianStem.h"

#include <catch2/catch.hpp>

#include <algorithm>

using Match::Candidate;
using Match::Criterion;
using Match::Exclusion;

namespace {
const QDate kStart(2024, 10, 1);

Candidate pupil(qint64 id, int grade, const QDate &born)
{
    Candidate c;
    c.personId = id;
    c.grade = grade;
    c.birthDate = born;
    c.age = Ages::ageOn(born, kStart).value_or(-1);
    c.consentValid = true;
    return c;
}
}

TEST_CASE("Russian stems meet across word forms", "[match]")
{
    CHECK(RussianStem::snowball(QStringLiteral("олимпиаде")) == QStringLiteral("олимпиад"));
    CHECK(RussianStem::snowball(QStringLiteral("математике")) == QStringLiteral("математик"));
    CHECK(RussianStem::snowball(QStringLiteral("подготовиться")) == QStringLiteral("подготов"));
    CHECK(RussianStem::keys(QStringLiteral("Хочу подготовиться к олимпиаде по математике"))
          == RussianStem::keys(QStringLiteral("подготовка олимпиадников, математика")));
    CHECK(RussianStem::keys(QStringLiteral("Программирование")) == RussianStem::keys(QStringLiteral("программист")));
    CHECK(RussianStem::keys(QStringLiteral("пн, ср")) == RussianStem::keys(QStringLiteral("понедельник и среда")));
    CHECK(RussianStem::keys(QStringLiteral("физика")) != RussianStem::keys(QStringLiteral("физкультура")));
    CHECK(RussianStem::keys(QStringLiteral("и в на по")).isEmpty());
}

TEST_CASE("a pair's score weighs the criteria that have data and explains each", "[match]")
{
    Match::Dictionary d;
    Candidate mentee = pupil(1, 7, QDate(2012, 3, 1));
    mentee.request = d.numbers(QStringLiteral("Подготовка к олимпиаде по математике, робототехника"));
    mentee.interests = d.numbers(QStringLiteral("шахматы, футбол"));
    Candidate mentor = pupil(2, 10, QDate(2009, 5, 1));
    mentor.request = d.numbers(QStringLiteral("олимпиадная математика"));
    mentor.interests = d.numbers(QStringLiteral("шахматы"));
    mentor.desiredAgeFrom = 11;
    mentor.desiredAgeTo = 13;
    Match::Settings s;

    const Match::Explanation x = Match::explain(mentee, mentor, s, d.words());
    REQUIRE(x.exclusion == Exclusion::None);
    auto part = [&](Criterion c) { return *std::find_if(x.parts.begin(), x.parts.end(), [c](auto &p) { return p.criterion == c; }); };
    CHECK(part(Criterion::Request).value == Approx(2.0 / 4)); // олимпиад, математ of 4 words
    CHECK(part(Criterion::Request).detail == QStringLiteral("совпало: олимпиаде, математике"));
    CHECK(part(Criterion::Interests).value == 1.0);            // the mentor's one interest is shared
    CHECK(part(Criterion::Age).value == 1.0);                  // 12 within 11–13
    CHECK(part(Criterion::Classes).value == 1.0);              // 10th mentors 7th: 3 grades
    CHECK_FALSE(part(Criterion::Schedule).applies);
    CHECK(part(Criterion::Schedule).detail == QStringLiteral("нет данных"));
    // Request 3 × 0.5 + interests 2 × 1 + age 1 + classes 1 over weights 3 + 2 + 1 + 1.
    CHECK(x.score == Approx(100.0 * (1.5 + 2 + 1 + 1) / 7));
    CHECK(Match::score(mentee, mentor, s) == Approx(x.score));

    SECTION("a switched-off criterion takes no part")
    {
        s.weight[int(Criterion::Request)] = 0;
        CHECK(Match::score(mentee, mentor, s) == Approx(100.0));
    }
    SECTION("mutual choice counts fully, a one-sided one half")
    {
        mentee.answeredPreferences = true;
        mentee.prefers = {2};
        const double oneSided = Match::score(mentee, mentor, s);
        mentor.prefers = {1};
        CHECK(Match::score(mentee, mentor, s) > oneSided);
    }
}

TEST_CASE("hard rules exclude a pair", "[match]")
{
    Candidate mentee = pupil(1, 7, QDate(2012, 3, 1));
    Candidate mentor = pupil(2, 10, QDate(2009, 5, 1));
    Match::Settings s;
    CHECK(Match::exclusion(mentee, mentor, s) == Exclusion::None);
    mentor.consentValid = false;
    CHECK(Match::exclusion(mentee, mentor, s) == Exclusion::MentorConsent);
    s.consentRuleOn = false;
    CHECK(Match::exclusion(mentee, mentor, s) == Exclusion::None);
    mentee.formId = 1;
    mentor.formId = 2;
    CHECK(Match::exclusion(mentee, mentor, s) == Exclusion::WrongForm);
    mentor.formId = 1;
    mentor.birthDate = QDate(2013, 1, 1); // younger than the mentee
    mentor.age = 11;
    CHECK(Match::exclusion(mentee, mentor, s) == Exclusion::MentorTooYoung);
    s.ageRuleOn = false;                  // reverse mentoring
    CHECK(Match::exclusion(mentee, mentor, s) == Exclusion::None);
}
