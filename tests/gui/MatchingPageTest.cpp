#include "gui/MainWindow.h"
#include "gui/MatchOptionsDialog.h"
#include "gui/MatchProposalModel.h"
#include "gui/MatchingView.h"
#include "support/TestSupport.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
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
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(QFile::copy(demoDatabasePath(), path));
    DatabasePtr db = Database::open(path).value();
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
    SECTION("approval forms the pairs")
    {
        const int before = pairCount(db);
        QTimer::singleShot(0, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        view->findChild<QPushButton *>(QStringLiteral("approveButton"))->click();
        CHECK(pairCount(db) > before);
        CHECK(view->model()->result().status == QStringLiteral("approved"));
        CHECK_FALSE(view->findChild<QPushButton *>(QStringLiteral("approveButton"))->isEnabled());
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
