#pragma once
#include "domain/Result.h"

#include <QString>

#include <QFont>
#include <QPageLayout>

class QTextDocument;

// Documents the curator signs and files (orders, plans, the analytic report) are HTML laid out on
// A4 with the margins of Russian office papers (left 30 mm, right 10 mm, top and bottom 20 mm).
namespace DocumentPdf {

QPageLayout pageLayout();
QFont font(); // a serif of 12 pt, as office papers are typed
// The HTML as a document in a serif font, ready to print or to save as PDF. Needs a QGuiApplication.
void prepare(QTextDocument &document, const QString &html, const QString &title);
// Writes the PDF through a temporary file, readable by its owner only (it names people).
Status write(const QString &html, const QString &title, const QString &path);
// Whether a file of that name is a PDF: it ends in .pdf, in any case.
bool isPdf(const QString &path);
// A PDF when the path ends in .pdf, otherwise the HTML itself (to edit elsewhere), written the same way.
Status writeBySuffix(const QString &html, const QString &title, const QString &path);

} // namespace DocumentPdf
