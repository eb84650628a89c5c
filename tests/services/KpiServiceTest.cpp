#include "services/KpiService.h"
#include "services/ReferenceData.h"
#include "storage/PairRepository.h"
#include "storage/PersonRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace {
qint64 addPair(const DatabasePtr &db, const QDate &started, const QDate &ended, QList<PairMember> members)
{
    Pair pair;
    pair.yearStart = 2024;
    pair.startedOn = started;
    pair.endedOn = ended;
    pair.status = ended.isValid() ? PairStatus::Completed : PairStatus::Active;
    pair.members = std::move(members);
    return PairRepository(db->connection()).insert(pair).value();
}

const KpiRow &rowOf(const QList<KpiRow> &rows, const QString &code)
{
    for (const KpiRow &r : rows)
        if (r.definition.code == code)
            return r;
    FAIL("no KPI " << code.toStdString());
    return rows.first();
}
}

TEST_CASE("KPIs counted from the store: pairs, periods, targets and the contingent")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
        const qint64 anna = addTestPerson(t.db, PersonCategory::Pupil, QDate(2012, 4, 1), "Анина");
    const qint64 boris = addTestPerson(t.db, PersonCategory::Pupil, QDate(2011, 4, 1), "Борин");
    addTestPerson(t.db, PersonCategory::Pupil, QDate(2010, 4, 1), "Вовин");
    addTestPerson(t.db, PersonCategory::Pupil, QDate(2019, 4, 1), "Малыш"); // 5 years old: outside 10–19
    const qint64 teacher = addTestPerson(t.db, PersonCategory::Teacher, QDate(1980, 1, 1), "Учителева");

    // Anna is in two pairs; Boris's pair ended before the second period.
    addPair(t.db, QDate(2024, 10, 1), {}, {{teacher, MemberRole::Mentor, {}}, {anna, MemberRole::Mentee, {}}});
    addPair(t.db, QDate(2024, 11, 1), {}, {{teacher, MemberRole::Mentor, {}}, {anna, MemberRole::Mentee, {}}});
    addPair(t.db, QDate(2024, 10, 1), QDate(2024, 12, 31), {{teacher, MemberRole::Mentor, {}}, {boris, MemberRole::Mentee, {}}});

    KpiService service(t.db);
    const QList<KpiRow> year = service.compute(2024);
    REQUIRE(year.size() == Kpi::defaultCodes().size());
    const KpiRow &mentees = rowOf(year, Kpi::PupilsMentees);
    CHECK(mentees.value.numerator == 2);
    CHECK(mentees.value.denominator == 3);
    CHECK_FALSE(mentees.reached().has_value()); // no target yet

    const QList<KpiRow> spring = service.compute(2024, Kpi::Period{QDate(2025, 1, 1), QDate(2025, 5, 31)});
    CHECK(rowOf(spring, Kpi::PupilsMentees).value.numerator == 1);

    REQUIRE(service.setTarget(Kpi::PupilsMentees, 2024, 60).ok());
    CHECK(*rowOf(service.compute(2024), Kpi::PupilsMentees).reached()); // 66.7 % ≥ 60 %
    CHECK_FALSE(service.setTarget(QStringLiteral("нет_такого"), 2024, 60).ok());
    CHECK_FALSE(service.setTarget(Kpi::PupilsMentees, 2024, 160).ok());

    REQUIRE(service.setContingent(Kpi::ContingentPupils, 2024, 10).ok());
    const KpiRow byContingent = rowOf(service.compute(2024), Kpi::PupilsMentees); // a copy: the list is a temporary
    CHECK(byContingent.value.denominator == 10);
    CHECK(byContingent.value.denominatorFromContingent);
    CHECK_FALSE(*byContingent.reached()); // 20 % < 60 %
    CHECK_FALSE(service.setContingent(QStringLiteral("пингвины"), 2024, 10).ok());
    CHECK(rowOf(service.compute(2024), Kpi::SatisfactionMentees).value.percent() == std::nullopt);
}

