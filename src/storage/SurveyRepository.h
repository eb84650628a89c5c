#pragma once
#include "domain/Result.h"
#include "domain/Survey.h"
#include "domain/SurveyScores.h"

#include <QSqlDatabase>

class SurveyRepository
{
public:
    explicit SurveyRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    // Stores the template and its questions; returns it with the ids filled in.
    Result<SurveyTemplate> insertTemplate(const SurveyTemplate &surveyTemplate);
    Result<qint64> insertResponse(const SurveyResponse &response);
    // Every answer sheet of a school year reduced to the mean of its scale answers, by date.
    QList<SurveyScore> scores(int yearStart) const;

private:
    QSqlDatabase m_db;
};
