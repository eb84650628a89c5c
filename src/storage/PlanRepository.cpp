#include "storage/PlanRepository.h"

#include "storage/SqlQuery.h"

#include <QDate>

Result<qint64> PlanRepository::insertPlan(qint64 pairId, const QString &goal, const QString &templateCode,
                                          const QList<PlanItem> &items)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO individual_plan (pair_id, goal, template_code, created_on) "
                                    "VALUES (:pair, :goal, :template, :created)"));
    q.bind(QStringLiteral(":pair"), pairId)
        .bind(QStringLiteral(":goal"), SqlQuery::textOrNull(goal))
        .bind(QStringLiteral(":template"), SqlQuery::textOrNull(templateCode))
        .bind(QStringLiteral(":created"), SqlQuery::dateValue(QDate::currentDate()));
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const qint64 planId = q.lastInsertId();
    const Status written = insertItems(planId, items);
    return written ? Result<qint64>(planId) : Result<qint64>::failure(written.error());
}

Status PlanRepository::insertItems(qint64 planId, const QList<PlanItem> &items)
{
    int position = 0;
    for (const PlanItem &item : items) {
        SqlQuery iq(m_db, QStringLiteral(
            "INSERT INTO plan_item (plan_id, position, section, activity, deadline, expected_result, done, done_on, "
            "comment) VALUES (:plan, :position, :section, :activity, :deadline, :expected, :done, :doneOn, :comment)"));
        iq.bind(QStringLiteral(":plan"), planId)
            .bind(QStringLiteral(":position"), ++position)
            .bind(QStringLiteral(":section"), SqlQuery::textOrNull(item.section))
            .bind(QStringLiteral(":activity"), item.activity)
            .bind(QStringLiteral(":deadline"), SqlQuery::dateValue(item.deadline))
            .bind(QStringLiteral(":expected"), SqlQuery::textOrNull(item.expectedResult))
            .bind(QStringLiteral(":done"), item.done ? 1 : 0)
            .bind(QStringLiteral(":doneOn"), SqlQuery::dateValue(item.doneOn))
            .bind(QStringLiteral(":comment"), SqlQuery::textOrNull(item.comment));
        if (!iq.exec())
            return iq.status();
    }
    return {};
}

IndividualPlan PlanRepository::planOf(qint64 pairId) const
{
    IndividualPlan plan;
    plan.pairId = pairId;
    SqlQuery q(m_db, QStringLiteral("SELECT id, goal, template_code FROM individual_plan WHERE pair_id = ? ORDER BY id LIMIT 1"));
    q.bindAll({pairId});
    if (!q.exec() || !q.next())
        return plan;
    plan.id = q.integer(0);
    plan.goal = q.text(1);
    plan.templateCode = q.text(2);
    SqlQuery items(m_db, QStringLiteral("SELECT id, section, activity, deadline, expected_result, done, done_on, comment "
                                        "FROM plan_item WHERE plan_id = ? ORDER BY position"));
    items.bindAll({plan.id});
    if (items.exec())
        while (items.next()) {
            PlanItem item;
            item.id = items.integer(0);
            item.section = items.text(1);
            item.activity = items.text(2);
            item.deadline = items.date(3);
            item.expectedResult = items.text(4);
            item.done = items.integer(5) != 0;
            item.doneOn = items.date(6);
            item.comment = items.text(7);
            plan.items.append(item);
        }
    return plan;
}

Result<qint64> PlanRepository::save(const IndividualPlan &plan)
{
    if (plan.id == 0)
        return insertPlan(plan.pairId, plan.goal, plan.templateCode, plan.items);
    SqlQuery q(m_db, QStringLiteral("UPDATE individual_plan SET goal = ?, template_code = ? WHERE id = ?"));
    q.bindAll({SqlQuery::textOrNull(plan.goal), SqlQuery::textOrNull(plan.templateCode), plan.id});
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM plan_item WHERE plan_id = ?"));
    clear.bindAll({plan.id});
    if (!clear.exec())
        return Result<qint64>::failure(clear.error());
    const Status written = insertItems(plan.id, plan.items);
    return written ? Result<qint64>(plan.id) : Result<qint64>::failure(written.error());
}
