// The same app on PostgreSQL: the schema installs, the demo school lands on the server as it lands in a
// file, and its figures come out the same.
#include "server/ServerSupport.h"
#include "support/TestSupport.h"

#include "services/DemoSchool.h"
#include "services/KpiService.h"
#include "services/MatchingService.h"
#include "services/ReportCatalogue.h"
#include "storage/Migrator.h"
#include "storage/PersonRepository.h"
#include "storage/ServerAddress.h"
#include "storage/StatsRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

TEST_CASE("a connection string is read as libpq reads it, and its password is never shown", "[server]")
{
    const auto a = ServerAddress::parse(QStringLiteral("host=db.example port=5433 dbname=kurator user=school7 "
                                                       "password='a b\\'c' sslmode=require"));
    REQUIRE(a.ok());
    CHECK(a->host == QStringLiteral("db.example"));
    CHECK(a->port == 5433);
    CHECK(a->password == QStringLiteral("a b'c"));
    CHECK(a->options == QStringList{QStringLiteral("sslmode=require")});
    CHECK(a->describe() == QStringLiteral("school7@db.example:5433/kurator"));
    CHECK(ServerAddress::parse(a->conninfo()).value().password == a->password);
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("host=x user=y")).ok()); // no database
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("host=x dbname=k port=http")).ok());
    CHECK_FALSE(ServerAddress::parse(QStringLiteral("dbname='k")).ok());
}

TEST_CASE("the demo school on the server has the rows and the KPIs it has in a file", "[server]")
{
    ServerDatabase server;
    CHECK(server.admin->isServer());
    CHECK(server.admin->schemaVersion() == Database::latestSchemaVersion());

    DemoOptions options;
    options.seed = 7;
    options.today = QDate(2024, 11, 15);
    const auto demo = DemoSchool::create(*server.admin, options);
    REQUIRE(demo.ok());

    auto file = Database::openReadOnly(demoDatabasePath());
    REQUIRE(file.ok());
    CHECK(StatsRepository(server.admin->connection()).rowCounts() == StatsRepository(file.value()->connection()).rowCounts());

    const auto onServer = KpiService(server.admin).compute(2024);
    const auto inFile = KpiService(file.value()).compute(2024);
    REQUIRE(onServer.size() == inFile.size());
    for (int i = 0; i < inFile.size(); ++i) {
        INFO(inFile[i].definition.code.toStdString());
        CHECK(onServer[i].value.numerator == inFile[i].value.numerator);
        CHECK(onServer[i].value.denominator == inFile[i].value.denominator);
    }

    // Russian search folds case and ё on the server too.
    PersonFilter filter;
    filter.search = QStringLiteral("семен");
    CHECK(PersonRepository(server.admin->connection()).list(filter).size() ==
          PersonRepository(file.value()->connection()).list(filter).size());

    // Every report and a matching run read the server without one statement PostgreSQL refuses.
    QTemporaryDir dir;
    for (const ReportCatalogue::Report &report : ReportCatalogue::all()) {
        INFO(report.code.toStdString());
        ReportCatalogue::Request request;
        request.startYear = 2024;
        request.reportDate = options.today;
        const Status written = report.write(server.admin, request, dir.filePath(report.code + QStringLiteral(".xlsx")));
        CHECK(written.ok());
    }
    CHECK(MatchingService(server.admin).run(2024, options.today).ok());
    const QStringList errors = server.serverErrors();
    CHECK(errors.join(QLatin1Char('\n')) == QString());
}

TEST_CASE("a server of a newer schema is refused and left as it was", "[server]")
{
    ServerDatabase server;
    QSqlQuery(server.admin->connection()).exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 'later')"));
    server.admin.reset();
    Database::Options install;
    install.createIfMissing = true;
    const auto opened = Database::openServer(server.conninfo(), install);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("более новой версией")));
    CHECK(opened.error().contains(QStringLiteral("не изменена")));
    CHECK_FALSE(opened.error().contains(QStringLiteral("password")));
    auto again = Database::openServer(server.conninfo(), Database::Options());
    REQUIRE_FALSE(again.ok());
}

TEST_CASE("opened without the right to install, an empty server says who installs the schema", "[server]")
{
    ServerDatabase server(false);
    Database::Options options;
    options.createIfMissing = false;
    const auto opened = Database::openServer(server.conninfo(), options);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("администратор")));
}
