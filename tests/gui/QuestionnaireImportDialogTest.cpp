#include "gui/ImportMappingModel.h"
#include "gui/MainWindow.h"
#include "gui/QuestionnaireImportDialog.h"
#include "services/SurveyService.h"
#include "support/TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <catch2/catch.hpp>
#include <memory>

namespace {
QString fixture(const char *name) { return QStringLiteral(KURATOR_TEST_DATA "/questionnaires/") + QString::fromUtf8(name); }

int people(const DatabasePtr &db)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM person")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// Closes the report box that follows an import, once it is there: the writing shows its progress
// first, and the event loop turns while it does.
void dismissReport(QString *text)
{
    auto *poll = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, text, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            *text = box->text();
            box->accept();
        }
        if (box || ++*tries > 500) // 5 s: the test then fails on the empty text
            poll->deleteLater();
    });
    poll->start(10);
}

void map(ImportMappingModel *model, int column, const char *field)
{
    REQUIRE(model->setData(model->index(column, ImportMappingModel::FieldColumn), QString::fromLatin1(field), Qt::EditRole));
}
} // namespace

TEST_CASE("the import dialog: a chosen sheet, columns mapped by hand and remembered, the check, the report")
{
    TempDatabase temp;
    QuestionnaireImportDialog dialog(temp.db, 2024);
    dialog.setFile(fixture("two_sheets.xlsx"), QuestionnaireKind::Mentor);
    auto *sheets = dialog.findChild<QComboBox *>(QStringLiteral("sheetCombo"));
    REQUIRE(sheets->count() == 2);
    CHECK(sheets->itemText(0) == QStringLiteral("Инструкция"));
    sheets->setCurrentIndex(1);
    dialog.goNext();
    REQUIRE(dialog.step() == 1);
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextButton"));
    // «Наставник (полностью)» is not a usual header: no name column yet, so no next step.
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("mappingProblemLabel"))->text().contains(QStringLiteral("ФИО")));
    CHECK_FALSE(next->isEnabled());
    ImportMappingModel *model = dialog.mappingModel();
    CHECK(model->index(2, ImportMappingModel::SampleColumn).data().toString().contains(QStringLiteral("химии")));
    map(model, 0, "full_name");
    map(model, 1, "competencies");
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("mappingProblemLabel"))->text().isEmpty());
    map(model, 2, "competencies");
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("mappingProblemLabel"))->text().contains(QStringLiteral("Компетенции")));
    CHECK_FALSE(next->isEnabled());
    map(model, 1, "birth_date");
    map(model, 3, "capacity");
    REQUIRE(next->isEnabled());
    dialog.goNext();
    REQUIRE(dialog.step() == 2);
    CHECK(dialog.preview().rows.size() == 2);
    CHECK(dialog.preview().problems.isEmpty());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().startsWith(QStringLiteral("К импорту строк: 2 (новых участников: 2")));
    CHECK(dialog.findChild<QTableView *>(QStringLiteral("rowsTable"))->model()->index(0, 1).data().toString()
          == QStringLiteral("Лебедева Нина Павловна"));
    QString report;
    dismissReport(&report);
    dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    CHECK(report.contains(QStringLiteral("новых участников — 2")));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(people(temp.db) == 2);

    // The next file of that kind maps the same headers by itself; the people are known now.
    QuestionnaireImportDialog again(temp.db, 2024);
    again.setFile(fixture("two_sheets.xlsx"), QuestionnaireKind::Mentor);
    again.findChild<QComboBox *>(QStringLiteral("sheetCombo"))->setCurrentIndex(1);
    again.goNext();
    CHECK(again.mappingModel()->mapping().fieldOfColumn
          == QStringList{QStringLiteral("full_name"), QStringLiteral("birth_date"), QStringLiteral("competencies"), QStringLiteral("capacity")});
    again.goNext();
    CHECK(again.preview().knownPeople() == 2);
}

