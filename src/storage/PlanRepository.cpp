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
            return Result<qint64>::failure(iq.error());
    }
    return planId;
}
