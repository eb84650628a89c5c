#pragma once
#include "gui/DroppedFile.h"
#include "services/RegistryTable.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QMap>
#include <functional>
#include <memory>

namespace Ui { class MainWindow; }
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QUndoStack;
class RegistryLoader;
class RegistryView;
class DashboardView;
class MatchingView;
class PairsView;
class RoadmapView;
struct MatchConstraints;

// Главное окно: navigation between the registries, the school year, add / edit / archive, undo.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DatabasePtr db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showRegistry(RegistryKind kind);
    void showRoadmap();
    RoadmapView *roadmapView();
    void showDashboard();
    DashboardView *dashboardView();
    void showMatching();
    MatchingView *matchingView();
    void showPairs();
    // Ctrl+F: focus the search field of the page on screen.
    void focusSearch();
    PairsView *pairsView();
    RegistryKind currentKind() const;
    RegistryView *registryView(RegistryKind kind);
    int currentYear() const;
    void setCurrentYear(int startYear);
    // The automatic backup of the open store, now; the window waits for it when it closes.
    void startAutomaticBackup();
    void waitForBackup() { m_backup.waitForFinished(); }
    QUndoStack *undoStack() const { return m_undo; }
    // Registries load in the background; this waits until the ones asked for have arrived.
    void waitForRegistries();
    // A session on the municipal server: a curator's becomes the window's store (their school); the
    // coordinator's opens the consolidated view of all schools.
    void openServerSession(DatabasePtr session);
    // Opens a school file as «Открыть базу…» and «Недавние базы» do (asking when another program holds it).
    void openDatabase(const QString &path);
    // A file dropped on the window or named on the command line: a school file opens; a table starts
    // the roadmap's import on the roadmap page and the questionnaires' elsewhere.
    void openFile(const DroppedFile &file);
    // The school's file onto the server the window works on, and the school back into a new file;
    // the outcome is told in a message box. Public for the tests, which skip the file choosers.
    void uploadSchoolFile(const QString &path);
    void downloadSchool(const QString &path);
    // Pushes an already-made profile edit onto the undo stack (used by the profile editors).
    void pushProfileEdit(const QString &text, std::function<Status()> redo, std::function<Status()> undo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void addLanguageMenu();
    void createRegistries();
    void fillYears();
    void setDatabase(DatabasePtr db);
    void reload(RegistryKind kind);
    int roadmapRow() const;
    int dashboardRow() const;
    int matchingRow() const;
    int pairsRow() const;
    bool isRoadmapShown() const;
    bool isRegistryShown() const;
    void reloadCurrentPage();
    void reloadRoadmap();
    void reloadDashboard();
    void editKpiTargets();
    void editKpiDefinitions();
    void reloadMatching();
    void runMatching();
    void editMatchOptions();
    void changeConstraints(const QString &text, const std::function<void(MatchConstraints &)> &change);
    void approveMatching();
    void openOrder();
    void openProgrammes();
    void openSurveys();
    void openEvents();
    void importQuestionnaires(const QString &path = {});
    void createRoadmapFromTemplate();
    // From the roadmap page's «Импорт…» (asks for the file) or a table dropped on the page.
    void importRoadmap(const QString &path = {});
    void reloadAll();
    void updateActions();
    void showError(const QString &message);
    void pushEdit(const QString &text, std::function<Status()> redo, std::function<Status()> undo);

    void addRecord();
    void editRecord();
    void editAchievements();
    void archiveSelected(bool archived);
    void forgetSelected();
    void openDatabaseFile();
    // «Файл › Новая школа…»: the first run's screen, its choice becoming the window's store.
    void showWelcome();
    void connectToServer();
    void fillRecentMenu(QMenu *menu);
    void showAbout();

    void addPerson();
    void editPerson(qint64 id);
    void addPartner();
    void editPartner(qint64 id);
    void addProfile(MemberRole role);
    void editProfile(MemberRole role, qint64 personId);

    // Backups (MainWindowBackup.cpp): the automatic one in the background a little after a store
    // is opened, one saved on demand, a restore that replaces the store and opens it again.
    void scheduleAutomaticBackup();
    void showStoreState();
    void openReports();
    void reportBackup();
    void saveBackup();
    void restoreBackup();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabasePtr m_db;
    QFutureWatcher<std::pair<bool, QString>> m_backup; // made, and the copy's path or why not
    QMap<RegistryKind, RegistryView *> m_views;
    QMap<RegistryKind, bool> m_stale;
    QComboBox *m_yearCombo = nullptr;
    QLabel *m_pathLabel = nullptr;
    QUndoStack *m_undo = nullptr;
    QAction *m_reportsAction = nullptr; // its shortcut is let through the search fields (eventFilter)
    RegistryLoader *m_loader = nullptr;
    RoadmapView *m_roadmap = nullptr;
    DashboardView *m_dashboard = nullptr;
    MatchingView *m_matching = nullptr;
    PairsView *m_pairs = nullptr;
};
