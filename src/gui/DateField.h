#pragma once
#include "domain/PersonValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QLineEdit>
#include <QStringList>

// Dates typed as дд.мм.гггг in the forms' line edits.
namespace DateField {
inline QString text(const QDate &date)
{
    return PersonValidator::russianDate(date);
}

// An empty or unreadable field is no date; check() tells the user about the unreadable one.
inline QDate read(const QLineEdit *edit)
{
    return PersonValidator::parseRussianDate(edit->text()).value_or(QDate());
}

inline void check(const QLineEdit *edit, const QString &field, QStringList &errors)
{
    const QString typed = edit->text().trimmed();
    if (!typed.isEmpty() && !PersonValidator::parseRussianDate(typed))
        errors << QCoreApplication::translate("DateField",
                                              "%1 «%2» записана неверно или не существует: нужна дата вида дд.мм.гггг.")
                      .arg(field, typed);
}
}
