// The coordinator's consolidated view: every school's figures from the server, the total worked out
// from the counts, the workbook of a sheet per school.
#include "server/ServerSupport.h"
#include "support/TestSupport.h"
#include "support/WorkbookReadBack.h"

#include "services/Consolidation.h"
#include "services/DemoSchool.h"
#include "services/ExcelReports.h"
#include "services/ReferenceData.h"
#include "services/RoadmapService.h"
#include "storage/ServerAccounts.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
DatabasePtr signIn(const ServerDatabase &server, const QString &user, const QString &password)
{
    auto opened = Database::openServer(server.conninfo(user, password), Database::Options());
    if (!opened)
        FAIL(opened.error().toStdString());
    return opened.value();
}
}

TEST_CASE("the coordinator's total adds the schools' counts and divides again", "[server]")
{
    ServerDatabase server;
    REQUIRE(ReferenceData::installDefaults(*server.admin).ok());
    ServerAccounts accounts(server.admin->connection());
    const QString a = server.role("curator_a"), b = server.role("curator_b"), coordinator = server.role("coordinator");
    accounts.addSchool(QStringLiteral("Школа № 1"), a, QStringLiteral("pa")).value();
    accounts.addSchool(QStringLiteral("Гимназия [2]"), b, QStringLiteral("pb")).value();
    accounts.addSchool(QStringLiteral("Школа без данных"), server.role("curator_c"), QStringLiteral("pc")).value();
    REQUIRE(accounts.addCoordinator(coordinator, QStringLiteral("pk")).ok());

    // Two schools of different sizes: an average of their shares would not be the municipality's share.
    QList<QList<KpiRow>> own;
    for (const auto &[user, password, seed, pupils] : {std::tuple{a, "pa", 7u, 200}, std::tuple{b, "pb", 11u, 90}}) {
        DatabasePtr school = signIn(server, user, QString::fromLatin1(password));
        DemoOptions options;
        options.seed = seed;
        options.today = QDate(2024, 11, 15);
        options.pupils = pupils;
        options.teachers = pupils / 10;
        const auto made = DemoSchool::create(*school, options);
        if (!made)
            FAIL(made.error().toStdString());
        own << KpiService(school).compute(2024);
    }

    // A curator sees one school: the consolidated view is not theirs.
    CHECK_FALSE(ConsolidationService(signIn(server, a, QStringLiteral("pa"))).compute(2024).ok());

    DatabasePtr municipal = signIn(server, coordinator, QStringLiteral("pk"));
    // The coordinator writes the municipality's own roadmap, and only that.
    const auto created = RoadmapService(municipal).createFromTemplate(QStringLiteral("seven_stages"), 2024);
    REQUIRE(created.ok());
    const auto c = ConsolidationService(municipal).compute(2024);
    REQUIRE(c.ok());
    REQUIRE(c->schools.size() == 3);
    CHECK(c->schools[1].name == QStringLiteral("Гимназия [2]"));
    bool averageWouldDiffer = false;
    for (int k = 0; k < c->total.kpis.size(); ++k) {
        const KpiRow &total = c->total.kpis[k];
        INFO(total.definition.code.toStdString());
        int numerator = 0, denominator = 0;
        for (int s = 0; s < 2; ++s) {
            CHECK(c->schools[s].kpis[k].value.numerator == own[s][k].value.numerator);
            CHECK(c->schools[s].kpis[k].value.denominator == own[s][k].value.denominator);
            numerator += own[s][k].value.numerator;
            denominator += own[s][k].value.denominator;
        }
        CHECK(c->schools[2].kpis[k].value.numerator == 0);
        CHECK(total.value.numerator == numerator);
        CHECK(total.value.denominator == denominator);
        if (denominator > 0) {
            CHECK(*total.value.percent() == Approx(100.0 * numerator / denominator));
            if (own[0][k].value.percent() && own[1][k].value.percent())
                averageWouldDiffer |= std::abs((*own[0][k].value.percent() + *own[1][k].value.percent()) / 2 -
                                               *total.value.percent()) > 0.5;
        }
    }
    CHECK(averageWouldDiffer);
    REQUIRE_FALSE(c->total.stats.isEmpty());
    for (int i = 0; i < c->total.stats.size(); ++i)
        CHECK(c->total.stats[i].count == c->schools[0].stats[i].count + c->schools[1].stats[i].count);

    // The municipal roadmap, then each school's as its curator sees it.
    REQUIRE(c->roadmaps.size() == 4);
    CHECK(c->roadmaps[0].name == QStringLiteral("Муниципалитет"));
    CHECK(c->roadmaps[0].items.size() == created->items);
    CHECK(c->roadmaps[1].items.size() == RoadmapService(signIn(server, a, QStringLiteral("pa"))).items(2024).size());
    CHECK_FALSE(c->roadmaps[1].items.isEmpty());
    CHECK(c->roadmaps[3].items.isEmpty());

    // The workbook: the total, the schools side by side, the roadmaps, a sheet per school; no person's
    // name anywhere.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("svodka.xlsx"));
    REQUIRE(ExcelReports::consolidated(*c, QDate(2024, 12, 20), path).ok());
    const QJsonArray sheets = readBack(path);
    REQUIRE(sheets.size() == 7);
    CHECK(sheets[0].toObject().value(QLatin1String("name")).toString() == QStringLiteral("Итого по муниципалитету"));
    CHECK(sheets[1].toObject().value(QLatin1String("name")).toString() == QStringLiteral("Школы рядом"));
    CHECK(sheets[2].toObject().value(QLatin1String("name")).toString() == QStringLiteral("Дорожные карты"));
    CHECK(sheets[5].toObject().value(QLatin1String("name")).toString() == QStringLiteral("Гимназия _2_"));
    QSqlQuery names(server.admin->connection());
    REQUIRE(names.exec(QStringLiteral("SELECT DISTINCT last_name FROM person")));
    QStringList surnames;
    while (names.next())
        surnames << names.value(0).toString();
    REQUIRE(surnames.size() > 50);
    const QString everything = QString::fromUtf8(QJsonDocument(sheets).toJson());
    for (const QString &surname : std::as_const(surnames))
        if (everything.contains(QLatin1Char('"') + surname + QLatin1Char('"')))
            FAIL("a surname in the consolidated workbook: " + surname.toStdString());
}
