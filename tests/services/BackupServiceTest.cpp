#include "services/BackupService.h"
#include "storage/SqliteBackup.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {
QString scalar(const QString &path, const QString &sql)
{
    const auto db = Database::open(path);
    REQUIRE(db);
    QSqlQuery q(db.value()->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

int people(const QString &path) { return scalar(path, QStringLiteral("SELECT count(*) FROM person")).toInt(); }
QString firstSurname(const QString &path) { return scalar(path, QStringLiteral("SELECT last_name FROM person WHERE id = 1")); }

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

TEST_CASE("automatic backups: private, consistent, the last N kept", "[backup]")
{
    DemoCopy demo;
    const BackupService backups(demo.path());
    const int before = people(demo.path());
    const QDateTime t0(QDate(2024, 11, 15), QTime(9, 0));
    for (int i = 0; i < 5; ++i)
        REQUIRE(backups.makeAutomatic(3, t0.addSecs(60 * i)));
    const QList<QFileInfo> kept = backups.backups();
    REQUIRE(kept.size() == 3);
    CHECK(kept.first().fileName() == QStringLiteral("demo-auto-2024-11-15-090400.sqlite")); // the newest first
    CHECK(kept.last().fileName() == QStringLiteral("demo-auto-2024-11-15-090200.sqlite"));
    CHECK(kept.first().permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK((QFileInfo(backups.folder()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    CHECK(SqliteBackup::verify(kept.first().absoluteFilePath()).value() == Database::latestSchemaVersion());
    CHECK(people(kept.first().absoluteFilePath()) == before);
    // Two copies in one second: the second is the newer, and the oldest goes.
    REQUIRE(backups.makeAutomatic(3, t0.addSecs(240)));
    CHECK(backups.backups().first().fileName() == QStringLiteral("demo-auto-2024-11-15-090400-2.sqlite"));
    CHECK(backups.backups().size() == 3);

    // The setting travels with the store.
    CHECK(BackupService::keepCount(*demo.db) == 10);
    CHECK_FALSE(BackupService::setKeepCount(*demo.db, 0).ok());
    REQUIRE(BackupService::setKeepCount(*demo.db, 4));
    CHECK(BackupService::keepCount(*demo.db) == 4);
    CHECK_FALSE(backups.saveTo(demo.path()).ok());
}

TEST_CASE("a restore checks the file first, keeps the replaced store and leaves it untouched on a bad file", "[backup]")
{
    DemoCopy demo;
    const BackupService backups(demo.path());
    const QString copy = demo.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(backups.saveTo(copy));
    const QString before = firstSurname(demo.path());
    REQUIRE(QSqlQuery(demo.db->connection()).exec(QStringLiteral("UPDATE person SET last_name = 'Изменённая' WHERE id = 1")));
    demo.db.reset(); // the store is closed before a restore

    const QString text = demo.filePath(QStringLiteral("notes.sqlite"));
    writeFile(text, "это не база данных");
    const QString truncated = demo.filePath(QStringLiteral("truncated.sqlite"));
    QFile original(copy);
    REQUIRE(original.open(QIODevice::ReadOnly));
    writeFile(truncated, original.read(original.size() / 3));
    const QString foreign = demo.filePath(QStringLiteral("foreign.sqlite"));
    { // a plain SQLite file of someone else's
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        plain.setDatabaseName(foreign);
        REQUIRE(plain.open());
        REQUIRE(QSqlQuery(plain).exec(QStringLiteral("CREATE TABLE t (x)")));
        plain.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

    const QByteArray untouched = fileHash(demo.path());
    CHECK(backups.restore(text, QDateTime::currentDateTime()).error().contains(QStringLiteral("не база данных Куратора")));
    CHECK_FALSE(backups.restore(truncated, QDateTime::currentDateTime()).ok());
    CHECK(backups.restore(foreign, QDateTime::currentDateTime()).error().contains(QStringLiteral("не база Куратора")));
    CHECK(fileHash(demo.path()) == untouched);
    CHECK(backups.backups().isEmpty()); // nothing was replaced, nothing kept

    const auto kept = backups.restore(copy, QDateTime(QDate(2024, 11, 16), QTime(10, 0)));
    REQUIRE(kept);
    CHECK(kept.value().endsWith(QStringLiteral("demo-before-restore-2024-11-16-100000.sqlite")));
    CHECK(firstSurname(demo.path()) == before);
    CHECK(firstSurname(kept.value()) == QStringLiteral("Изменённая"));
}
