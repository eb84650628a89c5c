#pragma once
#include "domain/PlanItem.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>

// Индивидуальный план of a pair or group: its goal and items in order.
struct IndividualPlan
{
    qint64 id = 0;
    qint64 pairId = 0;
    QString goal;
    QString templateCode;
    QList<PlanItem> items;
};

// Individual plans of pairs and their items.
class PlanRepository
{
public:
    explicit PlanRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<qint64> insertPlan(qint64 pairId, const QString &goal, const QString &templateCode,
                              const QList<PlanItem> &items);
    // The pair's plan; a plan with id 0 when it has none yet.
    IndividualPlan planOf(qint64 pairId) const;
    // Writes the plan whole: its goal, and its items replacing the stored ones (a new plan when id is 0).
    Result<qint64> save(const IndividualPlan &plan);

private:
    Status insertItems(qint64 planId, const QList<PlanItem> &items);
    QSqlDatabase m_db;
};
