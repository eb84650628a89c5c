#include "domain/TextFold.h"
#include "storage/PersonRepository.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace {
Person person(const char *last, const char *first, const char *patronymic, PersonCategory category = PersonCategory::Teacher)
{
    Person p;
    p.lastName = QString::fromUtf8(last);
    p.firstName = QString::fromUtf8(first);
    p.patronymic = QString::fromUtf8(patronymic);
    p.category = category;
    return p;
}
QStringList names(const QList<Person> &people)
{
    QStringList list;
    for (const Person &p : people)
        list << p.lastName;
    return list;
}
}

TEST_CASE("a person survives the round trip with every field")
{
    TempDatabase t;
    PersonRepository repo(t.db->connection());
    Person p = person("Семёнова", "Алёна", "Игоревна", PersonCategory::Pupil);
    p.birthDate = QDate(2011, 3, 5);
    p.sex = QStringLiteral("ж");
    p.className = QStringLiteral("7Б");
    p.phone = QStringLiteral("+79123456789");
    p.email = QStringLiteral("alena@example.ru");
    p.tags = {QStringLiteral("gifted"), QStringLiteral("ovz")};
    p.notes = QStringLiteral("кружок робототехники");
    auto id = repo.insert(p);
    REQUIRE(id.ok());
    const auto back = repo.find(id.value());
    REQUIRE(back.has_value());
    CHECK(back->fullName() == QStringLiteral("Семёнова Алёна Игоревна"));
    CHECK(back->birthDate == p.birthDate);
    CHECK(back->category == PersonCategory::Pupil);
    CHECK(back->className == p.className);
    CHECK(back->phone == p.phone);
    CHECK(back->email == p.email);
    CHECK(back->tags == p.tags);
    CHECK(back->notes == p.notes);

    Person changed = *back;
    changed.className = QStringLiteral("8Б");
    changed.tags = {QStringLiteral("ovz")};
    REQUIRE(repo.update(changed).ok());
    CHECK(repo.find(id.value())->className == QStringLiteral("8Б"));
    CHECK(repo.find(id.value())->tags == QStringList{QStringLiteral("ovz")});
}

TEST_CASE("Russian search folds case and ё, and the list is in Russian alphabetical order")
{
    TempDatabase t;
    PersonRepository repo(t.db->connection());
    for (const Person &p : {person("Яковлев", "Семён", "Павлович"), person("Иванов", "Пётр", "Ильич"),
                            person("Ёлкина", "Анна", "Сергеевна"), person("Ежов", "Иван", "Иванович"),
                            person("Жукова", "Мария", "Олеговна"), person("Абрамов", "Глеб", "Семёнович")})
        REQUIRE(repo.insert(p).ok());

    CHECK(names(repo.list({})) == QStringList{QStringLiteral("Абрамов"), QStringLiteral("Ежов"),
                                              QStringLiteral("Ёлкина"), QStringLiteral("Жукова"),
                                              QStringLiteral("Иванов"), QStringLiteral("Яковлев")});
    PersonFilter f;
    f.search = QStringLiteral("иванов");
    CHECK(names(repo.list(f)) == QStringList{QStringLiteral("Ежов"), QStringLiteral("Иванов")});
    f.search = QStringLiteral("семен");
    CHECK(names(repo.list(f)) == QStringList{QStringLiteral("Абрамов"), QStringLiteral("Яковлев")});
    f.search = QStringLiteral("ЕЛКИНА");
    CHECK(names(repo.list(f)) == QStringList{QStringLiteral("Ёлкина")});
    f.search = QStringLiteral("%");
    CHECK(repo.list(f).isEmpty());
}

TEST_CASE("representatives and consents")
{
    TempDatabase t;
    PersonRepository repo(t.db->connection());
    const qint64 child = repo.insert(person("Ершов", "Матвей", "Олегович", PersonCategory::Pupil)).value();
    const qint64 mother = repo.insert(person("Ершова", "Ольга", "Петровна", PersonCategory::Parent)).value();
    REQUIRE(repo.addRepresentative({child, mother, QStringLiteral("мать")}).ok());
    CHECK_FALSE(repo.addRepresentative({child, child, QStringLiteral("сам")}).ok());
    REQUIRE(repo.representativesOf(child).size() == 1);
    CHECK(repo.representativesOf(child).first().relation == QStringLiteral("мать"));

    Consent c;
    c.personId = child;
    c.signerPersonId = mother;
    c.signedOn = QDate(2024, 9, 2);
    c.validUntil = QDate(2025, 8, 31);
    REQUIRE(repo.addConsent(c).ok());
    const auto consents = repo.consentsOf(child);
    REQUIRE(consents.size() == 1);
    CHECK(consents.first().signerPersonId == mother);
    CHECK(consents.first().statusOn(QDate(2024, 12, 1)) == ConsentStatus::Valid);
    CHECK(repo.consentStatuses(QDate(2024, 12, 1)).value(child) == ConsentStatus::Valid);
    CHECK(repo.consentStatuses(QDate(2025, 9, 1)).value(child) == ConsentStatus::Expired);
    CHECK_FALSE(repo.consentStatuses(QDate(2024, 12, 1)).contains(mother));
}

TEST_CASE("a person's summary carries what their full record says")
{
    TempDatabase t;
    PersonRepository repo(t.db->connection());
    Person p = person("Семёнова", "Алёна", "", PersonCategory::Teacher);
    p.position = QStringLiteral("учитель физики");
    p.email = QStringLiteral("a@school.ru");
    p.birthDate = QDate(1990, 2, 3);
    p.tags = QStringList{Codes::personTagCodes().first()};
    const qint64 id = repo.insert(p).value();
    const QList<PersonSummary> all = repo.summaries({});
    REQUIRE(all.size() == 1);
    const PersonSummary &s = all.first();
    CHECK(s.id == id);
    CHECK(s.fullName == repo.find(id)->fullName());
    CHECK(s.nameKey == TextFold::nameKey(p.lastName, p.firstName, p.patronymic));
    CHECK(s.birthDate == p.birthDate);
    CHECK(s.category == PersonCategory::Teacher);
    CHECK(s.position == p.position);
    CHECK(s.email == p.email);
    CHECK(s.tags == p.tags);
    CHECK(s.status == RecordStatus::Active);
}
