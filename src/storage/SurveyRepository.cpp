#include "storage/SurveyRepository.h"

#include "storage/AcademicYearRepository.h"
#include "storage/SqlQuery.h"

#include <QHash>

Status SurveyRepository::insertQuestion(qint64 templateId, int position, SurveyQuestion &question)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO survey_question (template_id, position, text, answer_type, choices) "
                                    "VALUES (?, ?, ?, ?, ?)"));
    q.bindAll({templateId, position, question.text.trimmed(), question.answerType, SqlQuery::textOrNull(question.choices)});
    if (!q.exec())
        return q.status();
    question.id = q.lastInsertId();
    return {};
}

Result<SurveyTemplate> SurveyRepository::insertTemplate(const SurveyTemplate &t)
{
    using R = Result<SurveyTemplate>;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO survey_template (kind, title, satisfied_threshold) VALUES (?, ?, ?)"));
    q.bindAll({t.kind, t.title.trimmed(), t.satisfiedThreshold});
    if (!q.exec())
        return R::failure(q.error());
    SurveyTemplate stored = t;
    stored.id = q.lastInsertId();
    int position = 0;
    for (SurveyQuestion &question : stored.questions)
        if (const Status s = insertQuestion(stored.id, ++position, question); !s)
            return R::failure(s.error());
    return stored;
}

Result<SurveyTemplate> SurveyRepository::updateTemplate(const SurveyTemplate &t)
{
    using R = Result<SurveyTemplate>;
    SqlQuery q(m_db, QStringLiteral("UPDATE survey_template SET kind = ?, title = ?, satisfied_threshold = ? WHERE id = ?"));
    q.bindAll({t.kind, t.title.trimmed(), t.satisfiedThreshold, t.id});
    if (!q.exec())
        return R::failure(q.error());
    SurveyTemplate stored = t;
    QSet<qint64> kept;
    int position = 0;
    for (SurveyQuestion &question : stored.questions) {
        ++position;
        if (question.id == 0) {
            if (const Status s = insertQuestion(t.id, position, question); !s)
                return R::failure(s.error());
        } else {
            SqlQuery u(m_db, QStringLiteral("UPDATE survey_question SET position = ?, text = ?, answer_type = ?, choices = ? "
                                            "WHERE id = ? AND template_id = ?"));
            u.bindAll({position, question.text.trimmed(), question.answerType, SqlQuery::textOrNull(question.choices), question.id, t.id});
            if (!u.exec())
                return R::failure(u.error());
        }
        kept.insert(question.id);
    }
    if (const auto before = templateById(t.id))
        for (const SurveyQuestion &old : before->questions)
            if (!kept.contains(old.id)) {
                SqlQuery d(m_db, QStringLiteral("DELETE FROM survey_question WHERE id = ?"));
                d.bindAll({old.id});
                if (!d.exec())
                    return R::failure(d.error());
            }
    return stored;
}

Status SurveyRepository::removeTemplate(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM survey_template WHERE id = ?"));
    q.bindAll({id});
    q.exec();
    return q.status();
}

QList<SurveyTemplate> SurveyRepository::templates() const
{
    QList<SurveyTemplate> list;
    QHash<qint64, int> indexOf;
    SqlQuery q(m_db, QStringLiteral("SELECT id, kind, title, satisfied_threshold FROM survey_template ORDER BY id"));
    if (q.exec())
        while (q.next()) {
            SurveyTemplate t;
            t.id = q.integer(0);
            t.kind = q.text(1);
            t.title = q.text(2);
            t.satisfiedThreshold = q.value(3).toDouble();
            indexOf.insert(t.id, int(list.size()));
            list.append(t);
        }
    SqlQuery qq(m_db, QStringLiteral("SELECT id, template_id, text, answer_type, coalesce(choices, '') FROM survey_question "
                                     "ORDER BY template_id, position, id"));
    if (qq.exec())
        while (qq.next()) {
            const auto at = indexOf.constFind(qq.integer(1));
            if (at != indexOf.cend())
                list[*at].questions.append({qq.integer(0), qq.text(2), qq.text(3), qq.text(4)});
        }
    return list;
}

