#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlScript.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {
// Builds a file from an SQL script with a plain connection, as an older release would have left it.
void buildFromScript(const QString &dbPath, const QString &scriptPath)
{
    QFile script(scriptPath);
    REQUIRE(script.open(QIODevice::ReadOnly));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        raw.setDatabaseName(dbPath);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const QString &statement : SqlScript::split(QString::fromUtf8(script.readAll()))) {
            INFO(statement.toStdString());
            REQUIRE(q.exec(statement));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

QString scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}
}

TEST_CASE("the script splitter keeps quoted semicolons and drops comments")
{
    const QStringList s = SqlScript::split(QStringLiteral(
        "-- comment; with semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\nINSERT INTO a VALUES ('it''s; fine');"));
    REQUIRE(s.size() == 2);
    CHECK(s[0].startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(s[1].contains(QStringLiteral("it''s; fine")));
}

TEST_CASE("a database of the first released schema upgrades with its data intact")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    buildFromScript(path, QStringLiteral(KURATOR_TEST_DATA "/schema_v1_fixture.sql"));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    DatabasePtr db = opened.value();
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(db, QStringLiteral("SELECT last_name || ' ' || first_name FROM person WHERE id = 1"))
          == QStringLiteral("Семёнова Алёна"));
    CHECK(scalar(db, QStringLiteral("SELECT COUNT(*) FROM pair_member")) == QStringLiteral("2"));
    CHECK(scalar(db, QStringLiteral("SELECT request FROM mentee_profile")) == QStringLiteral("подтянуть физику"));
    CHECK(scalar(db, QStringLiteral("SELECT signer_person_id FROM consent")) == QStringLiteral("3"));
}

TEST_CASE("a migration that fails leaves the file exactly as it was")
{
    QTemporaryDir dir;
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    REQUIRE(QDir().mkpath(migrations));
    REQUIRE(QFile::copy(QStringLiteral(":/migrations/0001_initial.sql"), migrations + QStringLiteral("/0001_initial.sql")));
    const auto addMigration = [&](const QString &name, const QByteArray &sql) {
        QFile file(migrations + QLatin1Char('/') + name);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(sql);
    };
    // A good migration before the broken one: both must be undone, not only the last.
    addMigration(QStringLiteral("0002_good.sql"), "CREATE TABLE extra (x INTEGER);\nINSERT INTO extra VALUES (1);\n");
    addMigration(QStringLiteral("0003_broken.sql"), "ALTER TABLE person ADD COLUMN nickname TEXT;\n"
                                                    "INSERT INTO no_such_table VALUES (1);\n");
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    buildFromScript(path, QStringLiteral(KURATOR_TEST_DATA "/schema_v1_fixture.sql"));
    const QByteArray before = fileHash(path);

    Database::Options options;
    options.migrationsDir = migrations;
    auto failed = Database::open(path, options);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("версии 3")));
    CHECK(fileHash(path) == before);

    QFile::remove(migrations + QStringLiteral("/0003_broken.sql"));
    auto upgraded = Database::open(path, options);
    REQUIRE(upgraded.ok());
    CHECK(upgraded.value()->schemaVersion() == 2);
    CHECK(scalar(upgraded.value(), QStringLiteral("SELECT COUNT(*) FROM extra")) == QStringLiteral("1"));
    CHECK(scalar(upgraded.value(), QStringLiteral("SELECT first_name FROM person WHERE id = 1")) == QStringLiteral("Алёна"));
}
