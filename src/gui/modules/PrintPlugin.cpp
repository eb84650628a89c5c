// The print module: QtPrintSupport's dialog and printer, loaded the first time something is printed
// instead of at every start of the program.
#include "gui/modules/PrintModule.h"

#include <QObject>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

class PrintPlugin : public QObject, public PrintModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KuratorPrintModule_iid)
    Q_INTERFACES(PrintModule)

public:
    bool print(QTextDocument &document, const QPageLayout &layout, const QString &title, QWidget *parent) override
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(title);
        printer.setPageLayout(layout);
        QPrintDialog dialog(&printer, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        document.print(&printer);
        return true;
    }
};

#include "PrintPlugin.moc"
