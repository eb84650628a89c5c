#include "domain/TextFold.h"
#include "gui/MainWindow.h"
#include "gui/MentorProfileDialog.h"
#include "gui/PairsView.h"
#include "gui/RoadmapView.h"
#include "services/BackupService.h"
#include "gui/RegistryLoader.h"
#include "gui/RegistryView.h"
#include "gui/StoreOpening.h"
#include "services/PeopleService.h"
#include "support/TestSupport.h"
#include "support/Typing.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QStatusBar>
#include <catch2/catch.hpp>

namespace {
// Ёлкина Анна, a teacher, to act on from the registry.
qint64 addTeacher(PeopleService &people)
{
    Person teacher;
    teacher.lastName = QStringLiteral("Ёлкина");
    teacher.firstName = QStringLiteral("Анна");
    teacher.category = PersonCategory::Teacher;
    return people.save({teacher, std::nullopt, {}, std::nullopt}).value().personId;
}

int tableRows(RegistryView *view) { return view->findChild<QTableView *>()->model()->rowCount(); }

// The expected count, computed from the rows' names without the GUI's filter code.
int expectedMatches(const RegistryTable &table, const QString &typed)
{
    const QString needle = TextFold::fold(typed);
    return int(std::count_if(table.records.begin(), table.records.end(), [&](const RegistryRecord &r) {
        return TextFold::fold(r.cells[0].toString()).contains(needle);
    }));
}
}

TEST_CASE("the main window shows every registry and filters as the user types")
{
    auto opened = Database::open(demoDatabasePath());
    REQUIRE(opened.ok());
    MainWindow window(opened.value());
    window.setCurrentYear(2024);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    for (RegistryKind kind : {RegistryKind::People, RegistryKind::Mentees, RegistryKind::Mentors, RegistryKind::Partners}) {
        window.showRegistry(kind);
        window.waitForRegistries();
        RegistryView *view = window.registryView(kind);
        REQUIRE(view->isVisible());
        const RegistryTable &table = view->model()->table();
        CHECK(tableRows(view) == int(table.records.size()));
        CHECK(tableRows(view) > 0);
    }

    window.showRegistry(RegistryKind::People);
    RegistryView *people = window.registryView(RegistryKind::People);
    auto *search = people->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    REQUIRE(search);
    // Type a surname stem with е where the data may have ё, in lower case.
    const QString typed = QStringLiteral("ов");
    CHECK_FALSE(search->isClearButtonEnabled()); // made with the first letter typed, not at the start
    typeText(search, typed);
    CHECK(search->isClearButtonEnabled());
    const int expected = expectedMatches(people->model()->table(), typed);
    CHECK(expected > 0);
    CHECK(tableRows(people) <= expected + 200); // the search also looks at class, position and contacts
    CHECK(tableRows(people) >= expected);
    typeText(search, QStringLiteral("ёжикофф-нет-такого"));
    CHECK(search->text() == QStringLiteral("овёжикофф-нет-такого"));
    CHECK(tableRows(people) == 0);
    search->clear();
    CHECK(tableRows(people) == int(people->model()->table().records.size()));
}

TEST_CASE("archiving from the registry can be undone and redone")
{
    TempDatabase t;
    PeopleService people(t.db);
    const qint64 id = addTeacher(people);

    MainWindow window(t.db);
    window.show();
    window.showRegistry(RegistryKind::People);
    window.waitForRegistries();
    RegistryView *view = window.registryView(RegistryKind::People);
    view->setSearchText(QStringLiteral("елкина"));
    REQUIRE(tableRows(view) == 1);
    view->selectId(id);
    auto *archive = window.findChild<QAction *>(QStringLiteral("archiveAction"));
    REQUIRE(archive);
    REQUIRE(archive->isEnabled());
    archive->trigger();
    CHECK(people.find(id)->status == RecordStatus::Archived);
    window.undoStack()->undo();
    CHECK(people.find(id)->status == RecordStatus::Active);
    window.undoStack()->redo();
    CHECK(people.find(id)->status == RecordStatus::Archived);
}

TEST_CASE("a consent entered in the participant's form is undone and redone with the edit")
{
    TempDatabase t;
    PeopleService people(t.db);
    const qint64 id = addTeacher(people);
    MainWindow window(t.db);
    window.show();
    window.showRegistry(RegistryKind::People);
    window.waitForRegistries();
    window.registryView(RegistryKind::People)->selectId(id);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("consentSignedEdit"))->setText(QStringLiteral("01.09.2025"));
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("editAction"))->trigger();
    REQUIRE(people.consentsOf(id).size() == 1);
    CHECK(people.consentsOf(id).first().signedOn == QDate(2025, 9, 1));
    window.undoStack()->undo();
    CHECK(people.consentsOf(id).isEmpty());
    window.undoStack()->redo();
    CHECK(people.consentsOf(id).size() == 1);
}

