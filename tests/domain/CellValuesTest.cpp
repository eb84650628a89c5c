#include "domain/CellValues.h"
#include "domain/IsoDate.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

TEST_CASE("text that a spreadsheet would run as a formula is neutralised; numbers and phones are not")
{
    using CellValues::neutralised;
    CHECK(neutralised(QStringLiteral("=HYPERLINK(\"http://x.ru\",\"нажми\")")) == QStringLiteral("'=HYPERLINK(\"http://x.ru\",\"нажми\")"));
    CHECK(neutralised(QStringLiteral("+cmd|' /C calc'!A0")) == QStringLiteral("'+cmd|' /C calc'!A0"));
    CHECK(neutralised(QStringLiteral("-2+3+cmd|' /C calc'!A0")) == QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    CHECK(neutralised(QStringLiteral("@SUM(1+1)")) == QStringLiteral("'@SUM(1+1)"));
    CHECK(neutralised(QStringLiteral("\t=1+1")) == QStringLiteral("'\t=1+1"));
    CHECK(neutralised(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    // Nothing to run in these: left as they are.
    CHECK(neutralised(QStringLiteral("+7 (900) 123-45-67")) == QStringLiteral("+7 (900) 123-45-67"));
    CHECK(neutralised(QStringLiteral("-5")) == QStringLiteral("-5"));
    CHECK(neutralised(QStringLiteral("-")) == QStringLiteral("-"));
    CHECK(neutralised(QStringLiteral("+79707356606, ivanova.a@school.ru")) == QStringLiteral("+79707356606, ivanova.a@school.ru"));
    CHECK(neutralised(QStringLiteral("+7 900 123-45-67; +7 (901) 000-00-00")) == QStringLiteral("+7 900 123-45-67; +7 (901) 000-00-00"));
    // A list is harmless only when every item is: a call hidden after a phone still gets the apostrophe.
    CHECK(neutralised(QStringLiteral("+79707356606, =cmd|' /C calc'!A0")) == QStringLiteral("'+79707356606, =cmd|' /C calc'!A0"));
    CHECK(neutralised(QStringLiteral("+1, HYPERLINK(\"http://x.ru\")")) == QStringLiteral("'+1, HYPERLINK(\"http://x.ru\")"));
    CHECK(neutralised(QStringLiteral("@a@b.ru")) == QStringLiteral("'@a@b.ru"));
    CHECK(neutralised(QStringLiteral("Иванов = староста")) == QStringLiteral("Иванов = староста"));
    CHECK(neutralised(QString()).isEmpty());
}

TEST_CASE("a date as the store keeps it is Qt's ISO text, written without asprintf")
{
    for (QDate d(1899, 12, 25); d <= QDate(2101, 1, 5); d = d.addDays(1))
        if (isoDateText(d) != d.toString(Qt::ISODate))
            FAIL(d.toString(Qt::ISODate).toStdString());
    CHECK(isoDateText(QDate(1, 1, 1)) == QStringLiteral("0001-01-01"));
    CHECK(isoDateText(QDate(9999, 12, 31)) == QStringLiteral("9999-12-31"));
    CHECK(isoDateText(QDate(-44, 3, 15)) == QDate(-44, 3, 15).toString(Qt::ISODate));
    CHECK(isoDateText(QDate()).isNull());
}
