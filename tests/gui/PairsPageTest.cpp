#include "gui/AchievementsDialog.h"
#include "gui/AuditLogDialog.h"
#include "gui/MainWindow.h"
#include "gui/PairListModel.h"
#include "gui/PairWorkModels.h"
#include "gui/PairsView.h"
#include "gui/ProgrammesDialog.h"
#include "gui/RegistryView.h"
#include "services/PairService.h"
#include "services/PeopleService.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

TEST_CASE("the pairs page: the list with attention, the card, the plan and the diary edited with undo, the closure")
{
    DemoCopy demo;
    DatabasePtr db = demo.db;
    MainWindow window(db);
    window.setCurrentYear(2024);
    window.show();
    window.showPairs();
    PairsView *view = window.pairsView();
    view->setToday(QDate(2024, 11, 15));
    REQUIRE(view->isVisible());
    const int total = view->listModel()->rowCount();
    REQUIRE(total > 50);
    auto *table = view->findChild<QTableView *>(QStringLiteral("table"));
    CHECK(table->model()->rowCount() == total);

    // Filters: needs attention only; a search that folds ё.
    view->findChild<QCheckBox *>(QStringLiteral("attentionCheck"))->setChecked(true);
    const int attention = table->model()->rowCount();
    CHECK(attention < total);
    for (int r = 0; r < attention; ++r)
        CHECK_FALSE(table->model()->index(r, PairListModel::Attention).data().toString().isEmpty());
    view->findChild<QCheckBox *>(QStringLiteral("attentionCheck"))->setChecked(false);

    // A working pair with a plan and meetings.
    const PairRow *chosen = nullptr;
    for (int r = 0; r < total && !chosen; ++r)
        if (const PairRow *row = view->listModel()->rowAt(r); row->pair.status == PairStatus::Active && row->pair.planItems > 0)
            chosen = row;
    REQUIRE(chosen);
    const qint64 id = chosen->pair.id;
    REQUIRE(view->selectPair(id));
    CHECK(view->findChild<QTextBrowser *>(QStringLiteral("cardBrowser"))->toPlainText().contains(QStringLiteral("Приказ: № 112-о")));

    SECTION("a plan item marked done is saved; undo takes it back")
    {
        PlanItemModel *plan = view->planModel();
        REQUIRE(plan->rowCount() > 0);
        int row = 0;
        while (row < plan->rowCount() && plan->plan().items.at(row).done)
            ++row;
        REQUIRE(row < plan->rowCount());
        REQUIRE(plan->setData(plan->index(row, PlanItemModel::Done), Qt::Checked, Qt::CheckStateRole));
        CHECK(PairService(*db).plan(id).items.at(row).done);
        CHECK(view->planModel()->plan().items.at(row).doneOn == QDate(2024, 11, 15));
        QString refusal;
        QTimer::singleShot(0, [&] { // the refusal is shown in a message box
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            refusal = box->text();
            box->accept();
        });
        CHECK_FALSE(plan->setData(plan->index(row, PlanItemModel::Deadline), QStringLiteral("31.02.2025"), Qt::EditRole));
        CHECK(refusal.contains(QStringLiteral("31.02.2025")));
        window.undoStack()->undo();
        CHECK_FALSE(PairService(*db).plan(id).items.at(row).done);
        window.undoStack()->redo();
        CHECK(PairService(*db).plan(id).items.at(row).done);
    }
    SECTION("a meeting marked held today, then undone")
    {
        view->findChild<QPushButton *>(QStringLiteral("addMeetingButton"))->click();
        const int before = int(PairService(*db).meetings(id).size());
        view->findChild<QTableView *>(QStringLiteral("meetingTable"))->clearSelection();
        view->findChild<QPushButton *>(QStringLiteral("heldButton"))->click();
        const QList<Meeting> after = PairService(*db).meetings(id);
        CHECK(after.size() == before);
        CHECK(std::any_of(after.begin(), after.end(), [](const Meeting &m) { return m.heldOn == QDate(2024, 11, 15); }));
        window.undoStack()->undo(); // not held
        window.undoStack()->undo(); // not added
        CHECK(int(PairService(*db).meetings(id).size()) == before - 1);
    }
    SECTION("the closure dialog refuses an early end without a reason, then ends the pair; undo reopens it")
    {
        QString refusal;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusCombo"));
            status->setCurrentIndex(status->findData(int(PairStatus::EndedEarly)));
            auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
            ok->click();
            refusal = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
            dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("смена школы"));
            ok->click();
        });
        view->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
        CHECK(refusal.contains(QStringLiteral("причину")));
        CHECK(PairService(*db).card(id)->pair.status == PairStatus::EndedEarly);
        CHECK(view->findChild<QTextBrowser *>(QStringLiteral("cardBrowser"))->toPlainText().contains(QStringLiteral("смена школы")));
        window.undoStack()->undo();
        CHECK(PairService(*db).card(id)->pair.status == PairStatus::Active);
    }
    SECTION("the plan is saved as a PDF")
    {
        const QString pdf = demo.filePath(QStringLiteral("plan.pdf"));
        REQUIRE(view->savePlanPdf(pdf));
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(5) == "%PDF-");
    }
}

