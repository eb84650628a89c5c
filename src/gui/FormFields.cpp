#include "gui/FormFields.h"

#include "storage/ReferenceRepository.h"

#include <QCoreApplication>

namespace FormFields {

void fillMentoringForms(QComboBox *combo, const DatabasePtr &db)
{
    combo->addItem(QCoreApplication::translate("FormFields", "не выбрана"), qint64(0));
    for (const MentoringForm &form : ReferenceRepository(db->connection()).forms())
        combo->addItem(form.title, form.id);
}

} // namespace FormFields
