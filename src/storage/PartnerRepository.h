#pragma once
#include "domain/Partner.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

class PartnerRepository
{
public:
    explicit PartnerRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<qint64> insert(const Partner &partner);
    Status update(const Partner &partner);
    Status setStatus(qint64 id, RecordStatus status);
    Status remove(qint64 id);
    std::optional<Partner> find(qint64 id) const;
    QList<Partner> list() const;

private:
    QSqlDatabase m_db;
};
