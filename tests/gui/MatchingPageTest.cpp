#include "gui/MainWindow.h"
#include "gui/MatchOptionsDialog.h"
#include "gui/MatchProposalModel.h"
#include "gui/MatchingView.h"
#include "gui/OrderDialog.h"
#include "gui/OrderTemplateDialog.h"
#include "support/TestSupport.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

namespace {
int pairCount(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM mentoring_pair")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

bool proposes(const MatchResult &r, const MatchLink &link)
{
    return std::any_of(r.pairs.begin(), r.pairs.end(),
                       [&](const ProposedPair &p) { return p.menteeId == link.menteeId && p.mentorId == link.mentorId; });
}
}

TEST_CASE("the matching page reviews the proposal: profiles side by side, pins and removals with undo, approval")
{
    // The demo school (15.11.2024) has newcomers without a pair and a proposal for them.
    DemoCopy demo;
    DatabasePtr db = demo.db;
    MainWindow window(db);
    window.setCurrentYear(2024);
    window.show();
    window.showMatching();
    MatchingView *view = window.matchingView();
    REQUIRE(view->isVisible());
    const MatchResult first = view->model()->result();
    REQUIRE(first.runId > 0);
    REQUIRE_FALSE(first.pairs.isEmpty());
    CHECK(view->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("Протокол подбора №")));

    view->selectRow(0);
    const MatchLink chosen = view->selectedLinks().value(0);
    REQUIRE(chosen.mentorId != 0);
    CHECK(view->detailsHtml().contains(QStringLiteral("Оценка пары")));
    CHECK(view->detailsHtml().contains(QStringLiteral("Запрос и компетенции")));

    SECTION("a removed pair is not proposed again; undo brings it back")
    {
        view->findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
        const MatchResult second = view->model()->result();
        CHECK(second.runId > first.runId);
        CHECK_FALSE(proposes(second, chosen));
        window.undoStack()->undo();
        CHECK(proposes(window.matchingView()->model()->result(), chosen));
    }
    SECTION("a pinned pair stays through re-runs")
    {
        view->findChild<QPushButton *>(QStringLiteral("pinButton"))->click();
        view->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        const MatchResult again = view->model()->result();
        const auto pinned = std::find_if(again.pairs.begin(), again.pairs.end(),
                                         [&](const ProposedPair &p) { return p.menteeId == chosen.menteeId; });
        REQUIRE(pinned != again.pairs.end());
        CHECK(pinned->mentorId == chosen.mentorId);
        CHECK(pinned->origin == QStringLiteral("pinned"));
    }
    SECTION("approval forms the pairs; the order fixing them is issued from there, and undone")
    {
        const int before = pairCount(db);
        QString draftStatus, draftHtml, issuedStatus;
        // The dialogs in turn: the approval's start date, «Подготовить приказ?», the order itself.
        QTimer::singleShot(0, [&] {
            qobject_cast<QDialog *>(QApplication::activeModalWidget())->accept();
            QTimer::singleShot(0, [&] {
                auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                REQUIRE(question);
                QTimer::singleShot(0, [&] {
                    auto *order = qobject_cast<OrderDialog *>(QApplication::activeModalWidget());
                    REQUIRE(order);
                    draftStatus = order->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
                    auto *issue = order->findChild<QPushButton *>(QStringLiteral("issueButton"));
                    CHECK_FALSE(issue->isEnabled()); // no number yet
                    order->findChild<QLineEdit *>(QStringLiteral("numberEdit"))->setText(QStringLiteral("131-о"));
                    draftHtml = order->previewHtml();
                    REQUIRE(issue->isEnabled());
                    issue->click();
                    issuedStatus = order->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
                    CHECK(order->findChild<QComboBox *>(QStringLiteral("orderCombo"))->currentText().startsWith(QStringLiteral("№ 131-о от ")));
                    CHECK(order->savePdf(demo.filePath(QStringLiteral("order.pdf"))));
                    order->accept();
                });
                question->button(QMessageBox::Yes)->click();
            });
        });
        view->findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
        CHECK(pairCount(db) > before);
        CHECK(view->model()->result().status == QStringLiteral("approved"));
        CHECK_FALSE(view->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
        CHECK(draftStatus.startsWith(QStringLiteral("Проект: приказ закрепит")));
        CHECK(draftHtml.contains(QStringLiteral("№ 131-о")));
        CHECK(issuedStatus.startsWith(QStringLiteral("Приказ издан")));
        CHECK(QFile::exists(demo.filePath(QStringLiteral("order.pdf"))));
        OrderService orders(*db);
        REQUIRE(orders.orders(2024).size() == 2);
        CHECK(window.undoStack()->undoText() == QStringLiteral("Приказ № 131-о"));
        window.undoStack()->undo();
        CHECK(orders.orders(2024).size() == 1);
        window.undoStack()->redo();
        CHECK(orders.orders(2024).size() == 2);
    }
}

TEST_CASE("the criteria dialog shows and returns the weights, rules and goal")
{
    MatchOptions options;
    options.minScore = 30;
    options.goal = Assignment::Goal::BestScores;
    MatchOptionsDialog dialog(options);
    CHECK(dialog.options().toJson() == options.toJson());
    dialog.findChild<QSpinBox *>(QStringLiteral("minScoreSpin"))->setValue(55);
    CHECK(dialog.options().minScore == 55);
}

TEST_CASE("the order template editor shows a mistake with its line and will not save it")
{
    DemoCopy demo;
    DatabasePtr db = demo.db;
    OrderService orders(*db);
    OrderTemplateDialog dialog(orders.templateText(), OrderService::builtInTemplate(), OrderService::fieldHelp(),
                               [&](const QString &t) { return orders.checkTemplate(t); });
    auto *save = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    CHECK(save->isEnabled());
    dialog.setText(QStringLiteral("<p>{{number}}</p>\n{{#pairs}}{{mentr}}{{/pairs}}"));
    CHECK_FALSE(save->isEnabled());
    CHECK(problem->text().contains(QStringLiteral("Строка 2")));
    dialog.findChild<QPushButton *>(QStringLiteral("builtInButton"))->click();
    CHECK(dialog.text() == OrderService::builtInTemplate());
    CHECK(save->isEnabled());
}
