#include "services/PeopleService.h"
#include "storage/AuditRepository.h"

#include <QSqlQuery>
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace {
PersonDraft minorDraft()
{
    PersonDraft d;
    d.person.lastName = QStringLiteral("Королёв");
    d.person.firstName = QStringLiteral("Семён");
    d.person.category = PersonCategory::Pupil;
    d.person.className = QStringLiteral("6А");
    d.person.birthDate = QDate::currentDate().addYears(-12);
    Person mother;
    mother.lastName = QStringLiteral("Королёва");
    mother.firstName = QStringLiteral("Ирина");
    mother.category = PersonCategory::Parent;
    mother.phone = QStringLiteral("+7 912 000-11-22");
    d.newRepresentative = mother;
    d.relation = QStringLiteral("мать");
    Consent c;
    c.signedOn = QDate::currentDate();
    c.signerPersonId = -1;
    d.consent = c;
    return d;
}
}

TEST_CASE("a minor is saved with the new representative who signed the consent, and audited")
{
    TempDatabase t;
    PeopleService people(t.db);
    auto saved = people.save(minorDraft());
    REQUIRE(saved.ok());
    const qint64 child = saved->personId;
    const auto reps = people.representativesOf(child);
    REQUIRE(reps.size() == 1);
    CHECK(reps.first().representativeId == saved->representativeId);
    const auto consents = people.consentsOf(child);
    REQUIRE(consents.size() == 1);
    CHECK(consents.first().signerPersonId == saved->representativeId);
    const auto log = AuditRepository(t.db->connection()).forEntity(QStringLiteral("person"), child);
    REQUIRE(log.size() == 1);
    CHECK(log.first().action == QStringLiteral("create"));
    CHECK_FALSE(log.first().userName.isEmpty());
}

TEST_CASE("a minor without a representative is refused and nothing is written")
{
    TempDatabase t;
    PeopleService people(t.db);
    PersonDraft d = minorDraft();
    d.newRepresentative.reset();
    d.consent.reset();
    auto saved = people.save(d);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().contains(QStringLiteral("законного представителя")));
    CHECK(people.list({}).isEmpty());
}

TEST_CASE("an edit records the names of the changed fields, never their values")
{
    TempDatabase t;
    PeopleService people(t.db);
    const qint64 id = people.save(minorDraft())->personId;
    Person p = *people.find(id);
    p.className = QStringLiteral("7А");
    p.phone = QStringLiteral("+79120001122");
    REQUIRE(people.update(p).ok());
    const auto log = AuditRepository(t.db->connection()).forEntity(QStringLiteral("person"), id);
    REQUIRE(log.size() == 2);
    CHECK(log.last().details == QStringLiteral("class_name, phone"));
    CHECK_FALSE(log.last().details.contains(QStringLiteral("7А")));
}

TEST_CASE("archive, restore and undo of an addition")
{
    TempDatabase t;
    PeopleService people(t.db);
    auto saved = people.save(minorDraft());
    REQUIRE(saved.ok());
    REQUIRE(people.setArchived({saved->personId}, true).ok());
    CHECK(people.find(saved->personId)->status == RecordStatus::Archived);
    REQUIRE(people.setArchived({saved->personId}, false).ok());
    CHECK(people.find(saved->personId)->status == RecordStatus::Active);
    REQUIRE(people.removeAdded(saved->personId).ok());
    REQUIRE(people.removeAdded(saved->representativeId).ok());
    CHECK(people.list({}).isEmpty());
}

TEST_CASE("archiving several people is all or nothing")
{
    TempDatabase t;
    PeopleService people(t.db);
    const SavedPerson saved = people.save(minorDraft()).value();
    const QList<qint64> both{saved.personId, saved.representativeId};
    REQUIRE(people.setArchived(both, true).ok());
    CHECK(people.find(saved.personId)->status == RecordStatus::Archived);
    CHECK(people.find(saved.representativeId)->status == RecordStatus::Archived);

    // With the audit log unwritable, the status changes must be taken back too.
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_moved")));
    CHECK_FALSE(people.setArchived(both, false).ok());
    CHECK(people.find(saved.personId)->status == RecordStatus::Archived);
    CHECK(people.find(saved.representativeId)->status == RecordStatus::Archived);
}

TEST_CASE("an edit that adds a representative and a consent, or changes a consent, is undone whole")
{
    TempDatabase t;
    PeopleService people(t.db);
    // A pupil entered without representative and consent (as an import brings them), then completed.
    PersonDraft bare = minorDraft();
    bare.person.birthDate = QDate::currentDate().addYears(-19); // of age: no representative needed
    bare.newRepresentative.reset();
    bare.consent.reset();
    auto added = people.save(bare);
    REQUIRE(added.ok());
    const Person before = *people.find(added->personId);
    const qint64 peopleBefore = people.list({}).size();

    PersonDraft completed = minorDraft();
    completed.person = before;
    completed.person.phone = QStringLiteral("+7 912 333-44-55");
    auto edited = people.save(completed);
    REQUIRE(edited.ok());
    REQUIRE(edited->representativeId != 0);
    REQUIRE(edited->consentId != 0);
    CHECK(people.consentsOf(before.id).size() == 1);

    REQUIRE(people.revertEdit(edited.value(), before, std::nullopt).ok());
    CHECK(people.find(before.id)->phone == before.phone);
    CHECK(people.representativesOf(before.id).isEmpty());
    CHECK(people.consentsOf(before.id).isEmpty());
    CHECK(people.list({}).size() == peopleBefore); // the representative added by the edit is gone too

    // Redo, then an edit of the consent itself: undo puts its dates back.
    auto again = people.save(completed);
    REQUIRE(again.ok());
    Consent consent = people.consentsOf(before.id).first();
    const Consent consentBefore = consent;
    consent.withdrawnOn = QDate::currentDate();
    PersonDraft withdrawal;
    withdrawal.person = *people.find(before.id);
    withdrawal.consent = consent;
    auto withdrawn = people.save(withdrawal);
    REQUIRE(withdrawn.ok());
    CHECK(withdrawn->consentId == 0); // an edited consent keeps its id
    CHECK(people.consentsOf(before.id).first().withdrawnOn == QDate::currentDate());
    REQUIRE(people.revertEdit(withdrawn.value(), withdrawal.person, consentBefore).ok());
    CHECK_FALSE(people.consentsOf(before.id).first().withdrawnOn.isValid());
    CHECK(people.representativesOf(before.id).size() == 1); // added by the earlier edit, not this one
}
