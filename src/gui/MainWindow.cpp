#include "gui/MainWindow.h"

#include "gui/AuditLogDialog.h"
#include "gui/HelpDialog.h"
#include "gui/PairsView.h"
#include "gui/QuestionnaireImportDialog.h"
#include "gui/RegistryLoader.h"
#include "gui/DroppedFile.h"
#include "gui/FirstExposure.h"
#include "gui/RecentStores.h"
#include "gui/WelcomeDialog.h"
#include "gui/RegistryView.h"
#include "gui/ReportsDialog.h"
#include "gui/ServiceCommand.h"
#include "gui/StoreOpening.h"
#include "gui/SvgIcon.h"
#include "gui/UiLanguage.h"
#include "services/RegistryService.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeyEvent>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace {
struct RegistryInfo
{
    RegistryKind kind;
    const char *title;
    const char *icon;
};
const RegistryInfo kRegistries[] = {
    {RegistryKind::People, QT_TRANSLATE_NOOP("MainWindow", "Участники"), ":/icons/people.svg"},
    {RegistryKind::Mentees, QT_TRANSLATE_NOOP("MainWindow", "Наставляемые"), ":/icons/mentee.svg"},
    {RegistryKind::Mentors, QT_TRANSLATE_NOOP("MainWindow", "Наставники"), ":/icons/mentor.svg"},
    {RegistryKind::Partners, QT_TRANSLATE_NOOP("MainWindow", "Партнёры"), ":/icons/partner.svg"},
};
}

MainWindow::MainWindow(DatabasePtr db, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_db(std::move(db)), m_undo(new QUndoStack(this))
{
    m_ui->setupUi(this);
    setWindowIcon(svgIcon(QStringLiteral(":/icons/kurator.svg")));
    if (!m_db->isServer())
        RecentStores::remember(m_db->path());
    m_loader = new RegistryLoader(
        [this](RegistryKind kind, RegistryTable table) {
            registryView(kind)->setTable(std::move(table));
            updateActions();
        },
        this);
    connect(m_loader, &RegistryLoader::failed, this, &MainWindow::showError);
    m_loader->hold(); // the first registry is read once the window is on the screen (showEvent)
    createRegistries();
    createActions();
    setAcceptDrops(true); // a table dropped on the window starts its import, a school file opens (openFile)
    fillYears();
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == roadmapRow())
            showRoadmap();
        else if (row == dashboardRow())
            showDashboard();
        else if (row == matchingRow())
            showMatching();
        else if (row == pairsRow())
            showPairs();
        else if (row >= 0)
            showRegistry(kRegistries[row].kind);
    });
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    const int last = settings.value(QStringLiteral("mainWindow/registry"), 0).toInt();
    m_ui->navigationList->setCurrentRow(last >= 0 && last <= pairsRow() ? last : 0);
    m_pathLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_pathLabel);
    connect(&m_backup, &QFutureWatcher<std::pair<bool, QString>>::finished, this, &MainWindow::reportBackup);
    showStoreState();
    scheduleAutomaticBackup();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_loader->isHolding()) { // the first show: not released yet
        new FirstExposure(windowHandle(), [this] { m_loader->release(); });
        QTimer::singleShot(500, m_loader, &RegistryLoader::release); // a window started hidden behind others
    }
}

MainWindow::~MainWindow()
{
    m_backup.waitForFinished(); // a copy being written is not cut off
}

void MainWindow::createRegistries()
{
    for (const RegistryInfo &info : kRegistries) {
        m_stale.insert(info.kind, true);
        new QListWidgetItem(svgIcon(QLatin1String(info.icon)), tr(info.title), m_ui->navigationList);
    }
    new QListWidgetItem(svgIcon(QStringLiteral(":/icons/roadmap.svg")), tr("Дорожная карта"), m_ui->navigationList);
    new QListWidgetItem(svgIcon(QStringLiteral(":/icons/kpi.svg")), tr("Показатели"), m_ui->navigationList);
    new QListWidgetItem(svgIcon(QStringLiteral(":/icons/match.svg")), tr("Подбор пар"), m_ui->navigationList);
    new QListWidgetItem(svgIcon(QStringLiteral(":/icons/pairs.svg")), tr("Пары и группы"), m_ui->navigationList);
}

