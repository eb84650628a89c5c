#include "storage/SqlQuery.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

// SqlQuery runs on SQLite's own statements for the school's file; what it reads and binds must be
// what QtSql's SQLite driver gave before, for every repository was written against that.
namespace {
void exec(const DatabasePtr &db, const char *sql)
{
    SqlQuery q(db->connection(), QString::fromUtf8(sql));
    REQUIRE(q.exec());
}
}

TEST_CASE("SqlQuery reads and binds values as QtSql's SQLite driver does")
{
    TempDatabase t;
    exec(t.db, "CREATE TABLE probe (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)");
    SqlQuery insert(t.db->connection(), QStringLiteral("INSERT INTO probe (i, r, s, b, n) VALUES (:i, :r, :s, :b, :n)"));
    insert.bind(QStringLiteral(":i"), 42).bind(QStringLiteral(":r"), 2.5).bind(QStringLiteral(":s"), QStringLiteral("Семён"))
        .bind(QStringLiteral(":b"), QByteArray("\x00\x01", 2)).bind(QStringLiteral(":n"), QString());
    REQUIRE(insert.exec());
    CHECK(insert.lastInsertId() == 1);
    // The same statement again with other values: a date as ISO text, a flag as 1, empty text as ''.
    insert.bind(QStringLiteral(":i"), true).bind(QStringLiteral(":r"), SqlQuery::idOrNull(0))
        .bind(QStringLiteral(":s"), QDate(2024, 9, 1)).bind(QStringLiteral(":b"), QVariant())
        .bind(QStringLiteral(":n"), QString(QLatin1String("")));
    REQUIRE(insert.exec());
    CHECK(insert.lastInsertId() == 2);
    SqlQuery positional(t.db->connection(), QStringLiteral("INSERT INTO probe (i, s, n, r) VALUES (?, ?, ?, ?)"));
    REQUIRE(positional.bindAll({qint64(1) << 40, QDate(), SqlQuery::textOrNull(QStringLiteral("  текст  ")), QDateTime()})
                .exec());

    SqlQuery ours(t.db->connection(), QStringLiteral("SELECT i, r, s, b, n FROM probe ORDER BY id"));
    QSqlQuery qt(t.db->connection());
    REQUIRE(qt.exec(QStringLiteral("SELECT i, r, s, b, n FROM probe ORDER BY id")));
    REQUIRE(ours.exec());
    int rows = 0;
    while (ours.next()) {
        REQUIRE(qt.next());
        ++rows;
        for (int c = 0; c < 5; ++c) {
            INFO("row " << rows << ", column " << c);
            CHECK(ours.value(c).typeId() == qt.value(c).typeId());
            CHECK(ours.value(c).isNull() == qt.value(c).isNull());
            CHECK(ours.value(c) == qt.value(c));
            CHECK(ours.text(c) == qt.value(c).toString());
            CHECK(ours.integer(c) == qt.value(c).toLongLong());
        }
    }
    CHECK_FALSE(qt.next());
    CHECK(rows == 3);
    CHECK_FALSE(ours.next()); // stays at the end

    // A null QString, an empty QVariant and the null of idOrNull are stored as NULL; '' is not.
    SqlQuery nulls(t.db->connection(), QStringLiteral("SELECT group_concat(id) FROM probe WHERE n IS NULL OR r IS NULL"));
    REQUIRE(nulls.exec());
    REQUIRE(nulls.next());
    CHECK(nulls.text(0) == QStringLiteral("1,2,3"));
    SqlQuery noText(t.db->connection(), QStringLiteral("SELECT group_concat(id) FROM probe WHERE n IS NULL"));
    REQUIRE(noText.exec());
    REQUIRE(noText.next());
    CHECK(noText.text(0) == QStringLiteral("1"));

    SqlQuery first(t.db->connection(), QStringLiteral("SELECT s, n, i FROM probe WHERE id = 2"));
    REQUIRE(first.exec());
    REQUIRE(first.next());
    CHECK(first.date(0) == QDate(2024, 9, 1));
    CHECK(first.text(1).isEmpty());
    CHECK_FALSE(first.text(1).isNull()); // '' is not NULL
    CHECK(first.integer(2) == 1);
    CHECK(first.value(7).isNull()); // no such column
    SqlQuery third(t.db->connection(), QStringLiteral("SELECT s, n, i FROM probe WHERE id = 3"));
    REQUIRE(third.exec());
    REQUIRE(third.next());
    CHECK_FALSE(third.date(0).isValid()); // an invalid date was stored as NULL
    CHECK(third.text(1) == QStringLiteral("текст"));
    CHECK(third.integer(2) == qint64(1) << 40);
}

TEST_CASE("SqlQuery on SQLite: rows changed, errors named, one statement, transactions shared with QtSql")
{
    TempDatabase t;
    exec(t.db, "CREATE TABLE probe (id INTEGER PRIMARY KEY, code TEXT UNIQUE NOT NULL)");
    exec(t.db, "INSERT INTO probe (code) VALUES ('a'), ('b'), ('c')");
    SqlQuery update(t.db->connection(), QStringLiteral("UPDATE probe SET code = code || '!' WHERE id >= ?"));
    REQUIRE(update.bindAll({2}).exec());
    CHECK(update.rowsAffected() == 2);

    SqlQuery duplicate(t.db->connection(), QStringLiteral("INSERT INTO probe (code) VALUES ('a')"));
    CHECK_FALSE(duplicate.exec());
    CHECK(duplicate.error().contains(QStringLiteral("UNIQUE")));
    CHECK_FALSE(duplicate.status());

    SqlQuery wrong(t.db->connection(), QStringLiteral("SELEKT 1"));
    CHECK_FALSE(wrong.exec());
    CHECK(wrong.error().contains(QStringLiteral("syntax")));
    SqlQuery two(t.db->connection(), QStringLiteral("SELECT 1; SELECT 2"));
    CHECK_FALSE(two.exec());
    // A placeholder left without a value fails, as in QtSql, rather than writing NULL.
    SqlQuery half(t.db->connection(), QStringLiteral("INSERT INTO probe (id, code) VALUES (?, ?)"));
    CHECK_FALSE(half.bindAll({10}).exec());
    CHECK(half.error().contains(QStringLiteral("mismatch")));
    REQUIRE(half.bindAll({10, QStringLiteral("e")}).exec());
    CHECK(half.rowsAffected() == 1);
    SqlQuery remove(t.db->connection(), QStringLiteral("DELETE FROM probe WHERE id = 10"));
    REQUIRE(remove.exec());

    // Moved, the statement goes on where it was.
    SqlQuery read(t.db->connection(), QStringLiteral("SELECT code FROM probe ORDER BY id"));
    REQUIRE(read.exec());
    REQUIRE(read.next());
    SqlQuery moved(std::move(read));
    REQUIRE(moved.next());
    CHECK(moved.text(0) == QStringLiteral("b!"));

    // A failed transaction takes back what the statements wrote inside it.
    const Status failed = t.db->transaction([&]() -> Status {
        SqlQuery add(t.db->connection(), QStringLiteral("INSERT INTO probe (code) VALUES ('d')"));
        if (!add.exec())
            return add.status();
        return Status::failure(QStringLiteral("stop"));
    });
    CHECK_FALSE(failed);
    SqlQuery count(t.db->connection(), QStringLiteral("SELECT count(*) FROM probe"));
    REQUIRE(count.exec());
    REQUIRE(count.next());
    CHECK(count.integer(0) == 3);
}
