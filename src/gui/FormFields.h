#pragma once
#include "storage/Database.h"

#include <QComboBox>
#include <QLabel>
#include <QStringList>

// Pieces the forms share.
namespace FormFields {
// The red label under a form: hidden when there is nothing to say.
inline void showErrors(QLabel *label, const QStringList &errors)
{
    label->setText(errors.join(QLatin1Char('\n')));
    label->setVisible(!errors.isEmpty());
}

// Forms of mentoring, with «не выбрана» (id 0) first.
void fillMentoringForms(QComboBox *combo, const DatabasePtr &db);
}