TEST_CASE("forgetting a person from the registry asks first, cannot be undone and replaces the old backups")
{
    TempDatabase t;
    PeopleService people(t.db);
    const qint64 id = addTeacher(people);
    const BackupService backups(t.db->path());
    REQUIRE(backups.makeAutomatic(10, QDateTime({2024, 11, 1}, {9, 0})).ok());

    MainWindow window(t.db);
    window.show();
    window.showRegistry(RegistryKind::People);
    window.waitForRegistries();
    RegistryView *view = window.registryView(RegistryKind::People);
    view->selectId(id);
    window.findChild<QAction *>(QStringLiteral("archiveAction"))->trigger(); // an undo step that holds the old values
    REQUIRE(window.undoStack()->count() == 1);
    auto *forget = window.findChild<QAction *>(QStringLiteral("forgetAction"));
    REQUIRE(forget);
    REQUIRE(forget->isEnabled());

    auto answer = [](bool confirm) {
        QTimer::singleShot(0, [confirm] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            CHECK(box->text().contains(QStringLiteral("Ёлкина Анна")));
            CHECK(box->checkBox()->isChecked()); // the old backup hold the data
            for (QAbstractButton *button : box->buttons())
                if ((box->buttonRole(button) == QMessageBox::DestructiveRole) == confirm) {
                    button->click();
                    return;
                }
        });
    };
    answer(false);
    forget->trigger();
    CHECK(people.find(id)->lastName == QStringLiteral("Ёлкина"));

    answer(true);
    forget->trigger();
    CHECK(people.find(id)->fullName() == QStringLiteral("Удалённый участник №%1").arg(id));
    CHECK(window.undoStack()->count() == 0);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Данные удалены")));
    REQUIRE(backups.backups().size() == 1);
    CHECK_FALSE(backups.backups().first().fileName().contains(QStringLiteral("2024-11-01")));
}

TEST_CASE("registries load in the background and only the latest request is delivered")
{
    QList<int> delivered;
    RegistryLoader loader([&](RegistryKind, RegistryTable table) { delivered << int(table.records.size()); });
    QStringList errors;
    QObject::connect(&loader, &RegistryLoader::failed, [&](const QString &e) { errors << e; });
    RegistryLoader::Request request{StoreAddress{demoDatabasePath(), {}}, RegistryKind::People, 2024, QDate(2024, 11, 15), 0,
                                    Qt::AscendingOrder};
    loader.load(request);
    loader.load(request);
    CHECK(loader.isLoading());
    loader.waitForAll();
    REQUIRE(delivered.size() == 1);
    CHECK(delivered.first() > 1000);
    CHECK(errors.isEmpty());

    request.store.file = QStringLiteral("/nonexistent/kurator.sqlite");
    loader.load(request);
    loader.waitForAll();
    CHECK(delivered.size() == 1);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("не найден")));
}

TEST_CASE("a held load starts when released, and only the latest one of a registry")
{
    QList<int> delivered;
    RegistryLoader loader([&](RegistryKind, RegistryTable table) { delivered << int(table.records.size()); });
    RegistryLoader::Request request{StoreAddress{demoDatabasePath(), {}}, RegistryKind::People, 2024, QDate(2024, 11, 15), 0,
                                    Qt::AscendingOrder};
    loader.hold();
    loader.load(request);
    request.kind = RegistryKind::Mentors;
    loader.load(request);
    loader.load(request);
    CHECK(loader.isLoading()); // waiting counts as loading: the view says so
    QTest::qWait(200);
    CHECK(delivered.isEmpty());
    loader.release();
    loader.waitForAll();
    REQUIRE(delivered.size() == 2); // the people, and the mentors once
    std::sort(delivered.begin(), delivered.end()); // read on two threads: either may come first
    CHECK(delivered.at(0) > 0);
    CHECK(delivered.at(1) > 1000);
    CHECK_FALSE(loader.isLoading());
}

