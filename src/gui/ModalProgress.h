#pragma once
#include "domain/Progress.h"

#include <QProgressDialog>

// Long work done on the GUI thread (it uses the window's database connection) behind a window-modal
// progress dialog with «Отменить»: the callback moves the bar and lets the button be pressed.
// A short task ends before the dialog would show.
class ModalProgress
{
public:
    ModalProgress(QWidget *parent, const QString &label, const QString &objectName);
    ProgressCallback callback();

private:
    QProgressDialog m_dialog;
};
