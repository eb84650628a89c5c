#pragma once
#include "domain/Achievement.h"
#include "domain/Consent.h"
#include "domain/Person.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

// What the person form hands over: the person, possibly a new legal representative, a consent.
struct PersonDraft
{
    Person person; // id 0: a new person
    std::optional<Person> newRepresentative;
    QString relation; // мать, отец, опекун…
    // id 0: a new consent; signerPersonId -1: signed by newRepresentative.
    std::optional<Consent> consent;
};

struct SavedPerson
{
    qint64 personId = 0;
    qint64 representativeId = 0; // the representative created with the person, if any
    qint64 consentId = 0;        // the consent added with the person, if any (an edited one keeps its id)
};

// Adds, edits and archives people with validation and an audit entry, each in one transaction.
class PeopleService
{
public:
    explicit PeopleService(DatabasePtr db) : m_db(std::move(db)) {}

    // Checks a person as the forms do; an empty list means it can be saved.
    QStringList validate(const Person &person, bool hasLegalRepresentative) const;

    // Saves what the person form produced, all in one transaction.
    Result<SavedPerson> save(const PersonDraft &draft);
    Status update(const Person &person);
    // Undoes an edit made with save(): the person as they were, the consent it changed as it was
    // (consentBefore; none when the edit added one), and the representative and consent it added
    // (saved) taken away. All or nothing.
    Status revertEdit(const SavedPerson &saved, const Person &before, const std::optional<Consent> &consentBefore);
    // All of them or none, in one transaction.
    Status setArchived(const QList<qint64> &ids, bool archived);
    // Undo of an addition: removes the person with their consents and representations.
    Status removeAdded(qint64 id);

    std::optional<Person> find(qint64 id) const;
    QList<Representation> representativesOf(qint64 minorId) const;
    QList<Consent> consentsOf(qint64 personId) const;
    QList<Person> list(const PersonFilter &filter) const;

    static QStringList changedFields(const Person &before, const Person &after);

    // Achievements recorded on the person (диплом, грамота, сертификат, участие; level; date).
    QList<Achievement> achievementsOf(qint64 personId) const;
    Result<qint64> addAchievement(const Achievement &achievement);
    Status removeAchievement(const Achievement &achievement);

private:
    PersonRepository repo() const { return PersonRepository(m_db->connection()); }
    DatabasePtr m_db;
};
