#include "storage/Database.h"
#include "storage/StoreLock.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>

TEST_CASE("one process may open a store for writing many times")
{
    TempDatabase temp;
    auto second = Database::open(temp.path());
    REQUIRE(second.ok());
    CHECK_FALSE(second.value()->isReadOnly());
    CHECK_FALSE(StoreLock::holder(temp.path()).has_value());
    CHECK((QFileInfo(StoreLock::lockPath(temp.path())).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
}

TEST_CASE("a store held by another process is refused for writing, named, and opened read-only on request")
{
    TempDatabase temp;
    const QString path = temp.path();
    temp.db.reset();
    REQUIRE_FALSE(QFile::exists(StoreLock::lockPath(path))); // a clean close removes the lock file

    OtherHolder other(path);
    const auto holder = StoreLock::holder(path);
    REQUIRE(holder.has_value());
    CHECK(holder->pid == other.pid());

    auto refused = Database::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("уже открыта для записи")));
    CHECK(refused.error().contains(QString::number(other.pid())));

    auto reading = Database::openOrRead(path, Database::Options());
    REQUIRE(reading.ok());
    CHECK(reading.value()->isReadOnly());
    CHECK(reading.value()->readOnlyReason().contains(QString::number(other.pid())));
    const Status write = reading.value()->transaction([] { return Status(); });
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().contains(QStringLiteral("только для чтения")));
}

TEST_CASE("the lock of a killed process is recovered and its crash reported")
{
    TempDatabase temp;
    const QString path = temp.path();
    temp.db.reset();
    OtherHolder other(path);
    const qint64 crashedPid = other.pid();
    other.kill();

    REQUIRE(QFile::exists(StoreLock::lockPath(path))); // left behind by the killed process
    CHECK_FALSE(StoreLock::holder(path).has_value());
    auto reopened = Database::open(path);
    REQUIRE(reopened.ok());
    REQUIRE(reopened.value()->crashedSession().has_value());
    CHECK(reopened.value()->crashedSession()->pid == crashedPid);
    CHECK(reopened.value()->transaction([] { return Status(); }).ok());
}
