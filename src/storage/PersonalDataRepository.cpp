#include "storage/PersonalDataRepository.h"

#include "domain/TextFold.h"
#include "storage/SqlQuery.h"

#include <QDateTime>

namespace {
Status run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    SqlQuery q(db, sql);
    q.bindAll(values);
    return q.exec() ? Status() : q.status();
}

// Where free texts around a person live. `where` selects the rows, the person being the one-row
// table p(id), so that one bound value serves every mention.
struct TextSource
{
    QString table;
    QStringList columns;
    QString where;
};

QList<TextSource> textSources()
{
    const QString pairs = QStringLiteral("(SELECT pair_id FROM pair_member WHERE person_id = (SELECT id FROM p))");
    const QString person = QStringLiteral("(SELECT id FROM p)");
    return {
        {QStringLiteral("mentoring_pair"), {QStringLiteral("title"), QStringLiteral("end_reason"), QStringLiteral("results"), QStringLiteral("case_link")},
         QStringLiteral("id IN %1").arg(pairs)},
        {QStringLiteral("individual_plan"), {QStringLiteral("goal"), QStringLiteral("gaps")}, QStringLiteral("pair_id IN %1").arg(pairs)},
        {QStringLiteral("plan_item"), {QStringLiteral("section"), QStringLiteral("activity"), QStringLiteral("expected_result"), QStringLiteral("comment")},
         QStringLiteral("plan_id IN (SELECT id FROM individual_plan WHERE pair_id IN %1)").arg(pairs)},
        {QStringLiteral("meeting"), {QStringLiteral("topic"), QStringLiteral("outcome")},
         QStringLiteral("pair_id IN %1 OR id IN (SELECT meeting_id FROM meeting_attendance WHERE person_id = %2)").arg(pairs, person)},
        {QStringLiteral("survey_answer"), {QStringLiteral("value_text")},
         QStringLiteral("response_id IN (SELECT id FROM survey_response WHERE pair_id IN %1)").arg(pairs)},
        {QStringLiteral("questionnaire_answer"), {QStringLiteral("answer")},
         QStringLiteral("response_id IN (SELECT id FROM questionnaire_response WHERE kind = 'preference')")},
        {QStringLiteral("matching_proposal"), {QStringLiteral("curator_change"), QStringLiteral("unmatched_reason"), QStringLiteral("breakdown")},
         QStringLiteral("mentor_id = %1 OR mentee_id = %1").arg(person)},
        {QStringLiteral("achievement"), {QStringLiteral("title")}, QStringLiteral("person_id = %1").arg(person)},
        {QStringLiteral("matching_run"), {QStringLiteral("notes")}, QStringLiteral("notes IS NOT NULL")},
        {QStringLiteral("mentoring_order"), {QStringLiteral("title"), QStringLiteral("body")}, QStringLiteral("1")},
        {QStringLiteral("audit_log"), {QStringLiteral("details")}, QStringLiteral("details IS NOT NULL")},
    };
}
} // namespace

bool PersonalDataRepository::isForgotten(qint64 personId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT 1 FROM person_tag WHERE person_id = ? AND tag = ?"));
    q.bindAll({personId, forgottenTag()});
    return q.exec() && q.next();
}

Status PersonalDataRepository::anonymise(qint64 personId, const QString &lastName, const QString &firstName)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (Status s = run(m_db, QStringLiteral("UPDATE person SET last_name = ?, first_name = ?, patronymic = NULL, name_key = ?, sex = NULL, "
                                            "phone = NULL, email = NULL, workplace = NULL, notes = NULL, updated_at = ? WHERE id = ?"),
                       {lastName, firstName, TextFold::nameKey(lastName, firstName, QString()), now, personId}); !s)
        return s;
    // ОВЗ stays: KPI 5 counts it. Other tags are the curator's free notes.
    if (Status s = run(m_db, QStringLiteral("DELETE FROM person_tag WHERE person_id = ? AND tag <> 'ovz'"), {personId}); !s)
        return s;
    return run(m_db, QStringLiteral("INSERT INTO person_tag (person_id, tag) VALUES (?, ?)"), {personId, forgottenTag()});
}

