// The planning pages of the main window: the roadmap (shown, edited in place undoably, made from a
// template or imported) and the KPI dashboard.
#include "gui/MainWindow.h"

#include "gui/DashboardView.h"
#include "gui/KpiDefinitionsDialog.h"
#include "gui/KpiTargetsDialog.h"
#include "gui/RoadmapImportDialog.h"
#include "gui/RoadmapView.h"
#include "gui/ServiceCommand.h"
#include "services/DashboardService.h"
#include "services/KpiService.h"
#include "services/RoadmapService.h"
#include "ui_MainWindow.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QStatusBar>
#include <QUndoStack>

RoadmapView *MainWindow::roadmapView()
{
    if (m_roadmap)
        return m_roadmap;
    m_roadmap = new RoadmapView(this);
    m_ui->registryStack->addWidget(m_roadmap);
    m_roadmap->model()->setCommit([this](const RoadmapItem &before, const RoadmapItem &after) -> Status {
        RoadmapService service(m_db);
        if (Status s = service.updateItem(after); !s) {
            showError(s.error());
            return s;
        }
        m_undo->push(new ServiceCommand(
            tr("Изменение мероприятия «%1»").arg(before.activity.left(40)),
            [service, after]() mutable { return service.updateItem(after); },
            [service, before]() mutable { return service.updateItem(before); },
            [this](const QString &e) { showError(e); }, [this] { reloadAll(); }));
        return {};
    });
    connect(m_roadmap, &RoadmapView::templateRequested, this, &MainWindow::createRoadmapFromTemplate);
    connect(m_roadmap, &RoadmapView::importRequested, this, [this] { importRoadmap(); });
    return m_roadmap;
}

void MainWindow::showRoadmap()
{
    if (m_ui->navigationList->currentRow() != roadmapRow())
        m_ui->navigationList->setCurrentRow(roadmapRow());
    m_ui->registryStack->setCurrentWidget(roadmapView());
    reloadRoadmap();
    updateActions();
}

void MainWindow::reloadRoadmap()
{
    QMap<QString, std::optional<double>> metrics;
    for (const KpiRow &row : KpiService(m_db).compute(currentYear()))
        metrics.insert(row.definition.code, row.value.percent());
    roadmapView()->setItems(RoadmapService(m_db).items(currentYear()), AcademicYear(currentYear()), QDate::currentDate(),
                            metrics);
}

void MainWindow::createRoadmapFromTemplate()
{
    const QList<RoadmapTemplate> templates = RoadmapService::templates();
    QStringList titles;
    for (const RoadmapTemplate &t : templates)
        titles << tr("%1 (%n мероприятий)", nullptr, int(t.items.size())).arg(t.title);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Дорожная карта из шаблона"),
                                                 tr("Шаблон для %1 учебного года:").arg(AcademicYear(currentYear()).title()),
                                                 titles, 0, false, &ok);
    if (!ok)
        return;
    const auto created = RoadmapService(m_db).createFromTemplate(templates[titles.indexOf(chosen)].id, currentYear());
    if (!created)
        showError(created.error());
    reloadRoadmap();
}

void MainWindow::importRoadmap(const QString &chosen)
{
    const QString path = !chosen.isEmpty() ? chosen
                         : QFileDialog::getOpenFileName(this, tr("Импорт дорожной карты"), QString(),
                                                        tr("Таблицы (*.docx *.xlsx *.csv *.tsv *.txt);;Все файлы (*)"));
    if (path.isEmpty())
        return;
    RoadmapImportDialog dialog(currentYear(), this);
    if (Status read = dialog.setFile(path); !read) {
        showError(read.error());
        return;
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto imported = RoadmapService(m_db).importFile(path, currentYear(), QString(), dialog.columns());
    if (!imported) {
        showError(imported.error());
        return;
    }
    statusBar()->showMessage(tr("Дорожная карта импортирована: мероприятий %1").arg(imported.value().items), 8000);
    reloadRoadmap();
}

DashboardView *MainWindow::dashboardView()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardView(this);
        m_ui->registryStack->addWidget(m_dashboard);
        connect(m_dashboard, &DashboardView::targetsRequested, this, &MainWindow::editKpiTargets);
        connect(m_dashboard, &DashboardView::definitionsRequested, this, &MainWindow::editKpiDefinitions);
    }
    return m_dashboard;
}

void MainWindow::showDashboard()
{
    if (m_ui->navigationList->currentRow() != dashboardRow())
        m_ui->navigationList->setCurrentRow(dashboardRow());
    m_ui->registryStack->setCurrentWidget(dashboardView());
    reloadDashboard();
    updateActions();
}

void MainWindow::reloadDashboard()
{
    dashboardView()->setData(DashboardService(m_db).load(currentYear(), QDate::currentDate()));
}

void MainWindow::editKpiTargets()
{
    KpiService service(m_db);
    const int year = currentYear();
    const KpiYearSettings before = service.yearSettings(year);
    KpiTargetsDialog dialog(KpiRepository(m_db->connection()).definitions(), year, this);
    dialog.setSettings(before);
    if (dialog.exec() != QDialog::Accepted || dialog.settings() == before)
        return;
    const KpiYearSettings after = dialog.settings();
    if (Status s = service.setYearSettings(year, after); !s) {
        showError(s.error());
        return;
    }
    m_undo->push(new ServiceCommand(
        tr("Цели и контингент %1").arg(AcademicYear(year).title()),
        [service, year, after]() mutable { return service.setYearSettings(year, after); },
        [service, year, before]() mutable { return service.setYearSettings(year, before); },
        [this](const QString &e) { showError(e); }, [this] { reloadAll(); }));
    reloadDashboard();
}

// The KPIs' names and the counting rules' parameters, changed together and undone together.
void MainWindow::editKpiDefinitions()
{
    KpiService service(m_db);
    const QList<KpiDefinition> definitionsBefore = service.definitions();
    const Kpi::Settings settingsBefore = service.countingSettings();
    KpiDefinitionsDialog dialog(definitionsBefore, settingsBefore, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<KpiDefinition> definitionsAfter = dialog.definitions();
    const Kpi::Settings settingsAfter = dialog.settings();
    const auto apply = [db = m_db](const QList<KpiDefinition> &definitions, const Kpi::Settings &settings) {
        return db->transaction([&]() -> Status {
            KpiService kpis(db);
            if (Status s = kpis.setDefinitions(definitions); !s)
                return s;
            return kpis.setCountingSettings(settings);
        });
    };
    if (Status s = apply(definitionsAfter, settingsAfter); !s) {
        showError(s.error());
        return;
    }
    m_undo->push(new ServiceCommand(
        tr("Определения показателей"), [=] { return apply(definitionsAfter, settingsAfter); },
        [=] { return apply(definitionsBefore, settingsBefore); }, [this](const QString &e) { showError(e); },
        [this] { reloadAll(); }));
    reloadDashboard();
}
