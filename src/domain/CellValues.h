#pragma once
#include "domain/Enums.h"

#include <QDate>
#include <QString>
#include <optional>

// Values of table cells as forms services and Excel export them.
namespace CellValues {
// 01.09.2011, 1.9.2011, 2011-09-01 (a time after the date is ignored) or an Excel serial number
// (40787 for 01.09.2011); nullopt for anything else, including impossible dates such as 31.02.2011.
std::optional<QDate> date(const QString &text);
// "обучающийся", "ученик", "педагог", "учитель", "студент", "родитель", "выпускник", "работодатель"…
std::optional<PersonCategory> category(const QString &text);
// Desired age of mentees: "10-14", "10 – 14", "от 10 до 14", "12"; nullopt when unreadable.
std::optional<std::pair<int, int>> ageRange(const QString &text);
// Text for a spreadsheet cell that no spreadsheet runs as a formula, even after the user edits the
// cell: text starting with = + - @ (or a tab, a line break) gets a leading apostrophe, unless it is
// only a number or a phone such as «+7 (900) 123-45-67», or a list of phones and e-mail addresses,
// which cannot carry a formula.
QString neutralised(const QString &text);
}
