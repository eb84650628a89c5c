#pragma once
#include <QDate>
#include <QString>

// A date as the store keeps it, YYYY-MM-DD; empty for an invalid date. QDate::toString(Qt::ISODate)
// formats through QString::asprintf, which was 7 % of a 100,000-row import.
inline QString isoDateText(const QDate &date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    const char16_t text[10] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10), char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),   u'-',
                               char16_t(u'0' + month / 10),  char16_t(u'0' + month % 10), u'-',
                               char16_t(u'0' + day / 10),    char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}
