#pragma once
class QString;
class QTextDocument;
class QWidget;

// The document through the print dialog on the pages of Kurator's documents (DocumentPdf's A4
// layout); without the print module, a message that says why nothing can be printed.
void printDocument(QTextDocument &document, const QString &title, QWidget *parent);
