// What a screen reader says and what a high-density screen shows: every control the keyboard reaches
// in the windows has a name, and every icon is drawn sharp at twice the size.
#include "gui/EventsDialog.h"
#include "gui/KpiDefinitionsDialog.h"
#include "gui/MainWindow.h"
#include "gui/MenteeProfileDialog.h"
#include "gui/MentorProfileDialog.h"
#include "gui/PartnerDialog.h"
#include "gui/PersonDialog.h"
#include "gui/ReportsDialog.h"
#include "gui/RoadmapImportDialog.h"
#include "gui/ServerDialog.h"
#include "gui/SurveysDialog.h"
#include "gui/WelcomeDialog.h"
#include "support/TestSupport.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDirIterator>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
// The controls of a window the Tab key stops at that have nothing for a screen reader to say.
QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // The edit inside a spin box or a combo box speaks through its owner, which is checked itself.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        // A tab widget passes the focus to its tab bar, which says the tab's name, and is checked itself.
        if (qobject_cast<QTabWidget *>(w))
            continue;
        // The viewport of a table or a chart speaks through its view.
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
            continue;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
        if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 «%2»").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

void checkNamed(QWidget *window, const char *what)
{
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window));
    INFO(what << ": " << unnamedControls(window).join(QStringLiteral(", ")));
    CHECK(unnamedControls(window).isEmpty());
}
} // namespace

TEST_CASE("every control the keyboard reaches has an accessible name", "[gui]")
{
    auto opened = Database::open(demoDatabasePath());
    REQUIRE(opened.ok());
    DatabasePtr db = opened.value();
    MainWindow window(db);
    window.setCurrentYear(2024);
    window.show();
    for (RegistryKind kind : {RegistryKind::People, RegistryKind::Mentees, RegistryKind::Mentors, RegistryKind::Partners}) {
        window.showRegistry(kind);
        window.waitForRegistries();
        checkNamed(&window, "registry");
    }
    window.showRoadmap();
    checkNamed(&window, "roadmap");
    window.showDashboard();
    checkNamed(&window, "dashboard");
    window.showMatching();
    checkNamed(&window, "matching");
    window.showPairs();
    checkNamed(&window, "pairs");

    PersonDialog person(db);
    checkNamed(&person, "person");
    MenteeProfileDialog mentee(db, 2024);
    checkNamed(&mentee, "mentee profile");
    MentorProfileDialog mentor(db, 2024);
    checkNamed(&mentor, "mentor profile");
    PartnerDialog partner;
    checkNamed(&partner, "partner");
    SurveysDialog surveys(db, 2024);
    checkNamed(&surveys, "surveys");
    EventsDialog events(db, 2024);
    checkNamed(&events, "events");
    ReportsDialog reports(db, {2024}, 2024);
    checkNamed(&reports, "reports");
    ServerDialog server;
    checkNamed(&server, "server");
    WelcomeDialog welcome;
    checkNamed(&welcome, "welcome");
    KpiDefinitionsDialog definitions(KpiService(db).definitions(), Kpi::Settings());
    checkNamed(&definitions, "KPI definitions");
    RoadmapImportDialog roadmapImport(2024);
    REQUIRE(roadmapImport.setFile(QStringLiteral(KURATOR_TEST_DATA "/office/roadmap_000.xlsx")).ok());
    checkNamed(&roadmapImport, "roadmap import");
}

TEST_CASE("the icons are drawn sharp on a high-density screen", "[gui]")
{
    int icons = 0;
    for (QDirIterator it(QStringLiteral(":/icons")); it.hasNext();) {
        const QString path = it.next();
        INFO(path.toStdString());
        CHECK(path.endsWith(QStringLiteral(".svg"))); // drawn at any size, never scaled from a bitmap
        const QIcon icon(path);
        CHECK(icon.availableSizes().isEmpty()); // scalable: no fixed sizes to pick from
        const QPixmap twice = icon.pixmap(QSize(24, 24), 2.0);
        CHECK(twice.size() == QSize(48, 48));
        CHECK(twice.devicePixelRatio() == 2.0);
        const QImage image = twice.toImage();
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += qAlpha(image.pixel(x, y)) > 0;
        CHECK(drawn > 48 * 48 / 20); // the picture is there, not an empty square
        ++icons;
    }
    CHECK(icons >= 10);
}
