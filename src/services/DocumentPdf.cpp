#include "services/DocumentPdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace DocumentPdf {

QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(30, 20, 10, 20), QPageLayout::Millimeter);
}

QFont font()
{
    QFont font;
    font.setFamilies({QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"), QStringLiteral("PT Serif"),
                      QStringLiteral("DejaVu Serif")});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(12);
    return font;
}

void prepare(QTextDocument &document, const QString &html, const QString &title)
{
    document.setDefaultFont(font());
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    document.setHtml(html);
}

Status write(const QString &html, const QString &title, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("DocumentPdf", "Не удалось записать %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Kurator"));
        writer.setResolution(300);
        writer.setPageLayout(pageLayout());
        QTextDocument document;
        prepare(document, html, title);
        document.print(&writer);
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return Status::failure(QCoreApplication::translate("DocumentPdf", "Не удалось записать %1: %2").arg(path, file.errorString()));
    return {};
}

bool isPdf(const QString &path) { return QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0; }

Status writeBySuffix(const QString &html, const QString &title, const QString &path)
{
    if (isPdf(path))
        return write(html, title, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0)
        return Status::failure(QCoreApplication::translate("DocumentPdf", "Не удалось записать %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return Status::failure(QCoreApplication::translate("DocumentPdf", "Не удалось записать %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace DocumentPdf
