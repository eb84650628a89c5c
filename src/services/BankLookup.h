#pragma once
#include "storage/BankRepository.h"
#include "storage/Database.h"
#include "storage/PairRepository.h"

#include <QHash>
#include <QVarLengthArray>
#include <vector>

// What a bank's rows look up besides their own person, read once: the other side of the year's
// pairs (each one's name and place worked out once), the pairs themselves, the forms of mentoring,
// the partner organisations and the organisation. Kept compact: a 100,000-row bank streams to its
// workbook, and this is what stays in memory meanwhile.
class BankLookup
{
public:
    using Pairs = QVarLengthArray<const PairLink *, 4>;
    using People = QVarLengthArray<qint64, 4>;

    BankLookup(const DatabasePtr &db, int startYear, MemberRole bank);

    const QString &organisation() const { return m_organisation; }
    // Where a person works or studies: a pupil's class at the organisation, else the workplace.
    QString placeOf(const BankRow &person) const;
    // The person's pairs of the year in the bank's role.
    Pairs pairsOf(qint64 personId) const;
    // The people on the other side of those pairs, each once, in the order of the pairs.
    People partnersOf(const Pairs &pairs) const;
    QString namesOf(const People &people) const;
    QString placesOf(const People &people) const;
    // The forms of the pairs; the profile's desired form when there are none.
    QString formsOf(const Pairs &pairs, qint64 fallbackForm) const;

private:
    struct Other
    {
        QString name, place;
    };
    using Others = QHash<qint64, Other>;
    Others readOthers(const QSqlDatabase &connection, int startYear) const;
    void indexLinks();

    MemberRole m_bank;
    Others m_others;
    QHash<qint64, QString> m_partners, m_forms;
    std::vector<PairLink> m_links;   // ordered by person
    std::vector<int> m_linksByPair;  // indices into m_links, ordered by pair
    QHash<qint64, QPair<int, int>> m_personLinks, m_pairLinks; // [from, to) in m_links, in m_linksByPair
    QString m_organisation;
    QString m_pupilPlace; // «Школа № 27, %1 класс»
};
