// Backups of the open store from the main window: automatic a little after it is opened (in the
// background, so that the window and its registries come first), saved on demand, restored.
#include "gui/MainWindow.h"

#include "services/BackupService.h"
#include "storage/SqliteBackup.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent>

namespace {
constexpr int kBackupDelayMs = 4000;
}

void MainWindow::reportBackup()
{
    const auto [made, text] = m_backup.result();
    // A failure stays in the status bar until something else is said: the curator must see it.
    statusBar()->showMessage(made ? tr("Резервная копия базы: %1").arg(QFileInfo(text).fileName())
                                  : tr("Резервная копия не сделана: %1").arg(text),
                             made ? 8000 : 0);
}

void MainWindow::scheduleAutomaticBackup()
{
    if (m_db->isReadOnly() || m_db->isServer())
        return; // the program writing the store keeps its copies; a server, its administrator
    const QString path = m_db->path();
    QTimer::singleShot(kBackupDelayMs, this, [this, path] {
        if (m_db && m_db->path() == path && !m_backup.isRunning())
            startAutomaticBackup();
    });
}

void MainWindow::startAutomaticBackup()
{
    m_backup.waitForFinished();
    const int keep = BackupService::keepCount(*m_db);
    const QString path = m_db->path();
    m_backup.setFuture(QtConcurrent::run([path, keep] {
        const auto made = BackupService(path).makeAutomatic(keep, QDateTime::currentDateTime());
        return made ? std::pair(true, made.value()) : std::pair(false, made.error());
    }));
}

void MainWindow::saveBackup()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Куратор — копия с персональными данными %1.sqlite")
                                                .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString target = QFileDialog::getSaveFileName(this, tr("Резервная копия (содержит персональные данные участников)"), suggested,
                                                        tr("База Куратора (*.sqlite)"));
    if (target.isEmpty())
        return;
    if (const Status s = BackupService(m_db->path()).saveTo(target); !s) {
        showError(s.error());
        return;
    }
    statusBar()->showMessage(tr("Копия сохранена: %1 (доступна только вам)").arg(target), 8000);
}

void MainWindow::restoreBackup()
{
    const BackupService backups(m_db->path());
    const QString source = QFileDialog::getOpenFileName(this, tr("Восстановить из копии"), backups.folder(),
                                                        tr("База Куратора (*.sqlite *.db);;Все файлы (*)"));
    if (source.isEmpty())
        return;
    if (const auto checked = SqliteBackup::verify(source); !checked) {
        showError(tr("Эту копию восстановить нельзя: %1").arg(checked.error()));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Восстановить из копии"),
        tr("Открытая база будет заменена копией «%1» от %2. Изменения после этой копии пропадут из базы, "
           "но сама нынешняя база сохранится в папке копий. Продолжить?")
            .arg(QFileInfo(source).fileName(), QLocale(QLocale::Russian).toString(QFileInfo(source).lastModified(), QLocale::ShortFormat)));
    if (answer != QMessageBox::Yes)
        return;
    m_backup.waitForFinished();
    m_undo->clear(); // its commands belong to the store being replaced
    const QString path = m_db->path();
    const auto kept = backups.restore(source, QDateTime::currentDateTime());
    if (!kept) {
        showError(kept.error());
        return;
    }
    auto reopened = Database::open(path); // a copy of an older schema is upgraded here
    if (!reopened) {
        showError(reopened.error());
        return;
    }
    setDatabase(reopened.value());
    statusBar()->showMessage(tr("База восстановлена из копии; прежняя сохранена: %1").arg(QFileInfo(kept.value()).fileName()), 0);
}
