#include "gui/modules/Printing.h"

#include "gui/modules/LazyModule.h"
#include "gui/modules/PrintModule.h"
#include "services/DocumentPdf.h"

#include <QMessageBox>

void printDocument(QTextDocument &document, const QString &title, QWidget *parent)
{
    QString error;
    if (PrintModule *printing = LazyModule::get<PrintModule>("kurator_print", &error))
        printing->print(document, DocumentPdf::pageLayout(), title, parent);
    else
        QMessageBox::warning(parent, title,
                             QCoreApplication::translate("Printing", "Печать недоступна: %1. Сохраните документ в PDF и "
                                                                     "напечатайте его из программы просмотра.").arg(error));
}
