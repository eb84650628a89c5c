// A school's file onto the server and back: repeatable without duplicates, a row changed on both
// sides reported and the server's kept.
#include "server/ServerSupport.h"
#include "support/TestSupport.h"

#include "services/KpiService.h"
#include "storage/PersonRepository.h"
#include "storage/SchoolTransfer.h"
#include "storage/ServerAccounts.h"
#include "storage/StatsRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
// Row counts of what moves (the audit log stays where it was written).
QList<QPair<QString, qint64>> movedCounts(const DatabasePtr &db)
{
    auto counts = StatsRepository(db->connection()).rowCounts();
    counts.removeIf([](const QPair<QString, qint64> &c) { return c.first == QLatin1String("audit_log"); });
    return counts;
}

qint64 firstPerson(const DatabasePtr &db, int skip)
{
    return PersonRepository(db->connection()).list(PersonFilter()).at(skip).id;
}

void setPhone(const DatabasePtr &db, qint64 id, const char *phone)
{
    Person p = PersonRepository(db->connection()).find(id).value();
    p.phone = QString::fromLatin1(phone);
    REQUIRE(PersonRepository(db->connection()).update(p).ok());
}

QString phoneOf(const DatabasePtr &db, qint64 id)
{
    return PersonRepository(db->connection()).find(id)->phone;
}
}

TEST_CASE("a school's file goes onto the server and comes back, repeatably", "[server]")
{
    ServerDatabase server;
    const QString curator = server.role("curator");
    const qint64 school = ServerAccounts(server.admin->connection()).addSchool(QStringLiteral("Школа № 5"), curator,
                                                                              QStringLiteral("p5")).value();
    auto signedIn = Database::openServer(server.conninfo(curator, QStringLiteral("p5")), Database::Options());
    REQUIRE(signedIn.ok());
    DatabasePtr onServer = signedIn.value();
    DemoCopy file;

    // The municipality (organisation 1) is nobody's school to upload into.
    CHECK_FALSE(SchoolTransfer::upload(*file.db, *server.admin).ok());

    const auto first = SchoolTransfer::upload(*file.db, *onServer);
    REQUIRE(first.ok());
    CHECK(first->inserted > 1000);
    CHECK(first->conflicts.isEmpty());
    CHECK(movedCounts(onServer) == movedCounts(file.db));
    const auto serverKpis = KpiService(onServer).compute(2024), fileKpis = KpiService(file.db).compute(2024);
    REQUIRE(serverKpis.size() == fileKpis.size());
    for (int i = 0; i < fileKpis.size(); ++i)
        CHECK(serverKpis[i].value.numerator == fileKpis[i].value.numerator);

    // Again: nothing new, nothing doubled.
    const auto again = SchoolTransfer::upload(*file.db, *onServer);
    REQUIRE(again.ok());
    CHECK(again->inserted == 0);
    CHECK(again->updated == 0);
    CHECK(movedCounts(onServer) == movedCounts(file.db));

    // Changed in the file only, on the server only, on both.
    const qint64 fileOnly = firstPerson(file.db, 0), serverOnly = firstPerson(file.db, 1), both = firstPerson(file.db, 2);
    const auto serverIdOf = [&](qint64 localId) {
        const Person p = PersonRepository(file.db->connection()).find(localId).value();
        for (const Person &s : PersonRepository(onServer->connection()).list(PersonFilter()))
            if (s.lastName == p.lastName && s.firstName == p.firstName && s.birthDate == p.birthDate)
                return s.id;
        FAIL("not on the server");
        return qint64(0);
    };
    setPhone(file.db, fileOnly, "+7 900 111-11-11");
    setPhone(onServer, serverIdOf(serverOnly), "+7 900 222-22-22");
    setPhone(file.db, both, "+7 900 333-33-33");
    setPhone(onServer, serverIdOf(both), "+7 900 444-44-44");
    const auto third = SchoolTransfer::upload(*file.db, *onServer);
    REQUIRE(third.ok());
    CHECK(third->inserted == 0);
    CHECK(third->updated == 1);
    REQUIRE(third->conflicts.size() == 1);
    CHECK(third->conflicts[0].table == QStringLiteral("person"));
    CHECK(third->conflicts[0].localId == both);
    CHECK(phoneOf(onServer, serverIdOf(fileOnly)) == QStringLiteral("+7 900 111-11-11"));
    CHECK(phoneOf(onServer, serverIdOf(serverOnly)) == QStringLiteral("+7 900 222-22-22"));
    CHECK(phoneOf(onServer, serverIdOf(both)) == QStringLiteral("+7 900 444-44-44"));
    // Reported once: the file's side of it is not pushed over the server's later either.
    CHECK(SchoolTransfer::upload(*file.db, *onServer)->conflicts.isEmpty());
    CHECK(phoneOf(onServer, serverIdOf(both)) == QStringLiteral("+7 900 444-44-44"));

    // Down into a new file: the school as the server has it, uploading back onto the same rows.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("school5.sqlite"));
    const auto written = SchoolTransfer::download(*onServer, path);
    REQUIRE(written.ok());
    CHECK((QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    CHECK_FALSE(SchoolTransfer::download(*onServer, path).ok()); // never over a file
    {
        auto downloaded = Database::open(path);
        REQUIRE(downloaded.ok());
        CHECK(movedCounts(downloaded.value()) == movedCounts(onServer));
        const qint64 someone = firstPerson(downloaded.value(), 3);
        setPhone(downloaded.value(), someone, "+7 900 555-55-55");
        const auto back = SchoolTransfer::upload(*downloaded.value(), *onServer);
        REQUIRE(back.ok());
        CHECK(back->inserted == 0);
        CHECK(back->updated == 1);
        CHECK(back->conflicts.isEmpty());
        CHECK(phoneOf(onServer, someone) == QStringLiteral("+7 900 555-55-55"));
    }
    CHECK(movedCounts(onServer) == movedCounts(file.db));

    // The administrator uploads into a school chosen by its number.
    REQUIRE(ServerAccounts(server.admin->connection()).chooseSchool(school).ok());
    CHECK(SchoolTransfer::upload(*file.db, *server.admin)->inserted == 0);
}