Status PersonalDataRepository::clearOwnTexts(qint64 personId)
{
    const QStringList statements{
        QStringLiteral("UPDATE mentee_profile SET request = NULL, problems = NULL, interests = NULL, results = NULL, case_link = NULL "
                       "WHERE person_id = ?"),
        QStringLiteral("UPDATE mentor_profile SET competencies = NULL, achievements = NULL, interests = NULL, time_resource = NULL, "
                       "schedule = NULL, results = NULL, case_link = NULL WHERE person_id = ?"),
        QStringLiteral("DELETE FROM questionnaire_answer WHERE response_id IN (SELECT id FROM questionnaire_response WHERE person_id = ?)"),
        QStringLiteral("UPDATE questionnaire_response SET source = NULL WHERE person_id = ?"),
        QStringLiteral("UPDATE survey_answer SET value_text = NULL WHERE response_id IN (SELECT id FROM survey_response WHERE person_id = ?)"),
        QStringLiteral("UPDATE consent SET document_ref = NULL, scope = NULL WHERE person_id = ?"),
    };
    for (const QString &sql : statements)
        if (Status s = run(m_db, sql, {personId}); !s)
            return s;
    return Status();
}

Result<QList<qint64>> PersonalDataRepository::unlinkRepresentatives(qint64 minorId)
{
    using R = Result<QList<qint64>>;
    QList<qint64> representatives;
    SqlQuery linked(m_db, QStringLiteral("SELECT representative_id FROM legal_representative WHERE minor_id = ?"));
    linked.bindAll({minorId});
    if (!linked.exec())
        return R::failure(linked.error());
    while (linked.next())
        representatives << linked.integer(0);
    if (Status s = run(m_db, QStringLiteral("DELETE FROM legal_representative WHERE minor_id = ?"), {minorId}); !s)
        return R::failure(s.error());
    QList<qint64> unattached;
    for (qint64 id : representatives) {
        SqlQuery q(m_db, QStringLiteral("WITH p(id) AS (SELECT ?) SELECT "
                                        "EXISTS (SELECT 1 FROM legal_representative WHERE representative_id = (SELECT id FROM p)) "
                                        "OR EXISTS (SELECT 1 FROM pair_member WHERE person_id = (SELECT id FROM p)) "
                                        "OR EXISTS (SELECT 1 FROM mentee_profile WHERE person_id = (SELECT id FROM p)) "
                                        "OR EXISTS (SELECT 1 FROM mentor_profile WHERE person_id = (SELECT id FROM p))"));
        q.bindAll({id});
        if (!q.exec() || !q.next())
            return R::failure(q.error());
        if (!q.value(0).toBool())
            unattached << id;
    }
    return unattached;
}

Result<QList<PersonalDataRepository::TextCell>> PersonalDataRepository::textsAround(qint64 personId) const
{
    using R = Result<QList<TextCell>>;
    QList<TextCell> cells;
    for (const TextSource &source : textSources()) {
        SqlQuery q(m_db, QStringLiteral("WITH p(id) AS (SELECT ?) SELECT id, %1 FROM %2 WHERE %3")
                             .arg(source.columns.join(QStringLiteral(", ")), source.table, source.where));
        q.bindAll({personId});
        if (!q.exec())
            return R::failure(q.error());
        while (q.next())
            for (int c = 0; c < source.columns.size(); ++c)
                if (!q.value(c + 1).isNull())
                    cells.append({source.table, source.columns.at(c), q.integer(0), q.text(c + 1)});
    }
    return cells;
}

Status PersonalDataRepository::setText(const TextCell &cell)
{
    // Table and column come from textSources(), never from input.
    return run(m_db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(cell.table, cell.column), {cell.text, cell.rowId});
}
