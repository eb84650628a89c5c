#include "domain/Deadline.h"

#include <catch2/catch.hpp>

namespace {
struct Expected
{
    const char *text;
    int startYear; // the school year the roadmap is for
    QDate from, to;
    Recurrence recurrence;
};

void check(const Expected &e)
{
    const QString text = QString::fromUtf8(e.text);
    const Deadline d = DeadlineParser::parse(text, AcademicYear(e.startYear));
    INFO(e.text << " -> " << d.from.toString(Qt::ISODate).toStdString() << " .. " << d.to.toString(Qt::ISODate).toStdString());
    CHECK(d.text == text.trimmed());
    CHECK(d.from == e.from);
    CHECK(d.to == e.to);
    CHECK(d.recurrence == e.recurrence);
}
}

// Every deadline wording of the five seed roadmaps, with the period worked out by hand.
TEST_CASE("deadlines of seed 000 (2024–2025)")
{
    const Expected cases[] = {
        {"Октябрь 2024", 2024, {2024, 10, 1}, {2024, 10, 31}, Recurrence::Once},
        {"Ноябрь 2024", 2024, {2024, 11, 1}, {2024, 11, 30}, Recurrence::Once},
        {"Май 2025", 2024, {2025, 5, 1}, {2025, 5, 31}, Recurrence::Once},
        {"Май - 2025", 2024, {2025, 5, 1}, {2025, 5, 31}, Recurrence::Once},
        {"Октябрь - ноябрь 2024", 2024, {2024, 10, 1}, {2024, 11, 30}, Recurrence::Once},
        {"Октябрь – Ноябрь 2024", 2024, {2024, 10, 1}, {2024, 11, 30}, Recurrence::Once},
        {"Декабрь – апрель 2025", 2024, {2024, 12, 1}, {2025, 4, 30}, Recurrence::Once},
        {"Октябрь – апрель 2025", 2024, {2024, 10, 1}, {2025, 4, 30}, Recurrence::Once},
        {"Декабрь 2023 Май 2025", 2024, {2023, 12, 1}, {2025, 5, 31}, Recurrence::Once},
        {"В течение 2024 - 2025 г.", 2024, {2024, 9, 1}, {2025, 8, 31}, Recurrence::Continuous},
        {"В течение 2024 – 2025 г.", 2024, {2024, 9, 1}, {2025, 8, 31}, Recurrence::Continuous},
        {"В течение 2024- 2025 г.", 2024, {2024, 9, 1}, {2025, 8, 31}, Recurrence::Continuous},
        {"«13» сентября 2024 г.", 2024, {2024, 9, 13}, {2024, 9, 13}, Recurrence::Once},
    };
    for (const Expected &e : cases)
        check(e);
}

TEST_CASE("deadlines of seed 002 (municipal, 2023–2024)")
{
    const Expected cases[] = {
        {"14.09.", 2023, {2023, 9, 14}, {2023, 9, 14}, Recurrence::Once},
        {"6.10.", 2023, {2023, 10, 6}, {2023, 10, 6}, Recurrence::Once},
        {"« 29.09 »", 2023, {2023, 9, 29}, {2023, 9, 29}, Recurrence::Once},
        {"25-29.08.2023", 2023, {2023, 8, 25}, {2023, 8, 29}, Recurrence::Once},
        {"28.08.2023 г", 2023, {2023, 8, 28}, {2023, 8, 28}, Recurrence::Once},
        {"29.08. 2023", 2023, {2023, 8, 29}, {2023, 8, 29}, Recurrence::Once},
        {"30.01.2024", 2023, {2024, 1, 30}, {2024, 1, 30}, Recurrence::Once},
        {"4.04. 2024г", 2023, {2024, 4, 4}, {2024, 4, 4}, Recurrence::Once},
        {"5.03. 2024г", 2023, {2024, 3, 5}, {2024, 3, 5}, Recurrence::Once},
        {"до 02.10.2023", 2023, {2023, 10, 2}, {2023, 10, 2}, Recurrence::Once},
        {"до 10.10.2023", 2023, {2023, 10, 10}, {2023, 10, 10}, Recurrence::Once},
        {"до 30.11.2023", 2023, {2023, 11, 30}, {2023, 11, 30}, Recurrence::Once},
        {"апрель", 2023, {2024, 4, 1}, {2024, 4, 30}, Recurrence::Once},
        {"декабрь", 2023, {2023, 12, 1}, {2023, 12, 31}, Recurrence::Once},
        {"май", 2023, {2024, 5, 1}, {2024, 5, 31}, Recurrence::Once},
        {"октябрь-ноябрь", 2023, {2023, 10, 1}, {2023, 11, 30}, Recurrence::Once},
        {"сентябрь-октябрь", 2023, {2023, 9, 1}, {2023, 10, 31}, Recurrence::Once},
        {"в течение года", 2023, {2023, 9, 1}, {2024, 8, 31}, Recurrence::Continuous},
        {"систематически", 2023, {2023, 9, 1}, {2024, 8, 31}, Recurrence::Continuous},
        {"ежеквартально", 2023, {2023, 9, 1}, {2024, 8, 31}, Recurrence::Quarterly},
        {"2 раза в год", 2023, {2023, 9, 1}, {2024, 8, 31}, Recurrence::TwiceAYear},
        {"каждые полгода", 2023, {2023, 9, 1}, {2024, 8, 31}, Recurrence::TwiceAYear},
        {"ежемесячно в течение 2023-24 учебного года", 2023, {2023, 9, 1}, {2024, 8, 31}, Recurrence::Monthly},
    };
    for (const Expected &e : cases)
        check(e);
}

