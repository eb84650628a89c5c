// «Забыть участника» from a registry: asked once with what goes and what stays, done in one
// transaction, and the edit history cleared — its undo steps still hold the old values.
#include "gui/MainWindow.h"

#include "gui/RegistryView.h"
#include "services/BackupService.h"
#include "services/ForgetService.h"
#include "services/PeopleService.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

void MainWindow::forgetSelected()
{
    const QList<qint64> ids = registryView(currentKind())->selectedIds();
    if (ids.size() != 1 || currentKind() == RegistryKind::Partners)
        return;
    const std::optional<Person> person = PeopleService(m_db).find(ids.first());
    if (!person)
        return;
    const BackupService backups(m_db->path());
    const int oldBackups = int(backups.backups().size());

    QMessageBox box(QMessageBox::Warning, tr("Забыть участника"),
                    tr("Удалить персональные данные: %1?").arg(person->fullName()), QMessageBox::Cancel, this);
    box.setInformativeText(tr("Удаляются ФИО, контакты, заметки, ответы анкет, законные представители (если они больше ни с кем "
                              "не связаны) и упоминания имени в парах, планах, встречах и приказах.\n"
                              "Остаются без имени категория, дата рождения, класс, стаж, согласия и участие в парах — "
                              "отчёты за прошлые периоды не изменятся.\n\nЭто нельзя отменить; история правок будет очищена."));
    QCheckBox purge(tr("Удалить и прежние резервные копии (%n) — в них эти данные остаются; будет сделана новая копия", "", oldBackups));
    purge.setChecked(oldBackups > 0);
    purge.setEnabled(oldBackups > 0);
    box.setCheckBox(&purge);
    QPushButton *forget = box.addButton(tr("Удалить данные"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != forget)
        return;

    const auto report = ForgetService(m_db).forget(person->id);
    if (!report) {
        showError(report.error());
        return;
    }
    m_undo->clear();
    QString message = tr("Данные удалены: теперь это «%1».").arg(report->label);
    if (purge.isChecked()) {
        m_backup.waitForFinished(); // an automatic copy in progress would hold the old data
        const auto removed = backups.replaceAllWithFresh(QDateTime::currentDateTime());
        if (!removed)
            showError(tr("Прежние резервные копии не удалены: %1").arg(removed.error()));
        else
            message += QLatin1Char(' ') + tr("Прежних резервных копий удалено: %n.", "", *removed);
    }
    reloadAll();
    statusBar()->showMessage(message, 10000);
}
