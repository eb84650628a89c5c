#include "gui/BankColumnsDialog.h"
#include "gui/OrderTemplateDialog.h"
#include "gui/ReportsDialog.h"
#include "services/BankColumnSets.h"
#include "services/StatsService.h"
#include "support/TestSupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <catch2/catch.hpp>

namespace {
QString figure(const QStandardItemModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r, 0)->text() == name)
            return model->item(r, 1)->text();
    return {};
}
}

TEST_CASE("the reports screen previews each report's figures and saves it in the background")
{
    DemoCopy demo;
    ReportsDialog dialog(demo.db, {2023, 2024, 2025}, 2024);

    dialog.selectReport(0);
    CHECK(figure(dialog.preview(), QStringLiteral("Строк в базе")).toInt() > 50);
    dialog.selectReport(2);
    CHECK(dialog.preview()->rowCount() >= 5); // one row per KPI
    CHECK(dialog.preview()->item(0, 1)->text().contains(QStringLiteral(" из ")));
    dialog.selectReport(3);
    CHECK(figure(dialog.preview(), QStringLiteral("Мероприятий")).toInt() > 0);

    dialog.selectReport(0);
    QSignalSpy exported(&dialog, &ReportsDialog::exported);
    const QString path = demo.filePath(QStringLiteral("База наставляемых (ПДн).xlsx"));
    dialog.exportTo(path);
    REQUIRE(exported.wait(30000));
    CHECK(exported.at(0).at(1).toString().isEmpty());
    CHECK(QFileInfo(path).size() > 5000);
    CHECK((QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);

    dialog.exportTo(demo.filePath(QStringLiteral("нет/такой/папки.xlsx")));
    REQUIRE(exported.wait(30000));
    CHECK_FALSE(exported.at(1).at(1).toString().isEmpty());
}

TEST_CASE("the statistics preview follows the template the curator edits in the app")
{
    DemoCopy demo;
    ReportsDialog dialog(demo.db, {2024}, 2024);
    dialog.selectReport(4);
    CHECK(figure(dialog.preview(), QStringLiteral("Наставляемые, всего")).toInt() > 0);
    CHECK(figure(dialog.preview(), QStringLiteral("Выполнение планов, %")).contains(QStringLiteral(" из ")));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("statsTemplateButton"));
    REQUIRE(button);
    CHECK(button->isVisibleTo(&dialog));

    const QString custom = QStringLiteral(R"({"rows": [{"label": "Наставники года", "count": "participants", "role": "mentor"}]})");
    QTimer::singleShot(0, [&] {
        auto *editor = qobject_cast<OrderTemplateDialog *>(QApplication::activeModalWidget());
        REQUIRE(editor);
        CHECK(editor->windowTitle() == QStringLiteral("Шаблон статистики участников"));
        CHECK(editor->text().contains(QStringLiteral("Наставляемые, всего"))); // the shipped template to start from
        editor->setText(QStringLiteral(R"({"rows": [{"label": "x", "count": "nonsense"}]})"));
        CHECK_FALSE(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        editor->setText(custom);
        editor->accept();
    });
    button->click();
    REQUIRE(dialog.preview()->rowCount() == 1);
    CHECK(figure(dialog.preview(), QStringLiteral("Наставники года")).toInt() > 0);
    CHECK(StatsService(demo.db).templateText() == custom.toUtf8());
}

TEST_CASE("the analytic report's preview follows the period; the banks' columns are chosen in their dialog")
{
    DemoCopy demo;
    ReportsDialog dialog(demo.db, {2024}, 2024);
    dialog.selectReport(5);
    CHECK(figure(dialog.preview(), QStringLiteral("Пар и групп работали")).toInt() > 0);
    const int wholeYear = figure(dialog.preview(), QStringLiteral("Проведено встреч")).toInt();
    dialog.setPeriod(1); // to December
    REQUIRE(dialog.period().has_value());
    CHECK(dialog.period()->from == QDate(2024, 9, 1));
    CHECK(dialog.period()->to == QDate(2024, 12, 31));
    const int autumn = figure(dialog.preview(), QStringLiteral("Проведено встреч")).toInt();
    CHECK(autumn > 0);
    CHECK(autumn <= wholeYear);
    dialog.setPeriod(3, {2024, 10, 1}, {2024, 9, 1});
    CHECK(dialog.preview()->item(0, 0)->text().contains(QStringLiteral("позже")));

    dialog.selectReport(0);
    auto *columns = dialog.findChild<QPushButton *>(QStringLiteral("bankColumnsButton"));
    REQUIRE(columns);
    CHECK(columns->isVisibleTo(&dialog));
    QTimer::singleShot(0, [&] {
        auto *editor = qobject_cast<BankColumnsDialog *>(QApplication::activeModalWidget());
        REQUIRE(editor);
        QStandardItemModel *model = editor->model();
        REQUIRE(model->rowCount() >= 20);
        CHECK(model->item(0, 0)->checkState() == Qt::Checked);
        for (int r = 2; r < model->rowCount(); ++r) // keep № and the name only
            model->item(r, 0)->setCheckState(Qt::Unchecked);
        model->item(1, 1)->setText(QStringLiteral("Наставляемый"));
        editor->accept();
    });
    columns->click();
    const QList<BankColumns::Column> saved = BankColumnSets(demo.db).columns(MemberRole::Mentee);
    REQUIRE(saved.size() == 2);
    CHECK(saved.at(1).title == QStringLiteral("Наставляемый"));
    CHECK(figure(dialog.preview(), QStringLiteral("Столбцы")) == QStringLiteral("№ п/п; Наставляемый"));
}

TEST_CASE("a bank's export shows how far it got, and a cancel leaves no file")
{
    DemoCopy demo;
    ReportsDialog dialog(demo.db, {2024}, 2024);
    dialog.selectReport(0);
    QSignalSpy exported(&dialog, &ReportsDialog::exported);
    const QString path = demo.filePath(QStringLiteral("отменено (ПДн).xlsx"));
    dialog.cancelExport(); // before it starts: a new export starts afresh
    dialog.exportTo(path);
    dialog.cancelExport();
    REQUIRE(exported.wait(30000));
    CHECK(exported.at(0).at(1).toString().contains(QStringLiteral("отменено")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("the analytic report is saved as a PDF document from the reports screen, in the background")
{
    DemoCopy demo;
    ReportsDialog dialog(demo.db, {2024}, 2024);
    dialog.selectReport(5);
    dialog.setPeriod(2); // to April
    QSignalSpy exported(&dialog, &ReportsDialog::exported);
    const QString path = demo.filePath(QStringLiteral("Аналитический отчёт.pdf"));
    dialog.exportTo(path);
    REQUIRE(exported.wait(60000));
    CHECK(exported.at(0).at(1).toString().isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK((QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
}
