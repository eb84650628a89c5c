#include "domain/TextFold.h"
#include "gui/RegistryModel.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace {
RegistryTable smallTable()
{
    RegistryTable t;
    t.columns = {{QStringLiteral("ФИО")}, {QStringLiteral("Дата"), RegistryColumn::Type::Date},
                 {QStringLiteral("Возраст"), RegistryColumn::Type::Number}};
    const char *names[] = {"Жуков", "ёлкин", "Абрамов", "Ежов"};
    const QDate dates[] = {QDate(2010, 1, 1), QDate(2012, 1, 1), QDate(), QDate(2011, 1, 1)};
    for (int i = 0; i < 4; ++i) {
        RegistryRecord r;
        r.id = i + 1;
        r.cells = {QString::fromUtf8(names[i]), dates[i], 10 + i};
        r.searchKey = TextFold::fold(QString::fromUtf8(names[i]));
        t.records.push_back(r);
    }
    return t;
}
QStringList column0(const RegistryModel &m)
{
    QStringList list;
    for (int row = 0; row < m.rowCount(); ++row)
        list << m.data(m.index(row, 0), Qt::DisplayRole).toString();
    return list;
}
}

TEST_CASE("the model sorts Russian names alphabetically, ignoring case and ё")
{
    RegistryModel model;
    model.setTable(smallTable());
    CHECK(column0(model) == QStringList{QStringLiteral("Абрамов"), QStringLiteral("Ежов"), QStringLiteral("ёлкин"),
                                        QStringLiteral("Жуков")});
    model.sort(0, Qt::DescendingOrder);
    CHECK(column0(model).first() == QStringLiteral("Жуков"));
    model.sort(1, Qt::AscendingOrder); // dates, the empty one last
    CHECK(column0(model) == QStringList{QStringLiteral("Жуков"), QStringLiteral("Ежов"), QStringLiteral("ёлкин"),
                                        QStringLiteral("Абрамов")});
    CHECK(model.data(model.index(0, 1), Qt::DisplayRole).toString() == QStringLiteral("01.01.2010"));
}

TEST_CASE("the model filters in sort order and keeps the sort when the filter changes")
{
    RegistryModel model;
    model.setTable(smallTable());
    model.sort(2, Qt::DescendingOrder);
    RegistryFilter f;
    f.search = QStringLiteral("Е");
    model.setFilter(f);
    CHECK(column0(model) == QStringList{QStringLiteral("Ежов"), QStringLiteral("ёлкин")});
    f.search = QStringLiteral("ЖУК");
    model.setFilter(f);
    CHECK(column0(model) == QStringList{QStringLiteral("Жуков")});
    CHECK(model.rowOfId(1) == 0);
    CHECK(model.rowOfId(2) == -1);
}

TEST_CASE("a search that extends the previous one narrows; any other change widens again")
{
    RegistryModel model;
    model.setTable(smallTable());
    RegistryFilter f;
    f.search = QStringLiteral("е");
    model.setFilter(f);
    CHECK(model.rowCount() == 2);
    f.search = QStringLiteral("еж");
    model.setFilter(f);
    CHECK(column0(model) == QStringList{QStringLiteral("Ежов")});
    f.search = QStringLiteral("ё"); // shorter: every row is looked at again
    model.setFilter(f);
    CHECK(model.rowCount() == 2);
    f.search = QStringLiteral("ёл");
    model.setFilter(f);
    CHECK(column0(model) == QStringList{QStringLiteral("ёлкин")});
    f.search = QStringLiteral("а");
    model.setFilter(f);
    CHECK(column0(model) == QStringList{QStringLiteral("Абрамов")});
}

TEST_CASE("a long registry is filtered in two halves to the same rows, in order")
{
    RegistryTable t;
    t.columns = {{QStringLiteral("ФИО")}};
    for (int i = 0; i < 25000; ++i) { // over the length that is split between two threads
        RegistryRecord r;
        r.id = i + 1;
        const QString name = QStringLiteral("Семёнов%1 Пётр").arg(i % 977);
        r.cells = {name};
        r.searchKey = TextFold::fold(name);
        r.category = i % 2 ? QStringLiteral("pupil") : QStringLiteral("teacher");
        t.records.push_back(r);
    }
    RegistryModel model;
    model.setTable(t);
    RegistryFilter filter;
    for (const QString &search : {QStringLiteral("семенов1"), QStringLiteral("семенов12"), QStringLiteral("петр 9")}) {
        filter.search = search; // the second narrows the first: only the visible rows are checked
        filter.category = search.endsWith(QLatin1Char('9')) ? QStringLiteral("pupil") : QString();
        model.setFilter(filter);
        const RegistryMatcher matcher(filter);
        QStringList expected;
        for (const RegistryRecord &r : model.table().records)
            if (matcher.accepts(r))
                expected << r.cells[0].toString();
        INFO(search.toStdString());
        REQUIRE(expected.size() > 0);
        CHECK(column0(model) == expected);
    }
}
