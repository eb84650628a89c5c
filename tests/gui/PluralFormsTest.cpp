// Russian plural forms: the numbers of the UI agree with their words through tr() with %n and the
// forms of kurator_ru.ts, as a curator with a Russian desktop sees them.
#include "gui/MatchingView.h"

#include <QCoreApplication>
#include <QTranslator>
#include <catch2/catch.hpp>

TEST_CASE("a count agrees with its word in Russian: 1 год, 3 года, 5 лет, 21 год", "[gui]")
{
    QTranslator russian;
    REQUIRE(russian.load(QStringLiteral("kurator_ru"), QStringLiteral(KURATOR_QM_DIR)));
    QCoreApplication::installTranslator(&russian);
    auto age = [](int n) { return MatchingView::tr("%1 (%n лет)", nullptr, n).arg(QStringLiteral("01.09.2011")); };
    CHECK(age(1) == QStringLiteral("01.09.2011 (1 год)"));
    CHECK(age(3) == QStringLiteral("01.09.2011 (3 года)"));
    CHECK(age(5) == QStringLiteral("01.09.2011 (5 лет)"));
    CHECK(age(11) == QStringLiteral("01.09.2011 (11 лет)"));
    CHECK(age(21) == QStringLiteral("01.09.2011 (21 год)"));
    auto quiet = [](int n) { return QCoreApplication::translate("PairWork", "нет встреч %n дн.", nullptr, n); };
    CHECK(quiet(31) == QStringLiteral("нет встреч 31 день"));
    CHECK(quiet(33) == QStringLiteral("нет встреч 33 дня"));
    CHECK(quiet(35) == QStringLiteral("нет встреч 35 дней"));
    QCoreApplication::removeTranslator(&russian);
}
