// The municipal server in the main window: signing in, the coordinator's consolidated view, moving
// a school's file onto the server and back.
#include "gui/ConsolidatedDialog.h"
#include "gui/MainWindow.h"
#include "gui/ServerDialog.h"
#include "storage/SchoolTransfer.h"
#include "storage/ServerAccounts.h"

#include <QGuiApplication>
#include <QMessageBox>

void MainWindow::connectToServer()
{
    ServerDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openServerSession(dialog.database());
}

void MainWindow::openServerSession(DatabasePtr session)
{
    if (ServerAccounts(session->connection()).isCoordinator()) {
        auto *consolidated = new ConsolidatedDialog(std::move(session), this);
        consolidated->setObjectName(QStringLiteral("consolidatedDialog"));
        consolidated->setAttribute(Qt::WA_DeleteOnClose);
        consolidated->show();
        return;
    }
    setDatabase(std::move(session));
}

void MainWindow::uploadSchoolFile(const QString &path)
{
    Database::Options options;
    options.createIfMissing = false;
    auto file = Database::open(path, options);
    if (!file) {
        showError(file.error());
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = SchoolTransfer::upload(*file.value(), *m_db);
    QGuiApplication::restoreOverrideCursor();
    if (!report) {
        showError(report.error());
        return;
    }
    QStringList conflicts;
    for (const TransferConflict &c : report->conflicts)
        conflicts << c.what;
    QMessageBox box(report->conflicts.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Выгрузка на сервер"), report->summary(), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("uploadReport"));
    if (!conflicts.isEmpty()) {
        box.setInformativeText(tr("Изменены и в файле, и на сервере с прошлой выгрузки — оставлены как на сервере (%1). "
                                  "Проверьте их и внесите нужное на сервере.").arg(conflicts.size()));
        box.setDetailedText(conflicts.join(QLatin1Char('\n')));
    }
    box.exec();
    reloadAll();
}

void MainWindow::downloadSchool(const QString &path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto written = SchoolTransfer::download(*m_db, path);
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        showError(written.error());
        return;
    }
    QMessageBox::information(this, tr("Загрузка с сервера"),
                             tr("Школа загружена в %1: %n записей. Файл открывается Куратором и выгружается обратно на те же "
                                "записи сервера.", nullptr, *written).arg(path));
}
