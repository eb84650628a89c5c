#pragma once
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

// Pairs and groups with their members.
class PairRepository
{
public:
    explicit PairRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<qint64> insert(const Pair &pair);
    // For the registries: person id (in the given role) -> short names of the people on the other
    // side of their pairs and groups in a school year.
    QHash<qint64, QStringList> partnerNamesByPerson(int yearStart, MemberRole role) const;
    // Every member of every pair and group of a school year (not ended early), in pair order.
    QList<PairLink> links(int yearStart) const;

private:
    QSqlDatabase m_db;
};