// The roadmap, the KPI dashboard and matching follow the registries in the navigation.
int MainWindow::roadmapRow() const
{
    return int(std::size(kRegistries));
}

int MainWindow::dashboardRow() const
{
    return roadmapRow() + 1;
}

int MainWindow::matchingRow() const
{
    return dashboardRow() + 1;
}

int MainWindow::pairsRow() const
{
    return matchingRow() + 1;
}

bool MainWindow::isRoadmapShown() const
{
    return m_ui->navigationList->currentRow() == roadmapRow();
}

bool MainWindow::isRegistryShown() const
{
    return m_ui->navigationList->currentRow() < roadmapRow();
}

void MainWindow::reloadCurrentPage()
{
    if (isRoadmapShown())
        reloadRoadmap();
    else if (m_ui->navigationList->currentRow() == matchingRow())
        reloadMatching();
    else if (m_ui->navigationList->currentRow() == pairsRow())
        pairsView()->setYear(currentYear());
    else if (!isRegistryShown())
        reloadDashboard();
    else
        reload(currentKind());
}

// Views are made when first needed: the window then shows sooner (start-up is measured).
RegistryView *MainWindow::registryView(RegistryKind kind)
{
    if (RegistryView *view = m_views.value(kind))
        return view;
    const RegistryInfo &info = *std::find_if(std::begin(kRegistries), std::end(kRegistries),
                                             [kind](const RegistryInfo &i) { return i.kind == kind; });
    auto *view = new RegistryView(tr(info.title), this);
    m_ui->registryStack->addWidget(view);
    m_views.insert(kind, view);
    connect(view, &RegistryView::activated, this, &MainWindow::editRecord);
    connect(view, &RegistryView::selectionChanged, this, &MainWindow::updateActions);
    return view;
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, const char *icon = nullptr) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        if (icon)
            action->setIcon(svgIcon(QLatin1String(icon)));
        return action;
    };
    QAction *newSchool = make(tr("Новая &школа…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newSchool->setObjectName(QStringLiteral("newSchoolAction"));
    newSchool->setStatusTip(tr("Создать файл своей школы, открыть демонстрационную или недавнюю базу"));
    QAction *open = make(tr("&Открыть базу…"), QKeySequence::Open);
    QAction *server = make(tr("Подключиться к &серверу…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    server->setObjectName(QStringLiteral("serverAction"));
    QAction *upload = make(tr("В&ыгрузить файл школы на сервер…"), {});
    upload->setObjectName(QStringLiteral("uploadAction"));
    QAction *download = make(tr("&Загрузить школу с сервера в файл…"), {});
    download->setObjectName(QStringLiteral("downloadAction"));
    QAction *quit = make(tr("В&ыход"), QKeySequence::Quit);
    QAction *add = make(tr("&Добавить"), QKeySequence::New, ":/icons/add.svg");
    QAction *edit = make(tr("&Изменить"), Qt::Key_F2, ":/icons/edit.svg");
    QAction *archive = make(tr("В &архив"), QKeySequence::Delete, ":/icons/archive.svg");
    QAction *restore = make(tr("&Вернуть из архива"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    QAction *undo = m_undo->createUndoAction(this, tr("&Отменить"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Повторить"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    QAction *achievements = make(tr("&Достижения участника…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    achievements->setObjectName(QStringLiteral("achievementsAction"));
    QAction *find = make(tr("&Найти"), QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    QAction *refresh = make(tr("О&бновить"), QKeySequence::Refresh);
    QAction *auditLog = make(tr("&Журнал изменений…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    auditLog->setObjectName(QStringLiteral("auditLogAction"));
    QAction *about = make(tr("&О программе"), {});
    QAction *guide = make(tr("&Руководство пользователя"), QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("guideAction"));
    QAction *order = make(tr("&Приказ о закреплении пар…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *programmes = make(tr("Про&граммы наставничества…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    programmes->setObjectName(QStringLiteral("programmesAction"));
    QAction *importAnswers = make(tr("&Импорт анкет…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    importAnswers->setObjectName(QStringLiteral("importQuestionnairesAction"));
    QAction *surveys = make(tr("Анкеты и &опросы…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    surveys->setObjectName(QStringLiteral("surveysAction"));
    QAction *events = make(tr("Общие &мероприятия…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *reports = make(tr("О&тчёты в Excel…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    reports->setObjectName(QStringLiteral("reportsAction"));
    m_reportsAction = reports;
    QAction *backup = make(tr("&Резервная копия…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    backup->setObjectName(QStringLiteral("backupAction"));
    QAction *restoreCopy = make(tr("&Восстановить из копии…"), {});
    restoreCopy->setObjectName(QStringLiteral("restoreBackupAction"));
    events->setObjectName(QStringLiteral("eventsAction"));
    order->setObjectName(QStringLiteral("orderAction"));
    add->setObjectName(QStringLiteral("addAction"));
    edit->setObjectName(QStringLiteral("editAction"));
    archive->setObjectName(QStringLiteral("archiveAction"));
    restore->setObjectName(QStringLiteral("restoreAction"));
    QAction *forget = make(tr("&Забыть участника…"), {});
    forget->setObjectName(QStringLiteral("forgetAction"));
    forget->setStatusTip(tr("Удалить персональные данные участника, сохранив обезличенные данные для отчётов"));

    connect(newSchool, &QAction::triggered, this, &MainWindow::showWelcome);
    connect(open, &QAction::triggered, this, &MainWindow::openDatabaseFile);
    connect(server, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(upload, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Файл школы для выгрузки на сервер"), QString(),
                                                          tr("База Куратора (*.sqlite *.db);;Все файлы (*)"));
        if (!path.isEmpty())
            uploadSchoolFile(path);
    });
    connect(download, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Новый файл школы"), QString(),
                                                          tr("База Куратора (*.sqlite)"));
        if (!path.isEmpty())
            downloadSchool(path);
    });
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(add, &QAction::triggered, this, &MainWindow::addRecord);
    connect(edit, &QAction::triggered, this, &MainWindow::editRecord);
    connect(archive, &QAction::triggered, this, [this] { archiveSelected(true); });
    connect(restore, &QAction::triggered, this, [this] { archiveSelected(false); });
    connect(forget, &QAction::triggered, this, &MainWindow::forgetSelected);
    connect(achievements, &QAction::triggered, this, &MainWindow::editAchievements);
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(refresh, &QAction::triggered, this, &MainWindow::reloadAll);
    connect(auditLog, &QAction::triggered, this, [this] { AuditLogDialog(*m_db, this).exec(); });
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(guide, &QAction::triggered, this, [this] { HelpDialog(this).exec(); });
    connect(order, &QAction::triggered, this, &MainWindow::openOrder);
    connect(programmes, &QAction::triggered, this, &MainWindow::openProgrammes);
    connect(importAnswers, &QAction::triggered, this, [this] { importQuestionnaires(); });
    connect(surveys, &QAction::triggered, this, &MainWindow::openSurveys);
    connect(events, &QAction::triggered, this, &MainWindow::openEvents);
    connect(reports, &QAction::triggered, this, &MainWindow::openReports);
    // On X11 a line edit takes Ctrl+E for «end of line» and the search fields would swallow
    // «Отчёты в Excel…»; End still moves there.
    qApp->installEventFilter(this);
    connect(backup, &QAction::triggered, this, &MainWindow::saveBackup);
    connect(restoreCopy, &QAction::triggered, this, &MainWindow::restoreBackup);

    m_ui->fileMenu->addActions({newSchool, open});
    QMenu *recent = m_ui->fileMenu->addMenu(tr("&Недавние базы"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    m_ui->fileMenu->addActions({server, upload, download});
    m_ui->fileMenu->addSeparator();
    m_ui->fileMenu->addActions({importAnswers, surveys, order, programmes, events});
    m_ui->fileMenu->addSeparator();
    m_ui->fileMenu->addAction(reports);
    m_ui->fileMenu->addSeparator();
    m_ui->fileMenu->addActions({backup, restoreCopy});
    m_ui->fileMenu->addSeparator();
    m_ui->fileMenu->addAction(quit);
    m_ui->editMenu->addActions({undo, redo});
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addActions({add, edit, archive, restore, achievements});
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(forget);
    m_ui->editMenu->addSeparator();
    m_ui->editMenu->addAction(find);
    for (int i = 0; i < int(std::size(kRegistries)); ++i) {
        QAction *show = make(tr(kRegistries[i].title), QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), kRegistries[i].icon);
        connect(show, &QAction::triggered, this, [this, i] { m_ui->navigationList->setCurrentRow(i); });
        m_ui->viewMenu->addAction(show);
    }
    QAction *roadmap = make(tr("Дорожная карта"), QKeySequence(Qt::CTRL | (Qt::Key_1 + roadmapRow())), ":/icons/roadmap.svg");
    connect(roadmap, &QAction::triggered, this, [this] { m_ui->navigationList->setCurrentRow(roadmapRow()); });
    m_ui->viewMenu->addAction(roadmap);
    QAction *dashboard = make(tr("Показатели"), QKeySequence(Qt::CTRL | (Qt::Key_1 + dashboardRow())), ":/icons/kpi.svg");
    connect(dashboard, &QAction::triggered, this, [this] { m_ui->navigationList->setCurrentRow(dashboardRow()); });
    m_ui->viewMenu->addAction(dashboard);
    QAction *matching = make(tr("Подбор пар"), QKeySequence(Qt::CTRL | (Qt::Key_1 + matchingRow())), ":/icons/match.svg");
    connect(matching, &QAction::triggered, this, [this] { m_ui->navigationList->setCurrentRow(matchingRow()); });
    m_ui->viewMenu->addAction(matching);
    QAction *pairs = make(tr("Пары и группы"), QKeySequence(Qt::CTRL | (Qt::Key_1 + pairsRow())), ":/icons/pairs.svg");
    connect(pairs, &QAction::triggered, this, [this] { m_ui->navigationList->setCurrentRow(pairsRow()); });
    m_ui->viewMenu->addAction(pairs);
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addActions({auditLog, refresh});
    m_ui->viewMenu->addSeparator();
    addLanguageMenu();
    m_ui->helpMenu->addActions({guide, about});

    m_ui->mainToolBar->addActions({add, edit, archive});
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addActions({undo, redo});
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(new QLabel(tr(" Учебный год: "), this));
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->setToolTip(tr("Учебный год реестров наставляемых и наставников"));
    m_ui->mainToolBar->addWidget(m_yearCombo);
    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_stale[RegistryKind::Mentees] = m_stale[RegistryKind::Mentors] = true;
        reloadCurrentPage();
    });
}

// «Язык интерфейса»: the system's, Russian or English, from the next start on.
void MainWindow::addLanguageMenu()
{
    QMenu *menu = m_ui->viewMenu->addMenu(tr("&Язык интерфейса"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QList<QPair<QString, QString>> languages{
        {QString(), tr("Как в системе")}, {QStringLiteral("ru"), QStringLiteral("Русский")}, {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, title] : languages) {
        QAction *action = menu->addAction(title);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == UiLanguage::chosen());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            UiLanguage::choose(code);
            statusBar()->showMessage(tr("Язык интерфейса сменится при следующем запуске Куратора."), 10000);
        });
    }
}

void MainWindow::fillYears()
{
    const QSignalBlocker blocker(m_yearCombo);
    const int current = AcademicYear::containing(QDate::currentDate()).startYear();
    QList<int> years{current, current + 1};
    for (const AcademicYear &y : RegistryService(m_db).years())
        if (!years.contains(y.startYear()))
            years << y.startYear();
    std::sort(years.begin(), years.end());
    m_yearCombo->clear();
    for (int y : years)
        m_yearCombo->addItem(AcademicYear(y).title(), y);
    m_yearCombo->setCurrentIndex(m_yearCombo->findData(current));
}

void MainWindow::openReports()
{
    QList<int> years;
    for (int i = 0; i < m_yearCombo->count(); ++i)
        years << m_yearCombo->itemData(i).toInt();
    ReportsDialog(m_db, years, currentYear(), this).exec();
}

int MainWindow::currentYear() const { return m_yearCombo->currentData().toInt(); }

void MainWindow::setCurrentYear(int startYear)
{
    const int index = m_yearCombo->findData(startYear);
    if (index >= 0)
        m_yearCombo->setCurrentIndex(index);
}

// Ctrl+F: the search field of the page on screen (a registry, pairs, matching; the roadmap's
// filter by owner); the dashboard has none.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && m_reportsAction) {
        const auto *edit = qobject_cast<QLineEdit *>(watched);
        const auto *key = static_cast<QKeyEvent *>(event);
        if (edit && edit->window() == this && QKeySequence(key->keyCombination()) == m_reportsAction->shortcut()) {
            event->ignore(); // not the edit's: the window's shortcut runs
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::focusSearch()
{
    QWidget *page = m_ui->registryStack->currentWidget();
    auto *search = page ? page->findChild<QLineEdit *>(QStringLiteral("searchEdit")) : nullptr;
    if (!search && page)
        search = page->findChild<QLineEdit *>(QStringLiteral("ownerEdit"));
    if (search) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

RegistryKind MainWindow::currentKind() const
{
    const int row = std::clamp(m_ui->navigationList->currentRow(), 0, roadmapRow() - 1);
    return kRegistries[row].kind;
}

void MainWindow::showRegistry(RegistryKind kind)
{
    for (int i = 0; i < int(std::size(kRegistries)); ++i)
        if (kRegistries[i].kind == kind && m_ui->navigationList->currentRow() != i)
            m_ui->navigationList->setCurrentRow(i);
    m_ui->registryStack->setCurrentWidget(registryView(kind));
    if (m_stale.value(kind))
        reload(kind);
    updateActions();
}

void MainWindow::reload(RegistryKind kind)
{
    RegistryView *view = registryView(kind);
    view->setLoading();
    m_loader->load({m_db->address(), kind, currentYear(), QDate::currentDate(), view->model()->sortColumn(),
                    view->model()->sortOrder()});
    m_stale[kind] = false;
}

void MainWindow::waitForRegistries()
{
    m_loader->waitForAll();
}

// After an edit every registry may show the changed person; the visible one reloads now,
// the others when they are next shown.
void MainWindow::reloadAll()
{
    for (auto it = m_stale.begin(); it != m_stale.end(); ++it)
        it.value() = true;
    reloadCurrentPage();
}

// Add, edit and archive act on registries; the roadmap is edited in place.
void MainWindow::updateActions()
{
    const bool registry = isRegistryShown();
    const bool selected = registry && !registryView(currentKind())->selectedIds().isEmpty();
    if (auto *a = findChild<QAction *>(QStringLiteral("achievementsAction")))
        a->setEnabled(selected && currentKind() != RegistryKind::Partners && !m_db->isReadOnly());
    for (const char *name : {"editAction", "archiveAction", "restoreAction"})
        if (auto *a = findChild<QAction *>(QLatin1String(name)))
            a->setEnabled(selected && !m_db->isReadOnly());
    if (auto *a = findChild<QAction *>(QStringLiteral("addAction")))
        a->setEnabled(registry && !m_db->isReadOnly());
    if (auto *a = findChild<QAction *>(QStringLiteral("forgetAction")))
        a->setEnabled(selected && currentKind() != RegistryKind::Partners && registryView(currentKind())->selectedIds().size() == 1
                      && !m_db->isReadOnly());
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Куратор"), message);
}

void MainWindow::pushEdit(const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    m_undo->push(new ServiceCommand(text, std::move(redo), std::move(undo),
                                    [this](const QString &e) { showError(e); }, [this] { reloadAll(); }));
    reloadAll();
}

void MainWindow::openDatabaseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Открыть базу Куратора"), QFileInfo(m_db->path()).path(),
                                                      tr("База Куратора (*.sqlite *.db);;Все файлы (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::showWelcome()
{
    WelcomeDialog welcome(this);
    if (welcome.exec() != QDialog::Accepted)
        return;
    if (welcome.database()->isServer()) {
        openServerSession(welcome.database());
        return;
    }
    setDatabase(welcome.database());
    if (welcome.startYear() > 0)
        setCurrentYear(welcome.startYear());
}

void MainWindow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList stores = RecentStores::list();
    for (int i = 0; i < stores.size(); ++i) {
        // The number is the menu's accelerator: Alt+Ф, Н, then 1…8.
        QAction *action = menu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(stores[i]));
        action->setData(stores[i]);
        connect(action, &QAction::triggered, this, [this, path = stores[i]] { openDatabase(path); });
    }
    if (stores.isEmpty())
        menu->addAction(tr("Пока нет"))->setEnabled(false);
}

void MainWindow::openDatabase(const QString &path)
{
    Database::Options options;
    options.createIfMissing = false;
    auto opened = openStore(path, options, this);
    if (!opened) {
        if (!opened.error().isEmpty())
            showError(opened.error());
        return;
    }
    setDatabase(opened.value());
}

void MainWindow::setDatabase(DatabasePtr db)
{
    m_db = std::move(db);
    if (!m_db->isServer())
        RecentStores::remember(m_db->path());
    m_undo->clear();
    // The pairs page holds the store it was made with: made again on the new one.
    const bool pairsShown = m_pairs && m_ui->registryStack->currentWidget() == m_pairs;
    delete m_pairs;
    m_pairs = nullptr;
    fillYears();
    showStoreState();
    reloadAll();
    if (pairsShown)
        showPairs();
    scheduleAutomaticBackup();
}

// Which store is open and how: read-only when another program writes it, after a crash of the last session.
void MainWindow::showStoreState()
{
    const bool readOnly = m_db->isReadOnly();
    m_pathLabel->setText(readOnly ? tr("%1 — только чтение").arg(m_db->path()) : m_db->path());
    m_pathLabel->setToolTip(readOnly ? tr("Для записи базу держит %1.").arg(m_db->readOnlyReason()) : QString());
    setWindowTitle(readOnly ? tr("только чтение") : QString());
    for (const char *name : {"importQuestionnairesAction", "restoreBackupAction"})
        if (auto *a = findChild<QAction *>(QLatin1String(name)))
            a->setEnabled(!readOnly);
    // A server keeps its own copies (its administrator's pg_dump); moving a school needs one.
    for (const char *name : {"backupAction", "restoreBackupAction"})
        if (auto *a = findChild<QAction *>(QLatin1String(name)); a && m_db->isServer())
            a->setEnabled(false);
    for (const char *name : {"uploadAction", "downloadAction"})
        if (auto *a = findChild<QAction *>(QLatin1String(name)))
            a->setEnabled(m_db->isServer() && !readOnly);
    updateActions();
    if (const auto crashed = m_db->crashedSession())
        statusBar()->showMessage(tr("Прошлый сеанс работы с базой (%1) завершился аварийно; незавершённые изменения "
                                    "отброшены, сохранённые на месте.").arg(crashed->describe()), 0);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("О программе"),
                       tr("<b>Куратор наставничества</b> %1<br>Реестры наставляемых и наставников, пары и группы, "
                          "дорожная карта и отчёты по целевой модели наставничества.<br><br>База: %2")
                           .arg(QCoreApplication::applicationVersion(), m_db->path().toHtmlEscaped()));
}

// Questionnaires: from the menu, or a table dropped on the window; the kind follows the bank shown.
void MainWindow::importQuestionnaires(const QString &path)
{
    QuestionnaireImportDialog dialog(m_db, currentYear(), this);
    if (!path.isEmpty())
        dialog.setFile(path, isRegistryShown() && currentKind() == RegistryKind::Mentors ? QuestionnaireKind::Mentor
                                                                                          : QuestionnaireKind::Mentee);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Импорт анкет: новых участников %1, обновлено %2")
                                 .arg(dialog.report().created).arg(dialog.report().updated), 8000);
    reloadAll();
}

void MainWindow::openFile(const DroppedFile &file)
{
    if (file.kind == DroppedFile::Kind::Store)
        openDatabase(file.path);
    else if (file.kind == DroppedFile::Kind::Table && m_ui->navigationList->currentRow() == roadmapRow())
        importRoadmap(file.path);
    else if (file.kind == DroppedFile::Kind::Table)
        importQuestionnaires(file.path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (DroppedFile::of(event->mimeData()).kind != DroppedFile::Kind::None)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const DroppedFile file = DroppedFile::of(event->mimeData());
    if (file.kind == DroppedFile::Kind::None)
        return;
    event->acceptProposedAction();
    // After the drop has finished, so that the file manager is not kept waiting by the dialog.
    QMetaObject::invokeMethod(this, [this, file] { openFile(file); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/registry"), m_ui->navigationList->currentRow());
    event->accept();
}
