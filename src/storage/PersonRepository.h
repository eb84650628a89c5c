#pragma once
#include "domain/Consent.h"
#include "domain/Person.h"
#include "domain/PersonSummary.h"
#include "domain/Result.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

struct PersonFilter
{
    QString search; // folded by the repository; matches any part of the full name
    std::optional<PersonCategory> category;
    std::optional<RecordStatus> status;
    // Only people with a mentee (or mentor) profile in this school year.
    std::optional<MemberRole> profileRole;
    int profileYear = 0;
    // Only members of pairs and groups of this school year in this role.
    std::optional<MemberRole> pairRole;
    int pairYear = 0;
    int limit = 0; // 0: all
    // Only ids in (idAbove, idUpTo]; 0: no bound. Lets a long registry be read in parts at once.
    qint64 idAbove = 0;
    qint64 idUpTo = 0;
    // Alphabetical order costs a random read per row; whole registries are sorted by their model.
    bool ordered = true;
};

struct Representation
{
    qint64 minorId = 0;
    qint64 representativeId = 0;
    QString relation; // мать, отец, опекун…
};

// People, their tags, legal representatives and consents.
class PersonRepository
{
public:
    explicit PersonRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insert(const Person &person);
    Status update(const Person &person);
    Status setStatus(qint64 id, RecordStatus status);
    // Only for undoing an addition: fails when anything refers to the person.
    Status remove(qint64 id);
    std::optional<Person> find(qint64 id) const;
    QList<Person> list(const PersonFilter &filter) const;
    // The same people, narrowly: what whole registries need, several times faster to read.
    QList<PersonSummary> summaries(const PersonFilter &filter) const;
    // The id that splits the people the filter chooses into two halves, and how many are above it;
    // none when they are fewer than `atLeast`.
    struct Halves
    {
        qint64 middleId = 0;
        qint64 above = 0;
    };
    std::optional<Halves> halves(const PersonFilter &filter, int atLeast) const;

    Status addRepresentative(const Representation &r);
    Status removeRepresentative(qint64 minorId, qint64 representativeId);
    QList<Representation> representativesOf(qint64 minorId) const;

    Result<qint64> addConsent(const Consent &consent);
    Status updateConsent(const Consent &consent);
    Status removeConsent(qint64 id);
    QList<Consent> consentsOf(qint64 personId) const;
    // Everyone's consent status on a date, in one pass over the consents (no entry: no consent).
    QHash<qint64, ConsentStatus> consentStatuses(const QDate &on) const;
    // Tags of every person: one query for whole registries.
    QHash<qint64, QStringList> allTags() const;

private:
    SqlQuery selectPeople(const char *columns, const PersonFilter &filter, const char *tail = "") const;
    Status writeTags(qint64 personId, const QStringList &tags);
    QSqlDatabase m_db;
};
