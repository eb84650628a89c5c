// The municipal server (issue 8): uploading one school of about 1,000 participants, and the
// consolidated KPIs and statistics of 50 such schools, on a PostgreSQL of its own:
//   tests/server/with_postgres.sh build/bin/bench_server [SCHOOLS [PARTICIPANTS]]
#include "services/Consolidation.h"
#include "services/DemoSchool.h"
#include "services/ReferenceData.h"
#include "storage/SchoolTransfer.h"
#include "storage/ServerAccounts.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {
QTextStream err(stderr);

bool onServer(const ServerAddress &admin, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

DatabasePtr signIn(ServerAddress address, const QString &user, const QString &password)
{
    address.user = user;
    address.password = password;
    auto db = Database::openServer(address.conninfo(), Database::Options());
    if (!db)
        err << db.error() << '\n';
    return db ? db.value() : nullptr;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int schools = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 50;
    const int participants = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 1000;
    const auto admin = ServerAddress::parse(qEnvironmentVariable("KURATOR_TEST_PG"));
    if (!admin) {
        err << "KURATOR_TEST_PG: " << admin.error() << " (run through tests/server/with_postgres.sh)\n";
        return 1;
    }
    onServer(*admin, QStringLiteral("DROP DATABASE IF EXISTS kurator_bench WITH (FORCE)"));
    if (!onServer(*admin, QStringLiteral("CREATE DATABASE kurator_bench TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'")))
        return 1;
    ServerAddress bench = *admin;
    bench.database = QStringLiteral("kurator_bench");
    Database::Options install;
    install.createIfMissing = true;
    auto server = Database::openServer(bench.conninfo(), install);
    if (!server || !ReferenceData::installDefaults(*server.value()))
        return 1;

    // One school's file of about `participants` people (pupils, teachers, parents, partners' staff).
    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("school.sqlite"))).value();
    DemoOptions demo;
    demo.seed = 7;
    demo.today = QDate(2024, 11, 15);
    demo.pupils = participants / 2;
    demo.teachers = participants * 55 / 1000;
    const auto made = DemoSchool::create(*file, demo);
    if (!made)
        return 1;

    ServerAccounts accounts(server.value()->connection());
    const QString password = QStringLiteral("bench-password");
    if (!accounts.addCoordinator(QStringLiteral("bench_coordinator"), password))
        return 1;
    QList<double> uploads;
    int rows = 0;
    for (int i = 1; i <= schools; ++i) {
        const QString curator = QStringLiteral("bench_curator_%1").arg(i);
        if (!accounts.addSchool(QStringLiteral("Школа № %1").arg(i), curator, password))
            return 1;
        DatabasePtr session = signIn(bench, curator, password);
        if (!session)
            return 1;
        QElapsedTimer t;
        t.start();
        const auto report = SchoolTransfer::upload(*file, *session);
        uploads << double(t.nsecsElapsed()) / 1e6;
        if (!report) {
            err << report.error() << '\n';
            return 1;
        }
        rows = report->inserted;
    }
    QTextStream out(stdout);
    out << "server_upload_ms participants=" << made->people << " rows=" << rows << " median=" << median(uploads)
        << " max=" << *std::max_element(uploads.begin(), uploads.end()) << '\n';

    DatabasePtr coordinator = signIn(bench, QStringLiteral("bench_coordinator"), password);
    if (!coordinator)
        return 1;
    ConsolidationService consolidation(coordinator);
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const auto c = consolidation.compute(2024);
        times << double(t.nsecsElapsed()) / 1e6;
        if (!c || c->schools.size() != schools) {
            err << (c ? QStringLiteral("schools: %1").arg(c->schools.size()) : c.error()) << '\n';
            return 1;
        }
    }
    out << "server_consolidated_ms schools=" << schools << " participants=" << schools * made->people
        << " median=" << median(times) << " max=" << *std::max_element(times.begin(), times.end()) << '\n';
    coordinator.reset();
    server.value().reset();
    if (qEnvironmentVariableIsEmpty("KURATOR_BENCH_KEEP"))
        onServer(*admin, QStringLiteral("DROP DATABASE kurator_bench WITH (FORCE)"));
    return 0;
}
