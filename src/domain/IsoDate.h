#pragma once
#include <QDate>
#include <QString>

// Dates as the store keeps them, YYYY-MM-DD, both ways.

// The text of a date; empty for an invalid date. QDate::toString(Qt::ISODate)
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

// The date of such a text: the digits read directly, ~10x faster than QDate::fromString, which
// matters when a registry reads 100,000 rows; any other text as Qt reads ISO dates.
inline QDate isoDateFrom(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return QDate::fromString(text.toString(), Qt::ISODate);
    auto digits = [&text](int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; ++k)
            v = v * 10 + text.at(k).digitValue();
        return v;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}