std::optional<SurveyTemplate> SurveyRepository::templateById(qint64 id) const
{
    for (const SurveyTemplate &t : templates())
        if (t.id == id)
            return t;
    return std::nullopt;
}

QSet<qint64> SurveyRepository::answeredQuestions(qint64 templateId) const
{
    QSet<qint64> ids;
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT a.question_id FROM survey_answer a JOIN survey_question qn ON qn.id = a.question_id "
                                    "WHERE qn.template_id = ?"));
    q.bindAll({templateId});
    if (q.exec())
        while (q.next())
            ids.insert(q.integer(0));
    return ids;
}

int SurveyRepository::responseCount(qint64 templateId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM survey_response WHERE template_id = ?"));
    q.bindAll({templateId});
    return q.exec() && q.next() ? int(q.integer(0)) : 0;
}

Status SurveyRepository::insertAnswers(qint64 responseId, const QList<SurveyAnswer> &answers)
{
    for (const SurveyAnswer &a : answers) {
        if (a.value.isNull())
            continue;
        const bool numeric = a.value.typeId() == QMetaType::Double || a.value.typeId() == QMetaType::Int;
        SqlQuery q(m_db, QStringLiteral("INSERT INTO survey_answer (response_id, question_id, value_number, value_text) VALUES (?, ?, ?, ?)"));
        q.bindAll({responseId, a.questionId, numeric ? a.value : QVariant(QMetaType(QMetaType::Double)),
                   numeric ? QVariant(QMetaType(QMetaType::QString)) : a.value});
        if (!q.exec())
            return q.status();
    }
    return {};
}

Result<qint64> SurveyRepository::insertResponse(const SurveyResponse &r)
{
    const auto yearId = AcademicYearRepository(m_db).ensure(AcademicYear(r.yearStart));
    if (!yearId)
        return yearId;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO survey_response (id, template_id, person_id, pair_id, academic_year_id, answered_on) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindAll({SqlQuery::idOrNull(r.id), r.templateId, r.personId, SqlQuery::idOrNull(r.pairId), yearId.value(),
               SqlQuery::dateValue(r.answeredOn)});
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const qint64 responseId = r.id ? r.id : q.lastInsertId(); // a restored response keeps its id
    if (const Status s = insertAnswers(responseId, r.answers); !s)
        return Result<qint64>::failure(s.error());
    return responseId;
}

Status SurveyRepository::updateResponse(const SurveyResponse &r)
{
    const auto yearId = AcademicYearRepository(m_db).ensure(AcademicYear(r.yearStart));
    if (!yearId)
        return Status::failure(yearId.error());
    SqlQuery q(m_db, QStringLiteral("UPDATE survey_response SET template_id = ?, person_id = ?, pair_id = ?, academic_year_id = ?, "
                                    "answered_on = ? WHERE id = ?"));
    q.bindAll({r.templateId, r.personId, SqlQuery::idOrNull(r.pairId), yearId.value(), SqlQuery::dateValue(r.answeredOn), r.id});
    if (!q.exec())
        return q.status();
    SqlQuery d(m_db, QStringLiteral("DELETE FROM survey_answer WHERE response_id = ?"));
    d.bindAll({r.id});
    if (!d.exec())
        return d.status();
    return insertAnswers(r.id, r.answers);
}

Status SurveyRepository::removeResponse(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM survey_response WHERE id = ?"));
    q.bindAll({id});
    q.exec();
    return q.status();
}

