#include "gui/AttendanceList.h"
#include "gui/EventsDialog.h"
#include "gui/MainWindow.h"
#include "gui/PairWorkModels.h"
#include "gui/PairsView.h"
#include "services/EventService.h"
#include "services/PairService.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

TEST_CASE("common events: one added with its attendance, changed, removed, each undoable")
{
    DemoCopy demo;
    DatabasePtr db = demo.db;
    EventService events(*db);
    const QList<EventInvitee> invitees = events.invitees(2024);
    MainWindow window(db);
    window.setCurrentYear(2024);
    window.show();

    QString refusal;
    int rows = -1;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<EventsDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        REQUIRE(dialog->rows() == 2);
        QTimer::singleShot(0, [&] {
            auto *form = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
            REQUIRE(form);
            auto *save = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            form->findChild<QLineEdit *>(QStringLiteral("heldEdit"))->setText(QStringLiteral("14.11.2024"));
            save->click(); // no topic
            refusal = form->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
            form->findChild<QLineEdit *>(QStringLiteral("topicEdit"))->setText(QStringLiteral("Квест «Наставник и я»"));
            form->attendance()->setPresent(invitees.at(0).personId, true);
            form->attendance()->setPresent(invitees.at(1).personId, true);
            save->click();
        });
        dialog->addEvent();
        rows = dialog->rows();
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("eventsAction"))->trigger();
    CHECK(refusal.contains(QStringLiteral("тему")));
    CHECK(rows == 3);
    QList<Meeting> list = events.events(2024);
    REQUIRE(list.size() == 3);
    const auto quest = std::find_if(list.begin(), list.end(), [](const Meeting &m) { return m.topic.startsWith(QStringLiteral("Квест")); });
    REQUIRE(quest != list.end());
    CHECK(quest->presentCount() == 2);
    CHECK(quest->attendance.size() == invitees.size()); // everyone expected, two came

    window.undoStack()->undo();
    CHECK(events.events(2024).size() == 2);
    window.undoStack()->redo();
    CHECK(events.find(quest->id)->presentCount() == 2);
}

TEST_CASE("a pair's meeting: who came is marked in the attendance dialog, undoably")
{
    DemoCopy demo;
    DatabasePtr db = demo.db;
    MainWindow window(db);
    window.setCurrentYear(2024);
    window.show();
    window.showPairs();
    PairsView *view = window.pairsView();
    view->setToday(QDate(2024, 11, 15));
    const qint64 pairId = PairService(*db).rows(2024, QDate(2024, 11, 15)).first().pair.id;
    REQUIRE(view->selectPair(pairId));
    view->findChild<QTableView *>(QStringLiteral("meetingTable"))->setCurrentIndex(view->meetingModel()->index(0, 0));
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<AttendanceDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        const Pair pair = PairService(*db).card(pairId)->pair;
        dialog->list()->setPresent(pair.members.last().personId, false); // everyone else came
        dialog->accept();
    });
    view->findChild<QPushButton *>(QStringLiteral("attendanceButton"))->click();
    const Meeting first = PairService(*db).meetings(pairId).first();
    REQUIRE_FALSE(first.attendance.isEmpty());
    CHECK(first.presentCount() == first.attendance.size() - 1);
    CHECK(view->meetingModel()->index(0, MeetingModel::Present).data().toString()
          == QStringLiteral("%1 из %2").arg(first.attendance.size() - 1).arg(first.attendance.size()));
    window.undoStack()->undo();
    CHECK(PairService(*db).meetings(pairId).first().attendance.isEmpty());
}
