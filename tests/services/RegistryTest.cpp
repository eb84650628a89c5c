#include "domain/TextFold.h"
#include "services/RegistryService.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace {
RegistryRecord record(const char *name, const char *category, const char *className, ConsentStatus consent,
                      RecordStatus status = RecordStatus::Active)
{
    RegistryRecord r;
    r.searchKey = TextFold::fold(QString::fromUtf8(name));
    r.category = QString::fromUtf8(category);
    r.className = QString::fromUtf8(className);
    r.consent = consent;
    r.status = status;
    return r;
}
}

TEST_CASE("the registry filter folds case and ё and combines every filter")
{
    const RegistryRecord semen = record("Семёнов Семён Петрович 7Б", "pupil", "7Б", ConsentStatus::Valid);
    const RegistryRecord anna = record("Иванова Анна Сергеевна учитель", "teacher", "", ConsentStatus::Missing,
                                       RecordStatus::Archived);
    auto accepts = [](const RegistryFilter &f, const RegistryRecord &r) { return RegistryMatcher(f).accepts(r); };
    RegistryFilter f;
    f.search = QStringLiteral("семен");
    CHECK(accepts(f, semen));
    CHECK_FALSE(accepts(f, anna));
    f.search = QStringLiteral("ИВАНОВА анна");
    CHECK(accepts(f, anna));
    f.search = QStringLiteral("петрович семенов"); // words in any order
    CHECK(accepts(f, semen));
    f.search.clear();
    f.category = QStringLiteral("teacher");
    CHECK(accepts(f, anna));
    CHECK_FALSE(accepts(f, semen));
    f = {};
    f.className = QStringLiteral("7Б");
    CHECK(accepts(f, semen));
    CHECK_FALSE(accepts(f, anna));
    f = {};
    f.consent = ConsentStatus::Missing;
    CHECK(accepts(f, anna));
    f = {};
    f.status = RecordStatus::Active;
    CHECK_FALSE(accepts(f, anna));
}

TEST_CASE("the four registries of the demo school")
{
    auto opened = Database::open(demoDatabasePath());
    REQUIRE(opened.ok());
    RegistryService registries(opened.value());
    const QDate today(2024, 11, 15);
    const RegistryTable people = registries.load(RegistryKind::People, 2024, today);
    CHECK(people.records.size() > 1000);
    CHECK(people.classes.first() == QStringLiteral("1А"));
    CHECK(people.classes.last().startsWith(QStringLiteral("11")));
    for (const RegistryRecord &r : people.records)
        REQUIRE(r.cells.size() == people.columns.size());

    const RegistryTable mentees = registries.load(RegistryKind::Mentees, 2024, today);
    const RegistryTable mentors = registries.load(RegistryKind::Mentors, 2024, today);
    const RegistryTable partners = registries.load(RegistryKind::Partners, 2024, today);
    CHECK(mentees.records.size() >= 50);
    CHECK(mentors.records.size() >= 20);
    CHECK(partners.records.size() >= 2);
    CHECK(partners.consentColumn == -1);
    // Mentees in pairs show their mentor.
    const int mentorColumn = 6;
    CHECK(std::any_of(mentees.records.begin(), mentees.records.end(),
                      [&](const RegistryRecord &r) { return !r.cells[mentorColumn].toString().isEmpty(); }));
    // Another year has no profiles.
    CHECK(registries.load(RegistryKind::Mentees, 2019, today).records.empty());
}
