#include "services/DemoSchool.h"
#include "storage/StatsRepository.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {
QStringList dump(const DatabasePtr &db)
{
    QStringList rows;
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT last_name, first_name, patronymic, birth_date, class_name, phone "
                                  "FROM person ORDER BY id")));
    while (q.next())
        rows << q.value(0).toString() + q.value(1).toString() + q.value(2).toString() + q.value(3).toString()
                    + q.value(4).toString() + q.value(5).toString();
    return rows;
}
}

TEST_CASE("the demo school is realistic and the same for the same seed")
{
    DemoOptions options;
    options.seed = 42;
    options.today = QDate(2025, 2, 10);
    TempDatabase a, b;
    auto first = DemoSchool::create(*a.db, options);
    auto second = DemoSchool::create(*b.db, options);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(dump(a.db) == dump(b.db));
    CHECK(first->pupils >= 550);
    CHECK(first->pupils <= 650);
    CHECK(first->teachers >= 50);
    CHECK(first->parents > 300);
    CHECK(first->partners >= 2);
    CHECK(first->pairs > 20);
    CHECK(first->groups > 0);
    CHECK(first->meetings > 0);
    CHECK(first->surveyResponses > 0);

    QSqlQuery q(a.db->connection());
    // Birth dates match the class: a pupil of grade g is 6+g or 7+g years old on 1 September.
    REQUIRE(q.exec(QStringLiteral("SELECT class_name, birth_date FROM person WHERE category = 'pupil'")));
    while (q.next()) {
        const int grade = q.value(0).toString().chopped(1).toInt();
        const QDate birth = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        const int age = QDate(2024, 9, 1).year() - birth.year() - (QDate(2024, birth.month(), birth.day()) > QDate(2024, 9, 1) ? 1 : 0);
        INFO(q.value(0).toString().toStdString() << " " << q.value(1).toString().toStdString());
        CHECK(age >= grade + 5);
        CHECK(age <= grade + 8);
    }

    TempDatabase c;
    options.seed = 43;
    REQUIRE(DemoSchool::create(*c.db, options).ok());
    CHECK(dump(a.db) != dump(c.db));
}

TEST_CASE("the demo refuses a database that already has people")
{
    TempDatabase t;
    REQUIRE(DemoSchool::create(*t.db).ok());
    const qint64 before = StatsRepository(t.db->connection()).count(QStringLiteral("person"));
    CHECK_FALSE(DemoSchool::create(*t.db).ok());
    CHECK(StatsRepository(t.db->connection()).count(QStringLiteral("person")) == before);
}
