#include "gui/RecentStores.h"

#include <QFileInfo>
#include <QSettings>

namespace RecentStores {
namespace {
const QString kKey = QStringLiteral("recent/stores");
constexpr int kKept = 8;
}

QStringList list()
{
    QStringList stores;
    for (const QString &path : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(path))
            stores << path;
    return stores;
}

void remember(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList stores = list();
    if (!stores.isEmpty() && stores.first() == absolute)
        return; // the school opened every day: writing the settings file again would cost a millisecond of the start-up
    stores.removeAll(absolute);
    stores.prepend(absolute);
    QSettings().setValue(kKey, QStringList(stores.mid(0, kKept)));
}

} // namespace RecentStores
