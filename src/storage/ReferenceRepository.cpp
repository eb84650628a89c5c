#include "storage/ReferenceRepository.h"

#include "storage/SqlQuery.h"

Result<qint64> ReferenceRepository::insertForm(const MentoringForm &form)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO mentoring_form (code, title, mentor_category, mentee_category, position) "
                                    "VALUES (:code, :title, :mentor, :mentee, "
                                    "(SELECT COUNT(*) FROM mentoring_form))"));
    q.bind(QStringLiteral(":code"), form.code)
        .bind(QStringLiteral(":title"), form.title)
        .bind(QStringLiteral(":mentor"), SqlQuery::textOrNull(form.mentorCategory))
        .bind(QStringLiteral(":mentee"), SqlQuery::textOrNull(form.menteeCategory));
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const qint64 formId = q.lastInsertId();
    for (const QString &role : form.roleModels) {
        SqlQuery r(m_db, QStringLiteral("INSERT INTO role_model (form_id, title) VALUES (:form, :title)"));
        r.bind(QStringLiteral(":form"), formId).bind(QStringLiteral(":title"), role);
        if (!r.exec())
            return Result<qint64>::failure(r.error());
    }
    return formId;
}

QList<MentoringForm> ReferenceRepository::forms() const
{
    QList<MentoringForm> list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, code, title, mentor_category, mentee_category FROM mentoring_form "
                                    "ORDER BY position, id"));
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.integer(0), q.text(1), q.text(2), q.text(3), q.text(4), {}});
    for (MentoringForm &form : list) {
        SqlQuery r(m_db, QStringLiteral("SELECT title FROM role_model WHERE form_id = :form ORDER BY id"));
        r.bind(QStringLiteral(":form"), form.id);
        if (r.exec())
            while (r.next())
                form.roleModels << r.text(0);
    }
    return list;
}

QList<qint64> ReferenceRepository::roleModelIds(qint64 formId) const
{
    QList<qint64> ids;
    SqlQuery r(m_db, QStringLiteral("SELECT id FROM role_model WHERE form_id = :form ORDER BY id"));
    r.bind(QStringLiteral(":form"), formId);
    if (r.exec())
        while (r.next())
            ids << r.integer(0);
    return ids;
}
