#include "domain/RoadmapItem.h"

#include <catch2/catch.hpp>

namespace {
RoadmapItem itemDue(const char *deadline, RoadmapStatus status = RoadmapStatus::Planned)
{
    RoadmapItem item;
    item.activity = QStringLiteral("Формирование базы наставников");
    item.deadline = DeadlineParser::parse(QString::fromUtf8(deadline), AcademicYear(2024));
    item.status = status;
    return item;
}
}

TEST_CASE("a roadmap activity is overdue once its period has passed and it is not done")
{
    const RoadmapItem october = itemDue("Октябрь 2024");
    CHECK_FALSE(october.isOverdueOn(QDate(2024, 10, 31)));
    CHECK(october.isOverdueOn(QDate(2024, 11, 1)));
    CHECK_FALSE(itemDue("Октябрь 2024", RoadmapStatus::Done).isOverdueOn(QDate(2024, 11, 1)));
    CHECK_FALSE(itemDue("Октябрь 2024", RoadmapStatus::Cancelled).isOverdueOn(QDate(2024, 11, 1)));
    CHECK_FALSE(itemDue("по согласованию").isOverdueOn(QDate(2030, 1, 1)));
}

TEST_CASE("the roadmap traffic light")
{
    CHECK(itemDue("Октябрь 2024").lightOn(QDate(2024, 9, 10)) == RoadmapLight::OnTrack);
    CHECK(itemDue("Октябрь 2024").lightOn(QDate(2024, 10, 20)) == RoadmapLight::AtRisk);
    CHECK(itemDue("Октябрь 2024", RoadmapStatus::InProgress).lightOn(QDate(2024, 10, 20)) == RoadmapLight::OnTrack);
    CHECK(itemDue("Октябрь 2024").lightOn(QDate(2024, 11, 2)) == RoadmapLight::Overdue);
    CHECK(itemDue("Октябрь 2024", RoadmapStatus::Done).lightOn(QDate(2024, 11, 2)) == RoadmapLight::Done);
    CHECK(itemDue("по согласованию").lightOn(QDate(2024, 11, 2)) == RoadmapLight::Unscheduled);
    // A quarterly report is judged by its next occurrence (31 December), not by the end of the year.
    CHECK(itemDue("ежеквартально").lightOn(QDate(2024, 12, 20)) == RoadmapLight::AtRisk);
    CHECK(itemDue("ежеквартально").lightOn(QDate(2024, 11, 2)) == RoadmapLight::OnTrack);
}

TEST_CASE("KPI targets as roadmaps word them")
{
    const KpiTarget share = RoadmapCodes::parseKpi(QStringLiteral("не менее 70 % от общего количества"));
    REQUIRE(share.value);
    CHECK(*share.value == 70);
    CHECK(share.unit == QStringLiteral("%"));
    CHECK(share.comparison == QStringLiteral(">="));
    const KpiTarget publications = RoadmapCodes::parseKpi(QStringLiteral("не менее 5 публикаций"));
    CHECK(*publications.value == 5);
    CHECK(publications.unit == QStringLiteral("публикаций"));
    const KpiTarget full = RoadmapCodes::parseKpi(QStringLiteral("100%"));
    CHECK(*full.value == 100);
    CHECK(RoadmapCodes::parseKpi(QStringLiteral("не более 2,5 %")).comparison == QStringLiteral("<="));
    CHECK(*RoadmapCodes::parseKpi(QStringLiteral("не более 2,5 %")).value == 2.5);
    CHECK_FALSE(RoadmapCodes::parseKpi(QStringLiteral("положительная динамика")).value);
    CHECK(RoadmapCodes::status(RoadmapCodes::code(RoadmapStatus::InProgress)) == RoadmapStatus::InProgress);
}
