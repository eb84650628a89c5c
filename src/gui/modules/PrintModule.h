#pragma once
#include <QtPlugin>

class QPageLayout;
class QString;
class QTextDocument;
class QWidget;

// Printing a document through the system's print dialog: QtPrintSupport, in a module of its own.
class PrintModule
{
public:
    virtual ~PrintModule() = default;
    // Asks where and how to print, then prints; false when the user cancelled the dialog.
    virtual bool print(QTextDocument &document, const QPageLayout &layout, const QString &title, QWidget *parent) = 0;
};

#define KuratorPrintModule_iid "org.kurator.PrintModule/1"
Q_DECLARE_INTERFACE(PrintModule, KuratorPrintModule_iid)
