#include "gui/MainWindow.h"
#include "gui/PersonPicker.h"
#include "gui/SurveyResponseDialog.h"
#include "gui/SurveysDialog.h"
#include "services/PairService.h"
#include "services/SurveyService.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

namespace {
qint64 firstMentee(Database &db)
{
    PairService pairs(db);
    const Pair pair = pairs.card(pairs.rows(2024, QDate(2024, 11, 15)).first().pair.id)->pair;
    return std::find_if(pair.members.begin(), pair.members.end(), [](const PairMember &m) { return m.role == MemberRole::Mentee; })->personId;
}

// Fills the open answer sheet: every scale at `scale`, the first yes/no "да"; then Save.
void fillSheet(qint64 personId, int scale, QString *problem = nullptr)
{
    auto *form = qobject_cast<SurveyResponseDialog *>(QApplication::activeModalWidget());
    REQUIRE(form);
    if (personId)
        form->personPicker()->setPersonId(personId);
    for (int i = 0; form->answerWidget(i); ++i)
        if (auto *spin = qobject_cast<QSpinBox *>(form->answerWidget(i)))
            spin->setValue(scale);
    if (auto *yes = qobject_cast<QComboBox *>(form->answerWidget(6)))
        yes->setCurrentIndex(1);
    form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    if (problem)
        *problem = form->findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
    if (form->isVisible())
        form->reject();
}
} // namespace

TEST_CASE("the surveys dialog: a sheet filled in a form, changed, removed, each undoable; a template edited")
{
    DemoCopy demo;
    DatabasePtr db = demo.db;
    SurveyService surveys(*db);
    const SurveyTemplate mentee = surveys.templateOfKind(QStringLiteral("satisfaction_mentee")).value();
    const qint64 personId = firstMentee(*db);
    MainWindow window(db);
    window.setCurrentYear(2024);
    window.show();

    QString summary, duplicate;
    int rowsAfterAdd = -1;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<SurveysDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialog->selectTemplate(mentee.id);
        REQUIRE(dialog->responseRows() == 0);
        QTimer::singleShot(0, [&] { fillSheet(personId, 8); });
        dialog->addResponse();
        rowsAfterAdd = dialog->responseRows();
        summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        // The same person twice in a year is refused in the form, which stays open to correct.
        QTimer::singleShot(0, [&] { fillSheet(personId, 5, &duplicate); });
        dialog->addResponse();
        QTimer::singleShot(0, [&] { fillSheet(0, 5); }); // lowered to 5: no longer satisfied
        dialog->openResponse(0);
        dialog->removeResponse(0);
        CHECK(dialog->responseRows() == 0);
        dialog->reject();
    });
    window.findChild<QAction *>(QStringLiteral("surveysAction"))->trigger();
    CHECK(rowsAfterAdd == 1);
    CHECK(summary.contains(QStringLiteral("Удовлетворены 1 из 1 (100 %)")));
    CHECK(duplicate.contains(QStringLiteral("уже заполнил")));
    CHECK(surveys.responseOf(mentee.id, personId, 2024) == 0);

    window.undoStack()->undo(); // the removal
    const qint64 sheet = surveys.responseOf(mentee.id, personId, 2024);
    REQUIRE(sheet != 0);
    CHECK(surveys.response(sheet)->answers.first().value.toDouble() == 5);
    window.undoStack()->undo(); // the change
    CHECK(surveys.response(sheet)->answers.first().value.toDouble() == 8);
    window.undoStack()->undo(); // the sheet itself
    CHECK(surveys.responseOf(mentee.id, personId, 2024) == 0);
    window.undoStack()->redo();
    CHECK(surveys.responseOf(mentee.id, personId, 2024) != 0);

    SECTION("the templates tab: a question added and saved; an answered question cannot be removed")
    {
        SurveysDialog dialog(db, 2024);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("templateList"));
        list->setCurrentRow(0); // satisfaction of mentees, answered above
        dialog.findChild<QPushButton *>(QStringLiteral("addQuestionButton"))->click();
        auto *questions = qobject_cast<QStandardItemModel *>(dialog.findChild<QTableView *>(QStringLiteral("questionsTable"))->model());
        questions->item(questions->rowCount() - 1, 0)->setText(QStringLiteral("Что бы вы посоветовали новым участникам"));
        dialog.findChild<QPushButton *>(QStringLiteral("saveTemplateButton"))->click();
        CHECK(surveys.templateById(mentee.id)->questions.size() == mentee.questions.size() + 1);
        CHECK(surveys.templateById(mentee.id)->questions.last().answerType == QStringLiteral("scale"));

        dialog.findChild<QTableView *>(QStringLiteral("questionsTable"))->setCurrentIndex(questions->index(0, 0));
        dialog.findChild<QPushButton *>(QStringLiteral("removeQuestionButton"))->click();
        dialog.findChild<QPushButton *>(QStringLiteral("saveTemplateButton"))->click();
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("templateProblemLabel"))->text().contains(QStringLiteral("нельзя удалить")));
        CHECK(surveys.templateById(mentee.id)->questions.size() == mentee.questions.size() + 1);
    }
}
