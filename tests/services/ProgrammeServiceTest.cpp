#include "services/PairService.h"
#include "services/ProgrammeService.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

TEST_CASE("programmes of mentoring: the card checked and saved, pairs attached, removal guarded, undo", "[programme]")
{
    DemoCopy demo;
    ProgrammeService programmes(*demo.db);
    Programme g;
    g.title = QStringLiteral("  ");
    CHECK_FALSE(programmes.save(g).ok());
    g.title = QStringLiteral("«Шаг в профессию»");
    g.targetAudience = QStringLiteral("обучающиеся 8–11 классов");
    g.periodFrom = QDate(2024, 10, 1);
    g.periodTo = QDate(2024, 9, 1);
    CHECK(programmes.save(g).error().contains(QStringLiteral("раньше начала")));
    g.periodTo = QDate(2025, 5, 31);
    g.publicationLink = QStringLiteral("школа сайт");
    CHECK_FALSE(programmes.save(g).ok());
    g.publicationLink = QStringLiteral("https://school.example/mentoring");
    g.goals = QStringLiteral("Осознанный выбор профессии");
    const auto id = programmes.save(g);
    REQUIRE(id);
    g.id = id.value();
    CHECK(programmes.find(g.id)->goals == QStringLiteral("Осознанный выбор профессии"));
    g.actualResults = QStringLiteral("12 проектов защищено");
    REQUIRE(programmes.save(g));
    CHECK(programmes.find(g.id)->actualResults == QStringLiteral("12 проектов защищено"));

    PairService pairs(*demo.db);
    const qint64 pairId = pairs.rows(2024, QDate(2024, 11, 15)).first().pair.id;
    REQUIRE(programmes.attach(pairId, g.id));
    CHECK(pairs.card(pairId)->programme == g.title);
    CHECK(programmes.find(g.id)->pairCount == 1);
    CHECK(programmes.remove(g.id).error().contains(QStringLiteral("открепите")));
    REQUIRE(programmes.attach(pairId, 0));
    CHECK(pairs.card(pairId)->programme.isEmpty());
    const Programme before = programmes.find(g.id).value();
    REQUIRE(programmes.remove(g.id));
    CHECK(programmes.list().isEmpty());
    REQUIRE(programmes.restore(before));
    CHECK(programmes.find(g.id)->title == g.title.trimmed());
}
