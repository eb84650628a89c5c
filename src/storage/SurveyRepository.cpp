#include "storage/SurveyRepository.h"

#include "storage/AcademicYearRepository.h"
#include "storage/SqlQuery.h"

Result<SurveyTemplate> SurveyRepository::insertTemplate(const SurveyTemplate &t)
{
    using R = Result<SurveyTemplate>;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO survey_template (kind, title, satisfied_threshold) "
                                    "VALUES (:kind, :title, :threshold)"));
    q.bind(QStringLiteral(":kind"), t.kind).bind(QStringLiteral(":title"), t.title)
        .bind(QStringLiteral(":threshold"), t.satisfiedThreshold);
    if (!q.exec())
        return R::failure(q.error());
    SurveyTemplate stored = t;
    stored.id = q.lastInsertId();
    int position = 0;
    for (SurveyQuestion &question : stored.questions) {
        SqlQuery qq(m_db, QStringLiteral("INSERT INTO survey_question (template_id, position, text, answer_type, choices) "
                                         "VALUES (:template, :position, :text, :type, :choices)"));
        qq.bind(QStringLiteral(":template"), stored.id)
            .bind(QStringLiteral(":position"), ++position)
            .bind(QStringLiteral(":text"), question.text)
            .bind(QStringLiteral(":type"), question.answerType)
            .bind(QStringLiteral(":choices"), SqlQuery::textOrNull(question.choices));
        if (!qq.exec())
            return R::failure(qq.error());
        question.id = qq.lastInsertId();
    }
    return stored;
}

Result<qint64> SurveyRepository::insertResponse(const SurveyResponse &r)
{
    const auto yearId = AcademicYearRepository(m_db).ensure(AcademicYear(r.yearStart));
    if (!yearId)
        return yearId;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO survey_response (template_id, person_id, pair_id, academic_year_id, "
                                    "answered_on) VALUES (:template, :person, :pair, :year, :on)"));
    q.bind(QStringLiteral(":template"), r.templateId)
        .bind(QStringLiteral(":person"), r.personId)
        .bind(QStringLiteral(":pair"), SqlQuery::idOrNull(r.pairId))
        .bind(QStringLiteral(":year"), yearId.value())
        .bind(QStringLiteral(":on"), SqlQuery::dateValue(r.answeredOn));
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const qint64 responseId = q.lastInsertId();
    for (const SurveyAnswer &a : r.answers) {
        const bool numeric = a.value.typeId() == QMetaType::Double || a.value.typeId() == QMetaType::Int;
        SqlQuery aq(m_db, QStringLiteral("INSERT INTO survey_answer (response_id, question_id, value_number, value_text) "
                                         "VALUES (:response, :question, :number, :text)"));
        aq.bind(QStringLiteral(":response"), responseId)
            .bind(QStringLiteral(":question"), a.questionId)
            .bind(QStringLiteral(":number"), numeric ? a.value : QVariant(QMetaType(QMetaType::Double)))
            .bind(QStringLiteral(":text"), numeric ? QVariant(QMetaType(QMetaType::QString)) : a.value);
        if (!aq.exec())
            return Result<qint64>::failure(aq.error());
    }
    return responseId;
}

QList<SurveyScore> SurveyRepository::scores(int yearStart) const
{
    QList<SurveyScore> list;
    SqlQuery q(m_db, QStringLiteral(
        "SELECT r.id, r.person_id, r.pair_id, t.kind, r.answered_on, t.satisfied_threshold, "
        "avg(CASE WHEN qn.answer_type = 'scale' THEN a.value_number END), "
        "count(CASE WHEN qn.answer_type = 'scale' AND a.value_number IS NOT NULL THEN 1 END) "
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
            list.append(s);
        }
    return list;
}
