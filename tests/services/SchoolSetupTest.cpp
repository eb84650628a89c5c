// The first run's «Создать мою школу»: the school named, its year and contingent set, all or nothing.
#include "domain/Kpi.h"
#include "services/KpiService.h"
#include "services/ReferenceData.h"
#include "services/SchoolSetup.h"
#include "storage/StatsRepository.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {
SchoolSetup lyceum()
{
    SchoolSetup setup;
    setup.school = {QStringLiteral("  МАОУ «Лицей   № 3»  "), QStringLiteral("МАОУ Лицей № 3"), QStringLiteral("г. Энск")};
    setup.startYear = 2026;
    setup.contingent = {{Kpi::ContingentPupils, 640}, {Kpi::ContingentOvz, 12}, {Kpi::ContingentTeachers, 48}};
    return setup;
}
} // namespace

TEST_CASE("a new school is named and its year's contingent set")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
    REQUIRE(SchoolSetupService::apply(t.db, lyceum()).ok());

    const SchoolInfo school = SchoolRepository(t.db->connection()).home();
    CHECK(school.name == QStringLiteral("МАОУ «Лицей № 3»")); // spaces folded as typed by hand
    CHECK(school.shortName == QStringLiteral("МАОУ Лицей № 3"));
    CHECK(school.municipality == QStringLiteral("г. Энск"));
    const QMap<QString, int> contingent = KpiService(t.db).yearSettings(2026).contingent;
    CHECK(contingent == lyceum().contingent); // young teachers and organisations left to the data
    CHECK(StatsRepository(t.db->connection()).count(QStringLiteral("academic_year")) == 1);
}

TEST_CASE("an impossible set-up is refused with every problem named and nothing written")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
    const SchoolInfo before = SchoolRepository(t.db->connection()).home();

    SchoolSetup setup = lyceum();
    setup.school.name = QStringLiteral("   ");
    setup.startYear = 26;
    setup.contingent.insert(Kpi::ContingentOvz, 700);
    setup.contingent.insert(Kpi::ContingentYoungTeachers, 49);
    setup.contingent.insert(QStringLiteral("cats"), 3);
    const QStringList problems = SchoolSetupService::validate(setup);
    CHECK(problems.size() == 5);
    CHECK(problems.contains(QStringLiteral("Укажите название школы.")));
    CHECK(problems.contains(QStringLiteral("Учебный год указан неверно: 26.")));
    CHECK(problems.contains(QStringLiteral("Обучающихся с ОВЗ (700) больше, чем всех обучающихся (640).")));
    CHECK(problems.contains(QStringLiteral("Молодых педагогов (49) больше, чем всех педагогов (48).")));
    CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("«cats»")));

    const Status refused = SchoolSetupService::apply(t.db, setup);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == problems.join(QLatin1Char('\n')));
    CHECK(SchoolRepository(t.db->connection()).home() == before);
    CHECK(StatsRepository(t.db->connection()).count(QStringLiteral("contingent")) == 0);

    setup = lyceum();
    setup.contingent.insert(Kpi::ContingentTeachers, -1);
    CHECK(SchoolSetupService::validate(setup) == QStringList{QStringLiteral("Численность не может быть отрицательной.")});
}

TEST_CASE("a set-up the store refuses half-way leaves the school as it was")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
    const SchoolInfo before = SchoolRepository(t.db->connection()).home();
    // The contingent is written after the school's name: a refusal there must take the name back too.
    REQUIRE(QSqlQuery(t.db->connection())
                .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON contingent BEGIN SELECT RAISE(ABORT, 'нет'); END")));
    const Status refused = SchoolSetupService::apply(t.db, lyceum());
    REQUIRE_FALSE(refused.ok());
    CHECK(SchoolRepository(t.db->connection()).home() == before);
    CHECK(StatsRepository(t.db->connection()).count(QStringLiteral("academic_year")) == 0);
}