TEST_CASE("a year's targets and contingent are replaced all or nothing")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
    KpiService service(t.db);
    KpiYearSettings first;
    first.targets = {{Kpi::PupilsMentees, 20}, {Kpi::Consents, 100}};
    first.contingent = {{Kpi::ContingentTeachers, 80}};
    REQUIRE(service.setYearSettings(2025, first).ok());
    CHECK(service.yearSettings(2025) == first);

    KpiYearSettings bad = first;
    bad.targets.remove(Kpi::Consents);       // would be cleared…
    bad.targets.insert(Kpi::PlansDone, 190); // …but this target is impossible
    CHECK_FALSE(service.setYearSettings(2025, bad).ok());
    CHECK(service.yearSettings(2025) == first);

    KpiYearSettings cleared;
    REQUIRE(service.setYearSettings(2025, cleared).ok());
    CHECK(service.yearSettings(2025) == cleared);
    CHECK(service.yearSettings(2024) == KpiYearSettings());
}

TEST_CASE("the KPIs' names and the counting rules' parameters are the school's to set")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
    // On 31.08.2025 Anna is 13, Boris 16; the teacher began teaching in 2021 at 40.
    const qint64 anna = addTestPerson(t.db, PersonCategory::Pupil, QDate(2012, 4, 1), "Анина");
    const qint64 boris = addTestPerson(t.db, PersonCategory::Pupil, QDate(2009, 4, 1), "Борин");
    const qint64 teacher = addTestPerson(t.db, PersonCategory::Teacher, QDate(1985, 1, 1), "Учителева");
    PersonRepository people(t.db->connection());
    Person newcomer = *people.find(teacher);
    newcomer.pedagogicalSince = QDate(2021, 9, 1);
    REQUIRE(people.update(newcomer).ok());
    addPair(t.db, QDate(2024, 10, 1), {}, {{boris, MemberRole::Mentor, {}}, {anna, MemberRole::Mentee, {}}});

    KpiService service(t.db);
    CHECK(service.countingSettings().pupilAgeFrom == 10);
    CHECK(rowOf(service.compute(2024), Kpi::PupilsMentors).value.denominator == 2);
    CHECK(rowOf(service.compute(2024), Kpi::YoungTeachersMentees).value.denominator == 1); // 3 full years

    // A region that counts pupil mentors from 15 and young teachers under 35 only.
    Kpi::Settings regional;
    regional.pupilAgeFrom = 15;
    regional.youngSpecialist.maxAge = 35;
    REQUIRE(service.setCountingSettings(regional).ok());
    CHECK(service.countingSettings().youngSpecialist.maxAge == 35);
    const QList<KpiRow> year = service.compute(2024);
    CHECK(rowOf(year, Kpi::PupilsMentors).value.numerator == 1); // Boris, 16
    CHECK(rowOf(year, Kpi::PupilsMentors).value.denominator == 1); // Anna, 13, no longer counted
    CHECK_FALSE(rowOf(year, Kpi::YoungTeachersMentees).value.percent().has_value()); // 40: not young

    Kpi::Settings wrong;
    wrong.pupilAgeFrom = 19;
    wrong.pupilAgeTo = 15;
    const Status refused = service.setCountingSettings(wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("19–15")));
    CHECK(service.countingSettings().pupilAgeFrom == 15); // left as it was

    QList<KpiDefinition> definitions = service.definitions();
    definitions[0].name = QStringLiteral("  Вовлечённость   обучающихся  ");
    definitions[0].comparison = QStringLiteral("<=");
    REQUIRE(service.setDefinitions({definitions[0]}).ok());
    CHECK(service.definitions()[0].name == QStringLiteral("Вовлечённость обучающихся"));
    CHECK(rowOf(service.compute(2024), definitions[0].code).definition.comparison == QStringLiteral("<="));
    definitions[1].name = QStringLiteral(" ");
    definitions[2].comparison = QStringLiteral("==");
    const Status badNames = service.setDefinitions({definitions[1], definitions[2]});
    REQUIRE_FALSE(badNames.ok());
    CHECK(badNames.error().count(QLatin1Char('\n')) == 1); // both problems told
    CHECK(service.definitions()[2].comparison == QStringLiteral(">=")); // all or nothing
}