TEST_CASE("deadlines of seed 003 (college, from 2020–2021)")
{
    const Expected cases[] = {
        {"август", 2020, {2021, 8, 1}, {2021, 8, 31}, Recurrence::Once},
        {"сентябрь", 2020, {2020, 9, 1}, {2020, 9, 30}, Recurrence::Once},
        {"октябрь", 2020, {2020, 10, 1}, {2020, 10, 31}, Recurrence::Once},
        {"январь", 2020, {2021, 1, 1}, {2021, 1, 31}, Recurrence::Once},
        {"февраль", 2020, {2021, 2, 1}, {2021, 2, 28}, Recurrence::Once},
        {"июнь,", 2020, {2021, 6, 1}, {2021, 6, 30}, Recurrence::Once},
        {"декабрь,", 2020, {2020, 12, 1}, {2020, 12, 31}, Recurrence::Once},
        {"декабрь 2020,", 2020, {2020, 12, 1}, {2020, 12, 31}, Recurrence::Once},
        {"ноябрь2020,", 2020, {2020, 11, 1}, {2020, 11, 30}, Recurrence::Once},
        {"ноябрь-", 2020, {2020, 11, 1}, {2020, 11, 30}, Recurrence::Once},
        {"январь-февраль", 2020, {2021, 1, 1}, {2021, 2, 28}, Recurrence::Once},
        {"март-ноябрь", 2020, {2021, 3, 1}, {2021, 11, 30}, Recurrence::Once},
        {"ежегодно", 2020, {2020, 9, 1}, {2021, 8, 31}, Recurrence::Yearly},
        {"ежегодно,", 2020, {2020, 9, 1}, {2021, 8, 31}, Recurrence::Yearly},
        {"в течение года, ежегодно", 2020, {2020, 9, 1}, {2021, 8, 31}, Recurrence::Yearly},
        {"ежегодно по мере необходимости", 2020, {2020, 9, 1}, {2021, 8, 31}, Recurrence::Yearly},
        {"по мере необходимости", 2020, {2020, 9, 1}, {2021, 8, 31}, Recurrence::AsNeeded},
    };
    for (const Expected &e : cases)
        check(e);
}

TEST_CASE("deadlines of seed 004 (municipal programme, 2021–2022)")
{
    const Expected cases[] = {
        {"не позднее 30.06.2021г.", 2021, {2021, 6, 30}, {2021, 6, 30}, Recurrence::Once},
        {"не позднее 30.09.2021г.", 2021, {2021, 9, 30}, {2021, 9, 30}, Recurrence::Once},
        {"не позднее 30.10.2021г.", 2021, {2021, 10, 30}, {2021, 10, 30}, Recurrence::Once},
        {"постоянно", 2021, {2021, 9, 1}, {2022, 8, 31}, Recurrence::Continuous},
    };
    for (const Expected &e : cases)
        check(e);
}

TEST_CASE("other wordings curators use")
{
    const Expected cases[] = {
        {"15 сентября 2023", 2023, {2023, 9, 15}, {2023, 9, 15}, Recurrence::Once},
        {"до 15 января", 2023, {2024, 1, 15}, {2024, 1, 15}, Recurrence::Once},
        {"10.10.2023 – 20.10.2023", 2023, {2023, 10, 10}, {2023, 10, 20}, Recurrence::Once},
        {"сентябрь – май", 2023, {2023, 9, 1}, {2024, 5, 31}, Recurrence::Once},
        {"I полугодие", 2023, {2023, 9, 1}, {2023, 12, 31}, Recurrence::Once},
        {"2 полугодие", 2023, {2024, 1, 1}, {2024, 5, 31}, Recurrence::Once},
        {"ежемесячно", 2023, {2023, 9, 1}, {2024, 8, 31}, Recurrence::Monthly},
        {"1 раз в год", 2023, {2023, 9, 1}, {2024, 8, 31}, Recurrence::Yearly},
        {"Февраль 2024", 2023, {2024, 2, 1}, {2024, 2, 29}, Recurrence::Once},
    };
    for (const Expected &e : cases)
        check(e);
}

TEST_CASE("a deadline that cannot be read is kept as written and not guessed")
{
    for (const char *text : {"по согласованию", "31.02.2024", "до 10.13.2023", "после", "", "скоро 2024-2030",
                             "30-25.08.2023"}) {
        const Deadline d = DeadlineParser::parse(QString::fromUtf8(text), AcademicYear(2023));
        INFO(text);
        CHECK_FALSE(d.isRecognised());
        CHECK(d.text == QString::fromUtf8(text));
        CHECK(d.occurrences().isEmpty());
    }
}

TEST_CASE("recurring activities produce their occurrences")
{
    const AcademicYear year(2023);
    auto occurrences = [&](const char *text) { return DeadlineParser::parse(QString::fromUtf8(text), year).occurrences(); };
    const QList<QDate> monthly = occurrences("ежемесячно");
    REQUIRE(monthly.size() == 9);
    CHECK(monthly.first() == QDate(2023, 9, 30));
    CHECK(monthly.last() == QDate(2024, 5, 31));
    CHECK(occurrences("ежеквартально") == QList<QDate>{{2023, 9, 30}, {2023, 12, 31}, {2024, 3, 31}, {2024, 6, 30}});
    CHECK(occurrences("2 раза в год") == QList<QDate>{{2023, 12, 31}, {2024, 5, 31}});
    CHECK(occurrences("ежегодно") == QList<QDate>{{2024, 5, 31}});
    CHECK(occurrences("Октябрь - ноябрь 2023") == QList<QDate>{{2023, 11, 30}});
    CHECK(occurrences("в течение года").isEmpty());
    CHECK(DeadlineParser::recurrenceFromCode(DeadlineParser::recurrenceCode(Recurrence::TwiceAYear)) == Recurrence::TwiceAYear);
}
