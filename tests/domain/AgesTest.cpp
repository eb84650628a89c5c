#include "domain/Ages.h"

#include <catch2/catch.hpp>

TEST_CASE("age on a date counts full years, birthday included")
{
    const QDate birth(2011, 9, 1);
    CHECK(Ages::ageOn(birth, QDate(2024, 8, 31)) == 12);
    CHECK(Ages::ageOn(birth, QDate(2024, 9, 1)) == 13);
    CHECK(Ages::ageOn(birth, QDate(2011, 9, 1)) == 0);
    CHECK_FALSE(Ages::ageOn(birth, QDate(2011, 8, 31)).has_value());
    CHECK_FALSE(Ages::ageOn(QDate(), QDate(2024, 1, 1)).has_value());
}

TEST_CASE("a person born on 29 February gets a year older on 1 March in common years")
{
    const QDate leap(2012, 2, 29);
    CHECK(Ages::ageOn(leap, QDate(2023, 2, 28)) == 10);
    CHECK(Ages::ageOn(leap, QDate(2023, 3, 1)) == 11);
    CHECK(Ages::ageOn(leap, QDate(2024, 2, 29)) == 12);
}

TEST_CASE("minor until the 18th birthday")
{
    CHECK(Ages::isMinorOn(QDate(2006, 5, 10), QDate(2024, 5, 9)));
    CHECK_FALSE(Ages::isMinorOn(QDate(2006, 5, 10), QDate(2024, 5, 10)));
    CHECK_FALSE(Ages::isMinorOn(QDate(), QDate(2024, 5, 10)));
}

TEST_CASE("young specialist: at most three full years of experience, optionally under 35")
{
    const QDate on(2024, 12, 31);
    const QDate born(1995, 3, 1);
    CHECK(Ages::isYoungSpecialist(QDate(2021, 9, 1), born, on));        // 3 full years
    CHECK_FALSE(Ages::isYoungSpecialist(QDate(2020, 9, 1), born, on));  // 4 full years
    CHECK(Ages::isYoungSpecialist(QDate(2024, 9, 1), born, on));        // first year
    CHECK_FALSE(Ages::isYoungSpecialist(QDate(), born, on));            // not a teacher

    Ages::YoungSpecialistRule rule;
    rule.maxAge = 35;
    CHECK(Ages::isYoungSpecialist(QDate(2023, 9, 1), QDate(1990, 1, 1), on, rule));       // 34
    CHECK_FALSE(Ages::isYoungSpecialist(QDate(2023, 9, 1), QDate(1989, 12, 31), on, rule)); // 35
    rule.maxExperienceYears = 1;
    CHECK_FALSE(Ages::isYoungSpecialist(QDate(2022, 9, 1), QDate(1995, 1, 1), on, rule));
}
