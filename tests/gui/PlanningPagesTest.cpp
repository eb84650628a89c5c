#include "gui/DashboardView.h"
#include "gui/KpiDefinitionsDialog.h"
#include "gui/KpiTargetsDialog.h"
#include "gui/MainWindow.h"
#include "gui/TimelineView.h"
#include "gui/RoadmapView.h"
#include "services/RoadmapService.h"
#include "support/TestSupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>
#include <QChartView>
#include "gui/modules/ChartModule.h"
#include "gui/modules/LazyModule.h"
#include "gui/modules/PrintModule.h"
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <catch2/catch.hpp>

namespace {
int visibleActivities(QTreeView *tree)
{
    QAbstractItemModel *m = tree->model();
    int count = 0;
    for (int s = 0; s < m->rowCount(); ++s)
        count += m->rowCount(m->index(s, 0));
    return count;
}
}

TEST_CASE("the roadmap page shows the year's activities, filters them and edits in place with undo")
{
    TempDatabase t;
    const int year = AcademicYear::containing(QDate::currentDate()).startYear();
    REQUIRE(RoadmapService(t.db).importFile(QStringLiteral(KURATOR_TEST_DATA "/seeds/004_0aa646b3f90ba87c.txt"), year,
                                            QString()).ok());
    MainWindow window(t.db);
    window.show();
    window.showRoadmap();
    RoadmapView *view = window.roadmapView();
    REQUIRE(view->isVisible());
    auto *tree = view->findChild<QTreeView *>(QStringLiteral("treeView"));
    REQUIRE(tree);
    CHECK(visibleActivities(tree) == 37);
    CHECK(view->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("Мероприятий: 37")));
    // Adding, editing and archiving are for registries.
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("addAction"))->isEnabled());

    // The seed's deadlines lie in 2021; placed in this year they keep their dates, so nothing is late
    // only if done: «просроченные» lists exactly the activities with a passed, recognised deadline.
    int expectedOverdue = 0;
    for (const RoadmapItem &item : view->model()->items())
        expectedOverdue += item.isOverdueOn(QDate::currentDate()) ? 1 : 0;
    auto *show = view->findChild<QComboBox *>(QStringLiteral("showCombo"));
    show->setCurrentIndex(show->findText(QStringLiteral("просроченные")));
    CHECK(visibleActivities(tree) == expectedOverdue);
    // The timeline follows the filter: a heading per shown section and a row per activity.
    CHECK(view->timeline()->rowCount() == tree->model()->rowCount() + expectedOverdue);
    show->setCurrentIndex(0);
    CHECK(view->timeline()->rowCount() == tree->model()->rowCount() + 37);
    CHECK_FALSE(view->timeline()->grab().isNull());
    view->findChild<QLineEdit *>(QStringLiteral("ownerEdit"))->setText(QStringLiteral("координатор"));
    const int coordinator = visibleActivities(tree);
    CHECK(coordinator > 0);
    CHECK(coordinator < 37);
    view->findChild<QLineEdit *>(QStringLiteral("ownerEdit"))->clear();

    // Mark the first activity done through the view's model, as the status editor does.
    QAbstractItemModel *m = tree->model();
    const QModelIndex first = m->index(0, RoadmapModel::StatusCol, m->index(0, 0));
    REQUIRE(m->setData(first, int(RoadmapStatus::Done), Qt::EditRole));
    CHECK(RoadmapService(t.db).items(year).first().status == RoadmapStatus::Done);
    CHECK(first.data().toString() == RoadmapCodes::label(RoadmapStatus::Done));
    // A deadline typed by hand is read again.
    const QModelIndex deadline = m->index(1, RoadmapModel::DeadlineCol, m->index(0, 0));
    REQUIRE(m->setData(deadline, QStringLiteral("ежеквартально"), Qt::EditRole));
    CHECK(RoadmapService(t.db).items(year)[1].deadline.recurrence == Recurrence::Quarterly);
    // An empty activity is refused.
    CHECK_FALSE(m->setData(m->index(2, RoadmapModel::ActivityCol, m->index(0, 0)), QString(), Qt::EditRole));

    // A KPI linked to a metric takes its actual value from the data and is no longer typed.
    const QModelIndex metric = m->index(2, RoadmapModel::MetricCol, m->index(0, 0));
    const QModelIndex actual = m->index(2, RoadmapModel::ActualCol, m->index(0, 0));
    CHECK(actual.flags() & Qt::ItemIsEditable);
    CHECK_FALSE(m->setData(metric, QStringLiteral("нет_такой"), Qt::EditRole));
    REQUIRE(m->setData(metric, Kpi::Consents, Qt::EditRole));
    CHECK(RoadmapService(t.db).items(year)[2].kpiCode == Kpi::Consents);
    CHECK(actual.data().toString() == QStringLiteral("нет данных")); // nobody takes part yet
    CHECK_FALSE(actual.flags() & Qt::ItemIsEditable);
    window.undoStack()->undo();
    CHECK(RoadmapService(t.db).items(year)[2].kpiCode.isEmpty());

    window.undoStack()->undo();
    CHECK(RoadmapService(t.db).items(year)[1].deadline.recurrence != Recurrence::Quarterly);
    window.undoStack()->undo();
    CHECK(RoadmapService(t.db).items(year).first().status == RoadmapStatus::Planned);
    window.undoStack()->redo();
    CHECK(RoadmapService(t.db).items(year).first().status == RoadmapStatus::Done);
}

