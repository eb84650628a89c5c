#pragma once
#include "domain/Result.h"
#include "domain/Survey.h"
#include "domain/SurveyScores.h"

#include <QSet>
#include <QSqlDatabase>

// Шаблоны анкет, их вопросы и ответы участников.
class SurveyRepository
{
public:
    explicit SurveyRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    // Stores the template and its questions; returns it with the ids filled in.
    Result<SurveyTemplate> insertTemplate(const SurveyTemplate &surveyTemplate);
    // Rewrites the template: questions with an id are updated, new ones added, missing ones removed
    // (the caller makes sure that none of the removed was answered).
    Result<SurveyTemplate> updateTemplate(const SurveyTemplate &surveyTemplate);
    Status removeTemplate(qint64 id);
    QList<SurveyTemplate> templates() const;
    std::optional<SurveyTemplate> templateById(qint64 id) const;
    QSet<qint64> answeredQuestions(qint64 templateId) const;
    int responseCount(qint64 templateId) const;

    Result<qint64> insertResponse(const SurveyResponse &response);
    Status updateResponse(const SurveyResponse &response);
    Status removeResponse(qint64 id);
    // The answer sheets of a school year to one template, by date, with their answers.
    QList<SurveyResponse> responses(int yearStart, qint64 templateId) const;
    std::optional<SurveyResponse> response(qint64 id) const;
    // The person's sheet of this template in the school year (one per person); 0 when none.
    qint64 responseOf(qint64 templateId, qint64 personId, int yearStart) const;
    // The pair or group of the year the person belongs to (the latest started); 0 when none.
    qint64 pairOf(qint64 personId, int yearStart) const;

    // Every answer sheet of a school year reduced to the mean of its scale answers, by date.
    QList<SurveyScore> scores(int yearStart) const;

private:
    Status insertQuestion(qint64 templateId, int position, SurveyQuestion &question);
    Status insertAnswers(qint64 responseId, const QList<SurveyAnswer> &answers);
    QList<SurveyResponse> readResponses(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};
