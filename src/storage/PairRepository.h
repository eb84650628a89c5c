#pragma once
#include "domain/Pair.h"
#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>

// Pairs and groups with their members.
class PairRepository
{
public:
    explicit PairRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<qint64> insert(const Pair &pair);
    // For the registries: person id (in the given role) -> short names of the people on the other
    // side of their pairs and groups in a school year.
    QHash<qint64, QStringList> partnerNamesByPerson(int yearStart, MemberRole role) const;

private:
    QSqlDatabase m_db;
};