TEST_CASE("the first step says what the file of the kind chosen should hold")
{
    TempDatabase temp;
    REQUIRE(SurveyService(*temp.db).installDefaults());
    const QList<SurveyTemplate> surveys = SurveyService(*temp.db).templates();
    REQUIRE_FALSE(surveys.isEmpty());
    QuestionnaireImportDialog dialog(temp.db, 2024);
    auto *expected = dialog.findChild<QLabel *>(QStringLiteral("expectedLabel"));
    CHECK(expected->text().contains(QStringLiteral("Windows-1251")));
    CHECK(expected->text().contains(QStringLiteral("Запрос")));
    CHECK_FALSE(expected->text().contains(QStringLiteral("Компетенции")));
    dialog.chooseKind(QuestionnaireKind::Mentor);
    CHECK(expected->text().contains(QStringLiteral("Компетенции")));
    CHECK_FALSE(expected->text().contains(QStringLiteral("Запрос")));
    dialog.chooseKind(QuestionnaireKind::Survey, surveys.first().id);
    CHECK(expected->text().contains(QStringLiteral("«%1»").arg(surveys.first().title.toHtmlEscaped())));
}

TEST_CASE("the check of a big file shows its progress; a cancel keeps the mapping step")
{
    TempDatabase temp;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pupilsCsv(60000));
    file.close();

    QuestionnaireImportDialog dialog(temp.db, 2024);
    dialog.setFile(path, QuestionnaireKind::Mentee);
    dialog.goNext();
    REQUIRE(dialog.step() == 1);
    // Cancels the check once its progress window is up. A fast machine checks this file before the
    // window would show, so the test shows it at once.
    bool seen = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *progress = dialog.findChild<QProgressDialog *>(QStringLiteral("checkProgress"));
        if (progress && !progress->isVisible()) {
            progress->setMinimumDuration(0);
        } else if (progress) {
            seen = progress->maximum() == 60001 && progress->value() < 60000;
            progress->cancel();
        }
    });
    poll.start(5);
    dialog.goNext();
    poll.stop();
    CHECK(seen);
    CHECK(dialog.step() == 1);
    CHECK(dialog.preview().rows.isEmpty());
    dialog.goNext();
    REQUIRE(dialog.step() == 2);
    CHECK(dialog.preview().rows.size() == 60000);
}

TEST_CASE("the import dialog imports nothing from a file with bad rows unless told to skip them")
{
    TempDatabase temp;
    QuestionnaireImportDialog dialog(temp.db, 2024);
    dialog.setFile(fixture("mentees_cp1251.csv"), QuestionnaireKind::Mentee);
    CHECK_FALSE(dialog.findChild<QComboBox *>(QStringLiteral("sheetCombo"))->isEnabled());
    dialog.goNext();
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("fileInfoLabel"))->text().contains(QStringLiteral("windows-1251")));
    dialog.goNext();
    REQUIRE(dialog.step() == 2);
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *problems = dialog.findChild<QTableView *>(QStringLiteral("problemsTable"))->model();
    REQUIRE(problems->rowCount() == int(dialog.preview().problems.size()));
    CHECK(problems->index(0, 1).data().toString().contains(QStringLiteral("ФИО")));
    CHECK_FALSE(importButton->isEnabled());
    dialog.findChild<QCheckBox *>(QStringLiteral("skipBadCheck"))->setChecked(true);
    REQUIRE(importButton->isEnabled());
    QString report;
    dismissReport(&report);
    importButton->click();
    CHECK(report.contains(QStringLiteral("Пропущено строк с ошибками: %1").arg(problems->rowCount())));
    CHECK(people(temp.db) == int(dialog.preview().rows.size()));

    SECTION("a file that is not a table is refused on the first step")
    {
        QuestionnaireImportDialog picture(temp.db, 2024);
        picture.setFile(fixture("picture.csv"), QuestionnaireKind::Mentee);
        picture.goNext();
        CHECK(picture.step() == 0);
        CHECK_FALSE(picture.findChild<QLabel *>(QStringLiteral("fileInfoLabel"))->text().isEmpty());
    }
}

TEST_CASE("a table dropped on the main window opens its import")
{
    TempDatabase temp;
    MainWindow window(temp.db);
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture("mentors_utf8bom.csv"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QString shownFile;
    QTimer::singleShot(50, [&] {
        auto *dialog = qobject_cast<QuestionnaireImportDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        shownFile = dialog->findChild<QLineEdit *>(QStringLiteral("pathEdit"))->text();
        dialog->reject();
    });
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    for (int i = 0; i < 100 && shownFile.isEmpty(); ++i) // the dialog opens after the drop has returned
        QTest::qWait(20);
    CHECK(shownFile.endsWith(QStringLiteral("mentors_utf8bom.csv")));

    QMimeData picture;
    picture.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/photo.png"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &picture, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    CHECK_FALSE(refused.isAccepted());
}
