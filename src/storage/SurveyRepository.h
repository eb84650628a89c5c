#pragma once
#include "domain/Result.h"
#include "domain/Survey.h"

#include <QSqlDatabase>

class SurveyRepository
{
public:
    explicit SurveyRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    // Stores the template and its questions; returns it with the ids filled in.
    Result<SurveyTemplate> insertTemplate(const SurveyTemplate &surveyTemplate);
    Result<qint64> insertResponse(const SurveyResponse &response);

private:
    QSqlDatabase m_db;
};
