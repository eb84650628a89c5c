#include "domain/AcademicYear.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

TEST_CASE("a school year runs from 1 September to 31 August")
{
    const AcademicYear year(2024);
    CHECK(year.firstDay() == QDate(2024, 9, 1));
    CHECK(year.lastDay() == QDate(2025, 8, 31));
    CHECK(year.contains(QDate(2024, 9, 1)));
    CHECK(year.contains(QDate(2025, 8, 31)));
    CHECK_FALSE(year.contains(QDate(2024, 8, 31)));
    CHECK_FALSE(year.contains(QDate(2025, 9, 1)));
    CHECK(year.title() == QStringLiteral("2024–2025"));
}

TEST_CASE("the school year containing a date")
{
    CHECK(AcademicYear::containing(QDate(2024, 8, 31)).startYear() == 2023);
    CHECK(AcademicYear::containing(QDate(2024, 9, 1)).startYear() == 2024);
    CHECK(AcademicYear::containing(QDate(2025, 1, 15)).startYear() == 2024);
}

TEST_CASE("school years are read as people write them")
{
    CHECK(AcademicYear::parse(QStringLiteral("2024–2025"))->startYear() == 2024);
    CHECK(AcademicYear::parse(QStringLiteral("2024-2025"))->startYear() == 2024);
    CHECK(AcademicYear::parse(QStringLiteral(" 2023 / 2024 "))->startYear() == 2023);
    CHECK(AcademicYear::parse(QStringLiteral("2022"))->startYear() == 2022);
    CHECK_FALSE(AcademicYear::parse(QStringLiteral("2024–2026")).has_value());
    CHECK_FALSE(AcademicYear::parse(QStringLiteral("осень")).has_value());
}
