#pragma once
#include <QString>

// Russian-aware folding for search and ordering: lower case, ё→е, spaces folded.
// SQLite's lower()/LIKE/NOCASE only fold ASCII, so every search key is made here.
namespace TextFold {
QString fold(const QString &text);
// Full name as one folded key: "семёнов  Иван" -> "семенов иван".
QString nameKey(const QString &last, const QString &first, const QString &patronymic);
}
