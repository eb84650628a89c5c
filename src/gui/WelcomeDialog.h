#pragma once
#include "storage/Database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class WelcomeDialog;
}
class ContingentFields;

// The first run's screen, and «Файл › Новая школа…»: create the curator's own school (its name, the
// school year the work starts in and the contingent, in a new file), or open the demo school, a
// recent file, another file (also dropped on the screen) or the municipal server. Accepted, it leaves the open store in database().
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    DatabasePtr database() const { return m_db; }
    // The school year the new school starts in; 0 when an existing store was opened.
    int startYear() const { return m_startYear; }
    // Where «Создать школу» writes (the user's data folder by default).
    void setNewStorePath(const QString &path);
    // «Создать школу»: false, with the problems shown in the form, when nothing was created.
    bool createSchool();
    bool openFile(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void fillRecent();
    void openCurrentRecent();
    void chooseNewStorePath();
    void chooseFileToOpen();
    void openDemo();
    void connectToServer();
    bool finishOpened(const Result<DatabasePtr> &opened);
    void finish(DatabasePtr db, int startYear);

    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    std::unique_ptr<ContingentFields> m_contingent;
    DatabasePtr m_db;
    int m_startYear = 0;
};
