#include "storage/RoadmapRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

TEST_CASE("a roadmap and its activities round-trip through the store")
{
    TempDatabase t;
    RoadmapRepository repo(t.db->connection());
    const qint64 id = repo.insert({0, 2024, QStringLiteral("Дорожная карта 2024–2025"), QStringLiteral("шаблон")}).value();

    RoadmapItem a;
    a.number = QStringLiteral("1.1");
    a.section = QStringLiteral("Организационный этап");
    a.activity = QStringLiteral("Формирование базы наставляемых");
    a.deadline = DeadlineParser::parse(QStringLiteral("ежеквартально"), AcademicYear(2024));
    a.owners = QStringLiteral("куратор");
    a.kpi = RoadmapCodes::parseKpi(QStringLiteral("не менее 70 %"));
    RoadmapItem b;
    b.activity = QStringLiteral("Публикации о наставничестве");
    b.deadline = DeadlineParser::parse(QStringLiteral("по согласованию"), AcademicYear(2024));
    b.kpiActualManual = 3;
    REQUIRE(repo.insertItems(id, {a, b}).ok());

    const QList<RoadmapItem> items = repo.items(2024);
    REQUIRE(items.size() == 2);
    const RoadmapItem &first = items[0];
    CHECK(first.position == 1);
    CHECK(first.number == a.number);
    CHECK(first.section == a.section);
    CHECK(first.deadline.text == QStringLiteral("ежеквартально"));
    CHECK(first.deadline.from == QDate(2024, 9, 1));
    CHECK(first.deadline.to == QDate(2025, 8, 31));
    CHECK(first.deadline.recurrence == Recurrence::Quarterly);
    CHECK(first.kpi.value == 70.0);
    CHECK(first.kpi.unit == QStringLiteral("%"));
    CHECK_FALSE(first.kpiActualManual);
    CHECK_FALSE(items[1].deadline.isRecognised());
    CHECK(items[1].deadline.text == QStringLiteral("по согласованию"));
    CHECK(items[1].kpiActualManual == 3.0);
    CHECK(repo.items(2023).isEmpty());

    RoadmapItem done = first;
    done.status = RoadmapStatus::Done;
    done.evidence = QStringLiteral("приказ № 12");
    REQUIRE(repo.updateItem(done).ok());
    CHECK(repo.itemsOf(id).first().status == RoadmapStatus::Done);
    CHECK(repo.itemsOf(id).first().evidence == done.evidence);
    REQUIRE(repo.roadmaps(2024).size() == 1);
    REQUIRE(repo.remove(id).ok());
    CHECK(repo.items(2024).isEmpty());
}
