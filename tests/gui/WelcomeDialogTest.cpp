// The first run's screen: the curator's own school created in a new file, or a recent one opened.
#include "domain/Kpi.h"
#include "gui/MainWindow.h"
#include "gui/RecentStores.h"
#include "gui/WelcomeDialog.h"
#include "services/KpiService.h"
#include "storage/SchoolRepository.h"
#include "support/TestSupport.h"
#include "support/Typing.h"

#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QMimeData>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace {
template <typename T> T *child(const WelcomeDialog &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    REQUIRE(widget != nullptr);
    return widget;
}
} // namespace

TEST_CASE("the welcome screen creates the curator's school with its year and contingent", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("лицей.sqlite"));
    WelcomeDialog welcome;
    welcome.setNewStorePath(path);
    welcome.show();

    // Nothing typed: the name is asked for and no file is made.
    QTest::mouseClick(child<QPushButton>(welcome, "createButton"), Qt::LeftButton);
    CHECK(child<QLabel>(welcome, "problemsLabel")->text() == QStringLiteral("Укажите название школы."));
    CHECK(child<QLabel>(welcome, "problemsLabel")->isVisible());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(welcome.result() != QDialog::Accepted);

    typeText(child<QLineEdit>(welcome, "nameEdit"), QStringLiteral("МАОУ «Лицей № 3»"));
    auto *years = child<QComboBox>(welcome, "yearCombo");
    years->setCurrentIndex(2); // the next school year
    const int nextYear = years->currentData().toInt();
    child<QSpinBox>(welcome, "contingent_teachers")->setValue(48);
    child<QSpinBox>(welcome, "contingent_young_teachers")->setValue(50);
    QTest::mouseClick(child<QPushButton>(welcome, "createButton"), Qt::LeftButton);
    CHECK(child<QLabel>(welcome, "problemsLabel")->text().contains(QStringLiteral("Молодых педагогов (50)")));
    CHECK_FALSE(QFileInfo::exists(path));

    child<QSpinBox>(welcome, "contingent_young_teachers")->setValue(6);
    QTest::mouseClick(child<QPushButton>(welcome, "createButton"), Qt::LeftButton);
    REQUIRE(welcome.result() == QDialog::Accepted);
    REQUIRE(welcome.database() != nullptr);
    CHECK(welcome.database()->path() == path);
    CHECK(welcome.startYear() == nextYear);
    CHECK((QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK(SchoolRepository(welcome.database()->connection()).home().name == QStringLiteral("МАОУ «Лицей № 3»"));
    const QMap<QString, int> expected{{Kpi::ContingentTeachers, 48}, {Kpi::ContingentYoungTeachers, 6}};
    CHECK(KpiService(welcome.database()).yearSettings(nextYear).contingent == expected);

    // A second school may not overwrite the first one's file.
    WelcomeDialog again;
    again.setNewStorePath(path);
    typeText(child<QLineEdit>(again, "nameEdit"), QStringLiteral("Другая школа"));
    CHECK_FALSE(again.createSchool());
    CHECK(child<QLabel>(again, "problemsLabel")->text().contains(QStringLiteral("уже есть")));
}

TEST_CASE("the welcome screen opens a recent school with Enter", "[gui]")
{
    TempDatabase school;
    const QString path = school.path();
    school.db.reset();
    RecentStores::remember(path);

    WelcomeDialog welcome;
    welcome.show();
    auto *recent = child<QListWidget>(welcome, "recentList");
    REQUIRE(recent->count() >= 1);
    CHECK(recent->currentItem()->data(Qt::UserRole).toString() == path);
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Return);
    REQUIRE(welcome.result() == QDialog::Accepted);
    CHECK(welcome.database()->path() == path);
    CHECK(welcome.startYear() == 0);
}

TEST_CASE("a school file dropped on the welcome screen or the window opens; a picture does not", "[gui]")
{
    TempDatabase first, second;
    const QString firstPath = first.path(), secondPath = second.path();
    first.db.reset();
    second.db.reset();
    const auto drop = [](QWidget *target, const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
        QTest::qWait(50); // the file opens after the drop has returned
        return true;
    };

    WelcomeDialog welcome;
    welcome.show();
    CHECK_FALSE(drop(&welcome, QStringLiteral("/tmp/photo.png")));
    CHECK_FALSE(drop(&welcome, QStringLiteral("/tmp/answers.csv"))); // no school to import into yet
    REQUIRE(drop(&welcome, firstPath));
    REQUIRE(welcome.result() == QDialog::Accepted);
    CHECK(welcome.database()->path() == firstPath);

    MainWindow window(welcome.database());
    window.show();
    REQUIRE(drop(&window, secondPath));
    window.waitForRegistries();
    CHECK(RecentStores::list().first() == secondPath);
}
