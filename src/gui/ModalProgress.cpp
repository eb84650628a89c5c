#include "gui/ModalProgress.h"

#include <QCoreApplication>

ModalProgress::ModalProgress(QWidget *parent, const QString &label, const QString &objectName)
    : m_dialog(label, QCoreApplication::translate("ModalProgress", "Отменить"), 0, 0, parent)
{
    m_dialog.setObjectName(objectName);
    if (parent)
        m_dialog.setWindowTitle(parent->window()->windowTitle());
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(300);
    m_dialog.setAutoReset(false); // the bar's end is not the work's end
}

ProgressCallback ModalProgress::callback()
{
    return [this](qint64 done, qint64 total) {
        // The parts of a file are counted in characters, up to the file's limit of 512 MB: an int.
        if (m_dialog.maximum() != int(total))
            m_dialog.setMaximum(int(total));
        m_dialog.setValue(int(std::min(done, total)));
        QCoreApplication::processEvents(); // the cancel button is pressed on the same thread
        return !m_dialog.wasCanceled();
    };
}