TEST_CASE("the achievements dialog records and removes a person's achievements, each undoable")
{
    DemoCopy demo;
    MainWindow window(demo.db);
    window.show();
    window.showRegistry(RegistryKind::People);
    window.waitForRegistries();
    PeopleService people(demo.db);
    const qint64 personId = people.list({}).first().id;
    window.registryView(RegistryKind::People)->selectId(personId);
    REQUIRE(window.registryView(RegistryKind::People)->currentId() == personId);
    const int before = int(people.achievementsOf(personId).size());
    QString problem;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<AchievementsDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addButton"));
        add->click(); // no title yet
        problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Конкурс чтецов"));
        dialog->findChild<QLineEdit *>(QStringLiteral("dateEdit"))->setText(QStringLiteral("10.11.2024"));
        add->click();
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("achievementsAction"))->trigger();
    CHECK(problem.contains(QStringLiteral("название")));
    const QList<Achievement> after = people.achievementsOf(personId);
    REQUIRE(int(after.size()) == before + 1);
    CHECK(after.first().title == QStringLiteral("Конкурс чтецов"));
    CHECK(after.first().achievedOn == QDate(2024, 11, 10));
    window.undoStack()->undo();
    CHECK(int(people.achievementsOf(personId).size()) == before);
    window.undoStack()->redo();
    CHECK(people.achievementsOf(personId).first().id == after.first().id);
}

TEST_CASE("the programmes dialog saves a card, refuses a wrong one, and the undo takes it back")
{
    DemoCopy demo;
    MainWindow window(demo.db);
    window.show();
    QString problem;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ProgrammesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("newButton"))->click();
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Наставничество молодых педагогов"));
        dialog->findChild<QLineEdit *>(QStringLiteral("fromEdit"))->setText(QStringLiteral("31.02.2024"));
        save->click();
        problem = dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        dialog->findChild<QLineEdit *>(QStringLiteral("fromEdit"))->setText(QStringLiteral("01.09.2024"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalsEdit"))->setPlainText(QStringLiteral("Адаптация молодых специалистов"));
        save->click();
        dialog->accept();
    });
    window.findChild<QAction *>(QStringLiteral("programmesAction"))->trigger();
    CHECK(problem.contains(QStringLiteral("31.02.2024")));
    ProgrammeService programmes(*demo.db);
    REQUIRE(programmes.list().size() == 1);
    CHECK(programmes.list().first().goals == QStringLiteral("Адаптация молодых специалистов"));
    CHECK(programmes.list().first().periodFrom == QDate(2024, 9, 1));
    window.undoStack()->undo();
    CHECK(programmes.list().isEmpty());
    window.undoStack()->redo();
    CHECK(programmes.list().size() == 1);
}

TEST_CASE("the audit log shows who changed what, filtered by kind of record and searched")
{
    DemoCopy demo;
    // The demo's order 112-о and its matching run are in the log; closing a pair adds an entry.
    PairService pairs(*demo.db);
    const qint64 pairId = pairs.rows(2024, QDate(2024, 11, 15)).first().pair.id;
    PairClosure closure;
    closure.status = PairStatus::EndedEarly;
    closure.endedOn = QDate(2024, 11, 14);
    closure.reason = QStringLiteral("переезд");
    REQUIRE(pairs.close(pairId, closure));
    AuditLogDialog log(*demo.db);
    const int all = log.shownRows();
    CHECK(all >= 3);
    log.setEntity(QStringLiteral("mentoring_order"));
    CHECK(log.shownRows() == 1);
    auto *table = log.findChild<QTableView *>(QStringLiteral("table"));
    CHECK(table->model()->index(0, 5).data().toString().startsWith(QStringLiteral("пар: "))); // not «pairs=…»
    log.setEntity(QStringLiteral("mentoring_pair"));
    CHECK(table->model()->index(0, 4).data().toString() == QStringLiteral("завершение"));
    CHECK(table->model()->index(0, 3).data().toString() == QString::number(pairId));
    log.setEntity(QString());
    log.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("издание"));
    CHECK(log.shownRows() == 1);
}
