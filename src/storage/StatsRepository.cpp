#include "storage/StatsRepository.h"

#include "storage/SqlQuery.h"

QStringList StatsRepository::entityTables()
{
    return {QStringLiteral("organisation"), QStringLiteral("academic_year"), QStringLiteral("person"),
            QStringLiteral("person_tag"), QStringLiteral("legal_representative"), QStringLiteral("consent"),
            QStringLiteral("partner_organisation"), QStringLiteral("mentoring_form"), QStringLiteral("role_model"),
            QStringLiteral("mentee_profile"), QStringLiteral("mentor_profile"),
            QStringLiteral("questionnaire_template"), QStringLiteral("questionnaire_response"),
            QStringLiteral("questionnaire_answer"), QStringLiteral("matching_run"),
            QStringLiteral("matching_proposal"), QStringLiteral("mentoring_order"), QStringLiteral("programme"),
            QStringLiteral("mentoring_pair"), QStringLiteral("pair_member"), QStringLiteral("individual_plan"),
            QStringLiteral("plan_item"), QStringLiteral("meeting"), QStringLiteral("meeting_attendance"),
            QStringLiteral("survey_template"), QStringLiteral("survey_question"), QStringLiteral("survey_response"),
            QStringLiteral("survey_answer"), QStringLiteral("achievement"), QStringLiteral("roadmap"),
            QStringLiteral("roadmap_item"), QStringLiteral("kpi_definition"), QStringLiteral("kpi_target"),
            QStringLiteral("contingent"), QStringLiteral("audit_log")};
}

qint64 StatsRepository::count(const QString &table) const
{
    // Table names come from entityTables(), never from the user.
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return q.exec() && q.next() ? q.integer(0) : -1;
}

QList<QPair<QString, qint64>> StatsRepository::rowCounts() const
{
    QList<QPair<QString, qint64>> counts;
    for (const QString &table : entityTables())
        counts.append({table, count(table)});
    return counts;
}
