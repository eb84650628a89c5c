// «Файл › Недавние базы»: the files opened lately, newest first, each a click away.
#include "gui/MainWindow.h"
#include "gui/RecentStores.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QMenu>
#include <catch2/catch.hpp>

TEST_CASE("the files opened lately are a click away in the File menu", "[gui]")
{
    TempDatabase first, second;
    const QString firstPath = first.path(), secondPath = second.path();
    first.db.reset();
    second.db.reset();
    auto opened = Database::open(firstPath);
    REQUIRE(opened.ok());
    MainWindow window(opened.value());
    window.openDatabase(secondPath);
    REQUIRE(RecentStores::list().mid(0, 2) == QStringList{secondPath, firstPath});

    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    REQUIRE(menu != nullptr);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    REQUIRE(menu->actions().size() >= 2);
    CHECK(menu->actions().at(0)->data().toString() == secondPath);
    CHECK(menu->actions().at(0)->text().startsWith(QStringLiteral("&1")));
    menu->actions().at(1)->trigger(); // back to the first file
    window.waitForRegistries();
    CHECK(RecentStores::list().first() == firstPath);
    // A file gone from the disk is no longer offered.
    RecentStores::remember(QStringLiteral("/nonexistent/gone.sqlite"));
    CHECK_FALSE(RecentStores::list().contains(QStringLiteral("/nonexistent/gone.sqlite")));
}
