#pragma once
#include "domain/Survey.h"
#include "domain/SurveyScores.h"
#include "storage/Database.h"

// Анкеты: the editable templates (the shipped set in resources/survey_templates), the participants'
// answer sheets (one per person, template and school year) and what the rules make of them.
class SurveyService
{
public:
    explicit SurveyService(Database &db) : m_db(db) {}

    // The shipped templates, or templates from a file in the same format: {"surveys": [...]}.
    static Result<QList<SurveyTemplate>> parseTemplates(const QByteArray &json);
    static QByteArray templateJson(const SurveyTemplate &survey);
    // Installs the shipped templates into a store that has none.
    Status installDefaults();

    QList<SurveyTemplate> templates() const;
    std::optional<SurveyTemplate> templateById(qint64 id) const;
    // The first template of a kind, for a command line that names the kind.
    std::optional<SurveyTemplate> templateOfKind(const QString &kind) const;
    // A template named as a command line names it: by its number, or by its kind.
    std::optional<SurveyTemplate> find(const QString &numberOrKind) const;
    // Checks and writes a template (new when its id is 0). A question that has answers keeps its
    // answer type and cannot be removed: its answers would lose their meaning.
    Result<SurveyTemplate> saveTemplate(const SurveyTemplate &survey);
    // A template with answer sheets is not removed.
    Status removeTemplate(qint64 id);

    QList<SurveyResponse> responses(int yearStart, qint64 templateId) const;
    std::optional<SurveyResponse> response(qint64 id) const;
    qint64 responseOf(qint64 templateId, qint64 personId, int yearStart) const;
    // Checks and writes an answer sheet (new when its id is 0): a known person, a real date not in
    // the future, answers that fit their questions, one sheet per person and template in a year.
    // The pair is found from the person's membership when not given.
    Result<qint64> saveResponse(const SurveyResponse &response, const QDate &today);
    Status removeResponse(qint64 id);
    Status restoreResponse(const SurveyResponse &response); // the undo of a removal, with its id

    QList<SurveyScore> scores(int yearStart) const;

private:
    Status checkResponse(const SurveyResponse &r, const SurveyTemplate &survey, const QDate &today) const;
    Database &m_db;
};
