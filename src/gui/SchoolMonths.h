#pragma once
#include <QCoreApplication>
#include <QStringList>

// Short month names in school-year order (September first), in the language of the interface
// rather than of the system locale.
inline QStringList schoolMonthNames()
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("SchoolMonths", "сен"), QT_TRANSLATE_NOOP("SchoolMonths", "окт"),
        QT_TRANSLATE_NOOP("SchoolMonths", "ноя"), QT_TRANSLATE_NOOP("SchoolMonths", "дек"),
        QT_TRANSLATE_NOOP("SchoolMonths", "янв"), QT_TRANSLATE_NOOP("SchoolMonths", "фев"),
        QT_TRANSLATE_NOOP("SchoolMonths", "мар"), QT_TRANSLATE_NOOP("SchoolMonths", "апр"),
        QT_TRANSLATE_NOOP("SchoolMonths", "май"), QT_TRANSLATE_NOOP("SchoolMonths", "июн"),
        QT_TRANSLATE_NOOP("SchoolMonths", "июл"), QT_TRANSLATE_NOOP("SchoolMonths", "авг")};
    QStringList list;
    for (const char *name : names)
        list << QCoreApplication::translate("SchoolMonths", name);
    return list;
}
