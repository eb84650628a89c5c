#include "domain/Achievement.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

TEST_CASE("achievements: kinds and levels as curators write them, and what is refused", "[achievement]")
{
    CHECK(Achievements::kindCode(QStringLiteral("Диплом победителя")) == QStringLiteral("diploma"));
    CHECK(Achievements::kindCode(QStringLiteral("грамота")) == QStringLiteral("merit"));
    CHECK(Achievements::kindCode(QStringLiteral("Благодарственное письмо")) == QStringLiteral("merit"));
    CHECK(Achievements::kindCode(QStringLiteral("сертификат участника")) == QStringLiteral("certificate"));
    CHECK(Achievements::kindCode(QStringLiteral("участие")) == QStringLiteral("participation"));
    CHECK(Achievements::kindCode(QStringLiteral("diploma")) == QStringLiteral("diploma"));
    CHECK(Achievements::kindCode(QStringLiteral("медаль")).isEmpty());
    CHECK(Achievements::levelCode(QStringLiteral("Региональный")) == QStringLiteral("regional"));
    CHECK(Achievements::levelCode(QStringLiteral("всероссийский")) == QStringLiteral("federal"));
    CHECK(Achievements::levelCode(QStringLiteral("муниципальный этап")) == QStringLiteral("municipal"));
    CHECK(Achievements::levelCode(QStringLiteral("галактический")).isEmpty());
    CHECK(Achievements::kindTitle(QStringLiteral("merit")) == QStringLiteral("грамота"));

    const QDate today(2024, 11, 15);
    Achievement a;
    a.kind = QStringLiteral("diploma");
    a.level = QStringLiteral("regional");
    a.title = QStringLiteral("Олимпиада по математике");
    a.achievedOn = QDate(2024, 11, 1);
    CHECK(Achievements::check(a, today));
    Achievement noTitle = a;
    noTitle.title = QStringLiteral("  ");
    CHECK_FALSE(Achievements::check(noTitle, today));
    Achievement future = a;
    future.achievedOn = QDate(2024, 12, 1);
    CHECK(Achievements::check(future, today).error().contains(QStringLiteral("01.12.2024")));
    Achievement badKind = a;
    badKind.kind = QStringLiteral("medal");
    CHECK_FALSE(Achievements::check(badKind, today));
    Achievement noLevel = a;
    noLevel.level.clear();
    CHECK(Achievements::check(noLevel, today));
}
