#pragma once
#include <functional>
#include "domain/Pair.h"
#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>

// One person's place in a pair or group of a school year, with what the registries print of it.
struct PairLink
{
    qint64 pairId = 0;
    qint64 personId = 0;
    MemberRole role = MemberRole::Mentee;
    qint64 formId = 0;
    QDate startedOn;
    QDate endOn; // ended, or else planned to end
    QString results;
    QString caseLink;
};

// A pair or group with what its card shows besides the record itself.
struct PairCard
{
    Pair pair;
    QStringList mentorNames; // full names, in the order of pair.members' mentors
    QStringList menteeNames;
    QString form;
    QString roleModel;
    QString programme;
    QString orderNumber;
    QDate orderDate;
    QString results;
    QString caseLink;
};

// How a pair ends: completed or ended early (with the reason), its results and the link to the
// case or review that describes it.
struct PairClosure
{
    PairStatus status = PairStatus::Completed;
    QDate endedOn;
    QString reason;
    QString results;
    QString caseLink;
};

// Pairs and groups with their members.
class PairRepository
{
public:
    explicit PairRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<qint64> insert(const Pair &pair);
    Result<PairCard> card(qint64 pairId) const;
    // Sets the end of a pair, or takes it back (status active, no end) when undone.
    Status close(qint64 pairId, const PairClosure &closure);
    // For the registries: person id (in the given role) -> short names of the people on the other
    // side of their pairs and groups in a school year.
    QHash<qint64, QStringList> partnerNamesByPerson(int yearStart, MemberRole role) const;
    // Every member of every pair and group of a school year (not ended early), in pair order.
    QList<PairLink> links(int yearStart) const;
    // The same members in no particular order, one at a time (cheaper for a 100,000-row bank).
    bool forEachLink(int yearStart, const std::function<void(const PairLink &)> &visit) const;

private:
    bool readLinks(int yearStart, bool inPairOrder, const std::function<void(const PairLink &)> &visit) const;
    QSqlDatabase m_db;
};