TEST_CASE("an empty year invites to create the roadmap")
{
    TempDatabase t;
    MainWindow window(t.db);
    window.show();
    window.showRoadmap();
    CHECK(window.roadmapView()->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("шаблона")));
}

TEST_CASE("the dashboard shows every KPI against its target, with its charts")
{
    auto opened = Database::open(demoDatabasePath());
    REQUIRE(opened.ok());
    MainWindow window(opened.value());
    window.setCurrentYear(2024);
    window.show();
    window.showDashboard();
    DashboardView *view = window.dashboardView();
    REQUIRE(view->isVisible());
    auto *table = view->findChild<QTableView *>(QStringLiteral("kpiTable"));
    REQUIRE(table);
    QAbstractItemModel *kpis = table->model();
    REQUIRE(kpis->rowCount() == 10);
    int withTarget = 0;
    for (int r = 0; r < kpis->rowCount(); ++r)
        withTarget += kpis->index(r, 4).data().toString().isEmpty() ? 0 : 1;
    CHECK(withTarget == 9); // the demo school sets nine of the ten targets
    const QList<QChartView *> charts = view->findChildren<QChartView *>();
    REQUIRE(charts.size() == 4);
    for (QChartView *chart : charts) {
        INFO(chart->chart()->title().toStdString());
        CHECK_FALSE(chart->chart()->series().isEmpty());
    }
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("addAction"))->isEnabled());
}

TEST_CASE("the targets dialog shows a year's settings and gives back what was entered")
{
    QList<KpiDefinition> definitions{{Kpi::PupilsMentees, QStringLiteral("Доля обучающихся"), {}, {}},
                                     {Kpi::Consents, QStringLiteral("Согласия"), {}, {}}};
    KpiTargetsDialog dialog(definitions, 2025);
    KpiYearSettings settings;
    settings.targets = {{Kpi::PupilsMentees, 20}};
    settings.contingent = {{Kpi::ContingentTeachers, 80}};
    dialog.setSettings(settings);
    CHECK(dialog.settings() == settings);
    auto *consents = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("target_consents"));
    REQUIRE(consents);
    CHECK(consents->text() == QStringLiteral("не задана"));
    consents->setValue(100);
    dialog.findChild<QSpinBox *>(QStringLiteral("contingent_teachers"))->setValue(-1);
    const KpiYearSettings edited = dialog.settings();
    CHECK(edited.targets.value(Kpi::Consents) == 100.0);
    CHECK_FALSE(edited.contingent.contains(Kpi::ContingentTeachers));
    CHECK(dialog.grab().width() > 0);
}

TEST_CASE("the definitions dialog edits each KPI's name and the counting parameters, and refuses a blank name")
{
    QList<KpiDefinition> definitions{{Kpi::PupilsMentees, QStringLiteral("Доля обучающихся"), QStringLiteral("наставляемые"),
                                      QStringLiteral("все обучающиеся")},
                                     {Kpi::Consents, QStringLiteral("Согласия"), {}, {}}};
    Kpi::Settings settings;
    settings.youngSpecialist.maxAge = 35;
    KpiDefinitionsDialog dialog(definitions, settings);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("definitionsList"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    REQUIRE(list);
    REQUIRE(name);
    CHECK(name->text() == QStringLiteral("Доля обучающихся"));
    list->setCurrentRow(1);
    CHECK(name->text() == QStringLiteral("Согласия"));
    name->setText(QStringLiteral("Согласия родителей"));
    Q_EMIT name->textEdited(name->text());
    auto *comparison = dialog.findChild<QComboBox *>(QStringLiteral("comparisonCombo"));
    comparison->setCurrentIndex(comparison->findData(QStringLiteral("<=")));
    list->setCurrentRow(0); // the edits of the second stay with it
    CHECK(dialog.definitions()[1].name == QStringLiteral("Согласия родителей"));
    CHECK(dialog.definitions()[1].comparison == QStringLiteral("<="));
    CHECK(dialog.definitions()[0].numerator == QStringLiteral("наставляемые"));
    CHECK(list->item(1)->text() == QStringLiteral("Согласия родителей"));
    CHECK(dialog.settings().youngSpecialist.maxAge == 35);
    dialog.findChild<QSpinBox *>(QStringLiteral("pupilAgeFromSpin"))->setValue(15);
    CHECK(dialog.settings().pupilAgeFrom == 15);
    dialog.findChild<QCheckBox *>(QStringLiteral("youngAgeCheck"))->setChecked(false);
    CHECK_FALSE(dialog.settings().youngSpecialist.maxAge.has_value());

    name->setText(QString());
    Q_EMIT name->textEdited(QString());
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept(); // the problems are told; the dialog stays open
    });
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("a module that is not beside the program is refused with the place it was looked for")
{
    QString error;
    CHECK(LazyModule::instance("kurator_no_such_module", &error) == nullptr);
    CHECK(error.contains(QStringLiteral("lib/kurator/kurator_no_such_module.so")));
    CHECK(LazyModule::get<ChartModule>("kurator_print", &error) == nullptr); // a module of another kind
    CHECK(error.contains(QStringLiteral("kurator_print")));
    CHECK(LazyModule::get<ChartModule>("kurator_charts", &error) != nullptr);
    CHECK(LazyModule::get<PrintModule>("kurator_print", &error) != nullptr);
}
