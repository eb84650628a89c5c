#pragma once
#include "domain/Partner.h"
#include "storage/Database.h"

class PartnerService
{
public:
    explicit PartnerService(DatabasePtr db) : m_db(std::move(db)) {}
    static QStringList validate(const Partner &partner);
    Result<qint64> add(const Partner &partner);
    Status update(const Partner &partner);
    // All of them or none, in one transaction.
    Status setArchived(const QList<qint64> &ids, bool archived);
    Status removeAdded(qint64 id);
    std::optional<Partner> find(qint64 id) const;
    QList<Partner> list() const;

private:
    DatabasePtr m_db;
};
