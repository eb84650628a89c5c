#include "gui/DroppedFile.h"

#include <QFileInfo>
#include <QMimeData>
#include <QStringList>
#include <QUrl>

DroppedFile DroppedFile::of(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    return ofPath(urls.first().toLocalFile());
}

DroppedFile DroppedFile::ofPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (QStringList{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("tsv"), QStringLiteral("txt"),
                    QStringLiteral("docx")}.contains(suffix))
        return {Kind::Table, path};
    if (QStringList{QStringLiteral("sqlite"), QStringLiteral("db")}.contains(suffix))
        return {Kind::Store, path};
    return {};
}