TEST_CASE("the main window reads its first registry once it is on the screen")
{
    auto opened = Database::open(demoDatabasePath());
    REQUIRE(opened.ok());
    MainWindow window(opened.value());
    RegistryView *people = window.registryView(RegistryKind::People);
    QTest::qWait(200);
    CHECK(tableRows(people) == 0); // not shown: nothing read yet
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(tableRows(people) > 1000, 5000);
}

TEST_CASE("the main window backs the open store up in the background, into the private folder beside it")
{
    DemoCopy demo;
    MainWindow window(demo.db);
    window.startAutomaticBackup();
    window.waitForBackup();
    QCoreApplication::processEvents(); // the report in the status bar
    const QList<QFileInfo> copies = BackupService(demo.path()).backups();
    REQUIRE(copies.size() == 1);
    CHECK(copies.first().fileName().startsWith(QStringLiteral("demo-auto-")));
    CHECK(window.statusBar()->currentMessage().contains(copies.first().fileName()));
}

TEST_CASE("a store another program writes is offered read-only, and the window says so and offers no edits")
{
    DemoCopy demo;
    const QString path = demo.path();
    demo.db.reset();
    OtherHolder other(path);

    // The user answers the question with «Открыть только для чтения».
    QString asked;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        asked = box->text();
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
    });
    auto opened = openStore(path, Database::Options(), nullptr);
    REQUIRE(opened.ok());
    CHECK(asked.contains(QString::number(other.pid())));
    REQUIRE(opened.value()->isReadOnly());

    MainWindow window(opened.value());
    window.setCurrentYear(2024);
    window.showRegistry(RegistryKind::Mentees);
    window.waitForRegistries();
    CHECK(tableRows(window.registryView(RegistryKind::Mentees)) > 0); // reading works
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QStringLiteral("только чтение")); }));
    for (const char *name : {"addAction", "importQuestionnairesAction", "restoreBackupAction"})
        CHECK_FALSE(window.findChild<QAction *>(QLatin1String(name))->isEnabled());

    // Declining leaves without a message.
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->reject();
    });
    auto declined = openStore(path, Database::Options(), nullptr);
    REQUIRE_FALSE(declined.ok());
    CHECK(declined.error().isEmpty());
}

TEST_CASE("the mentor profile form cannot take a negative capacity")
{
    TempDatabase t;
    MentorProfileDialog dialog(t.db, 2024);
    auto *capacity = dialog.findChild<QSpinBox *>(QStringLiteral("capacitySpin"));
    REQUIRE(capacity);
    CHECK(capacity->minimum() == 0);
    capacity->setValue(-5);
    CHECK(capacity->value() == 0);
    capacity->findChild<QLineEdit *>()->selectAll();
    typeText(capacity, QStringLiteral("-3"));
    CHECK(capacity->value() >= 0);
}

TEST_CASE("Ctrl+F goes to the search field of the page on screen", "[gui]")
{
    DemoCopy demo;
    MainWindow window(demo.db);
    window.show();
    QApplication::setActiveWindow(&window);
    auto *find = window.findChild<QAction *>(QStringLiteral("findAction"));
    REQUIRE(find);
    const auto searchOf = [](QWidget *page, const char *name) { return page->findChild<QLineEdit *>(QLatin1String(name)); };

    window.showRegistry(RegistryKind::Mentors);
    find->trigger();
    CHECK(QApplication::focusWidget() == searchOf(window.registryView(RegistryKind::Mentors), "searchEdit"));
    window.showPairs();
    find->trigger();
    CHECK(QApplication::focusWidget() == searchOf(window.pairsView(), "searchEdit"));
    window.showRoadmap();
    find->trigger();
    CHECK(QApplication::focusWidget() == searchOf(window.roadmapView(), "ownerEdit"));
    window.waitForRegistries();
}

// X11's key bindings give a line edit Ctrl+E (the offscreen platform has none): run on an X server
// by the ctest gui_x11_keys, hidden from the offscreen run.
TEST_CASE("Ctrl+E opens the reports also from the search field, where a line edit would take it as «end of line»", "[.x11]")
{
    TempDatabase t;
    MainWindow window(t.db);
    window.show();
    QApplication::setActiveWindow(&window);
    window.showRegistry(RegistryKind::People);
    window.waitForRegistries();
    auto *search = window.registryView(RegistryKind::People)->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    REQUIRE(search);
    search->setFocus();
    QString opened;
    QTimer::singleShot(0, [&opened] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            opened = QString::fromLatin1(dialog->metaObject()->className());
            dialog->reject();
        }
    });
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    CHECK(opened == QStringLiteral("ReportsDialog"));
}
