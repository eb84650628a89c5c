#pragma once
#include "domain/PlanItem.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>

// Individual plans of pairs and their items.
class PlanRepository
{
public:
    explicit PlanRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<qint64> insertPlan(qint64 pairId, const QString &goal, const QString &templateCode,
                              const QList<PlanItem> &items);

private:
    QSqlDatabase m_db;
};
