#pragma once
#include <QString>
#include <QStringList>

// The school files opened lately, newest first, for «Файл › Недавние базы»: kept in the settings,
// those no longer on the disk left out. Servers are not kept: their sign-in is the dialog's.
namespace RecentStores {

QStringList list();
void remember(const QString &path);

} // namespace RecentStores
