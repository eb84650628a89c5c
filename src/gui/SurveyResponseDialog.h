#pragma once
#include "domain/Survey.h"
#include "storage/Database.h"

#include <QDialog>
#include <memory>

namespace Ui { class SurveyResponseDialog; }
class PersonPicker;

// Анкета участника: the template's questions as a form — a 1–10 scale, yes/no, a choice, a text —
// for a new answer sheet or one already stored. Save checks the sheet through SurveyService and
// stores it; the dialog then holds what was saved.
class SurveyResponseDialog : public QDialog
{
    Q_OBJECT
public:
    SurveyResponseDialog(DatabasePtr db, const SurveyTemplate &survey, const SurveyResponse &response, QWidget *parent = nullptr);
    ~SurveyResponseDialog() override;
    const SurveyResponse &saved() const { return m_response; }
    PersonPicker *personPicker() const { return m_person; }
    // The answer widget of a question: QSpinBox (scale; its minimum means "no answer"), QComboBox
    // (yes/no, choice; the first item is "no answer"), QLineEdit (text).
    QWidget *answerWidget(int question) const { return m_answers.value(question); }

private:
    void buildForm();
    void showAnswers();
    QList<SurveyAnswer> readAnswers() const;
    void updateScore();
    void save();

    std::unique_ptr<Ui::SurveyResponseDialog> m_ui;
    DatabasePtr m_db;
    SurveyTemplate m_survey;
    SurveyResponse m_response;
    PersonPicker *m_person;
    QList<QWidget *> m_answers;
};