QList<SurveyResponse> SurveyRepository::readResponses(const QString &where, const QVariantList &values) const
{
    QList<SurveyResponse> list;
    QHash<qint64, int> indexOf;
    SqlQuery q(m_db, QStringLiteral("SELECT r.id, r.template_id, r.person_id, coalesce(r.pair_id, 0), y.start_year, r.answered_on "
                                    "FROM survey_response r JOIN academic_year y ON y.id = r.academic_year_id WHERE %1 "
                                    "ORDER BY r.answered_on, r.id").arg(where));
    q.bindAll(values);
    if (q.exec())
        while (q.next()) {
            SurveyResponse r;
            r.id = q.integer(0);
            r.templateId = q.integer(1);
            r.personId = q.integer(2);
            r.pairId = q.integer(3);
            r.yearStart = int(q.integer(4));
            r.answeredOn = q.date(5);
            indexOf.insert(r.id, int(list.size()));
            list.append(r);
        }
    SqlQuery a(m_db, QStringLiteral("SELECT a.response_id, a.question_id, a.value_number, a.value_text FROM survey_answer a "
                                    "JOIN survey_response r ON r.id = a.response_id JOIN academic_year y ON y.id = r.academic_year_id "
                                    "WHERE %1 ORDER BY a.id").arg(where));
    a.bindAll(values);
    if (a.exec())
        while (a.next()) {
            const auto at = indexOf.constFind(a.integer(0));
            if (at == indexOf.cend())
                continue;
            const QVariant number = a.value(2);
            list[*at].answers.append({a.integer(1), number.isNull() ? QVariant(a.text(3)) : QVariant(number.toDouble())});
        }
    return list;
}

QList<SurveyResponse> SurveyRepository::responses(int yearStart, qint64 templateId) const
{
    return readResponses(QStringLiteral("y.start_year = ? AND r.template_id = ?"), {yearStart, templateId});
}

std::optional<SurveyResponse> SurveyRepository::response(qint64 id) const
{
    const QList<SurveyResponse> found = readResponses(QStringLiteral("r.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<SurveyResponse>(found.first());
}

qint64 SurveyRepository::responseOf(qint64 templateId, qint64 personId, int yearStart) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT r.id FROM survey_response r JOIN academic_year y ON y.id = r.academic_year_id "
                                    "WHERE r.template_id = ? AND r.person_id = ? AND y.start_year = ? ORDER BY r.id LIMIT 1"));
    q.bindAll({templateId, personId, yearStart});
    return q.exec() && q.next() ? q.integer(0) : 0;
}

qint64 SurveyRepository::pairOf(qint64 personId, int yearStart) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT p.id FROM pair_member m JOIN mentoring_pair p ON p.id = m.pair_id "
                                    "JOIN academic_year y ON y.id = p.academic_year_id WHERE m.person_id = ? AND y.start_year = ? "
                                    "ORDER BY p.started_on DESC, p.id DESC LIMIT 1"));
    q.bindAll({personId, yearStart});
    return q.exec() && q.next() ? q.integer(0) : 0;
}

QList<SurveyScore> SurveyRepository::scores(int yearStart) const
{
    QList<SurveyScore> list;
    SqlQuery q(m_db, QStringLiteral(
        "SELECT r.id, r.person_id, r.pair_id, t.kind, r.answered_on, t.satisfied_threshold, "
        "avg(CASE WHEN qn.answer_type = 'scale' THEN a.value_number END), "
        "count(CASE WHEN qn.answer_type = 'scale' AND a.value_number IS NOT NULL THEN 1 END), r.template_id "
        "FROM survey_response r JOIN survey_template t ON t.id = r.template_id JOIN academic_year y ON y.id = r.academic_year_id "
        "LEFT JOIN survey_answer a ON a.response_id = r.id LEFT JOIN survey_question qn ON qn.id = a.question_id "
        "WHERE y.start_year = ? GROUP BY r.id ORDER BY r.answered_on, r.id"));
    q.bindAll({yearStart});
    if (q.exec())
        while (q.next()) {
            SurveyScore s;
            s.responseId = q.integer(0);
            s.personId = q.integer(1);
            s.pairId = q.integer(2);
            s.kind = q.text(3);
            s.answeredOn = q.date(4);
            s.threshold = q.value(5).toDouble();
            s.mean = q.value(6).toDouble();
            s.scaleAnswers = int(q.integer(7));
            s.templateId = q.integer(8);
            list.append(s);
        }
    return list;
}
