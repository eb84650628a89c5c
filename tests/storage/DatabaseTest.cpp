#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {
QVariant pragma(const DatabasePtr &db, const QString &name)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(q.next());
    return q.value(0);
}
}

TEST_CASE("a new database gets the whole schema, WAL, foreign keys and owner-only permissions")
{
    TempDatabase t;
    CHECK(t.db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(pragma(t.db, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(t.db, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(t.db, QStringLiteral("busy_timeout")).toInt() >= 1000);
    const auto permissions = QFileInfo(t.path()).permissions();
    CHECK(permissions.testFlag(QFile::ReadOwner));
    CHECK_FALSE(permissions.testFlag(QFile::ReadGroup));
    CHECK_FALSE(permissions.testFlag(QFile::ReadOther));
    for (const char *table : {"person", "legal_representative", "consent", "mentee_profile", "mentor_profile",
                              "partner_organisation", "questionnaire_template", "questionnaire_answer",
                              "matching_run", "matching_proposal", "mentoring_pair", "pair_member", "programme",
                              "individual_plan", "plan_item", "meeting", "survey_template", "survey_response",
                              "achievement", "roadmap_item", "kpi_definition", "kpi_target", "contingent", "audit_log"})
        CHECK(t.db->connection().tables().contains(QLatin1String(table)));
}

TEST_CASE("foreign keys are enforced")
{
    TempDatabase t;
    QSqlQuery q(t.db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO consent (person_id, signed_on) VALUES (999, '2024-09-01')")));
}

TEST_CASE("a database of a newer schema is refused and left untouched")
{
    TempDatabase t;
    const QString path = t.path();
    {
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, '2030-01-01')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    t.db.reset();
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    auto reopened = Database::open(path);
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.error().contains(QStringLiteral("более новой версией")));
    CHECK(fileHash(path) == before);
    CHECK(QFileInfo(path).lastModified() == modified);
}

TEST_CASE("a file that is not a database is refused with a clear message")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("ФИО;Класс\nИванов;7Б\n");
    f.close();
    const QByteArray before = fileHash(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("не является базой данных")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a missing file is not created when creation is not allowed")
{
    QTemporaryDir dir;
    Database::Options options;
    options.createIfMissing = false;
    auto opened = Database::open(dir.filePath(QStringLiteral("absent.sqlite")), options);
    CHECK_FALSE(opened.ok());
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("absent.sqlite"))));
}

TEST_CASE("a transaction that fails leaves nothing behind")
{
    TempDatabase t;
    const Status s = t.db->transaction([&]() -> Status {
        QSqlQuery q(t.db->connection());
        q.exec(QStringLiteral("INSERT INTO academic_year (start_year) VALUES (2030)"));
        return Status::failure(QStringLiteral("отмена"));
    });
    CHECK_FALSE(s.ok());
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM academic_year")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("a nested transaction joins the outer one, and a failure rolls both back")
{
    TempDatabase t;
    auto count = [&] {
        QSqlQuery q(t.db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM academic_year"));
        q.next();
        return q.value(0).toInt();
    };
    auto insertYear = [&](int year) {
        QSqlQuery q(t.db->connection());
        return q.exec(QStringLiteral("INSERT INTO academic_year (start_year) VALUES (%1)").arg(year))
                   ? Status() : Status::failure(QStringLiteral("insert"));
    };
    const int before = count();
    const Status failed = t.db->transaction([&]() -> Status {
        if (Status s = t.db->transaction([&] { return insertYear(2030); }); !s)
            return s;
        return Status::failure(QStringLiteral("later step failed"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(count() == before);
    REQUIRE(t.db->transaction([&]() -> Status { return t.db->transaction([&] { return insertYear(2031); }); }).ok());
    CHECK(count() == before + 1);
}
