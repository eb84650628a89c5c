#pragma once
#include "domain/Survey.h"
#include "storage/Database.h"

#include <QDialog>
#include <QHash>
#include <memory>

namespace Ui { class SurveysDialog; }
class FoldedSearchFilter;
class QStandardItemModel;

// Анкеты и опросы of a school year: the answer sheets of each questionnaire with their mean and
// whether the respondent is satisfied (entered in a form, opened, removed, imported from a table),
// the diagnostics before and after per participant and per pair, and the editable templates.
// Changes to answer sheets are reported so that the main window can put them on the undo stack.
class SurveysDialog : public QDialog
{
    Q_OBJECT
public:
    SurveysDialog(DatabasePtr db, int yearStart, QWidget *parent = nullptr);
    ~SurveysDialog() override;

    void reload();
    void selectTemplate(qint64 id);
    qint64 currentTemplateId() const;
    // The sheet shown in a row of the answers table (as sorted and filtered).
    qint64 responseAt(int row) const;
    int responseRows() const;
    // Opens the form for a new sheet, or for the sheet of a row; used by the buttons and the tests.
    void addResponse();
    void openResponse(int row);
    void removeResponse(int row);

signals:
    void responseAdded(const SurveyResponse &response);
    void responseChanged(const SurveyResponse &before, const SurveyResponse &after);
    void responseRemoved(const SurveyResponse &response);
    void templatesChanged();

private:
    void fillTemplateCombo(qint64 keepId);
    void showAnswers();
    void showComparison();
    void importAnswers();
    QString nameOf(qint64 personId);
    QString pairTitle(qint64 pairId);
    std::optional<SurveyTemplate> currentTemplate() const;

    // The templates tab (SurveysDialogTemplates.cpp).
    void setUpTemplates();
    void fillTemplateList(qint64 keepId);
    void showTemplate(const SurveyTemplate &survey);
    SurveyTemplate editedTemplate() const;
    void templateChosen();
    void newTemplate(bool copy);
    void saveTemplate();
    void removeTemplate();
    void moveQuestion(int by);
    bool confirmLeavingTemplate();

    std::unique_ptr<Ui::SurveysDialog> m_ui;
    DatabasePtr m_db;
    int m_yearStart;
    QList<SurveyTemplate> m_templates;
    QStandardItemModel *m_answers;
    FoldedSearchFilter *m_answersFilter;
    QStandardItemModel *m_participants;
    QStandardItemModel *m_pairs;
    QStandardItemModel *m_questions;
    SurveyTemplate m_editing; // the template in the editor as loaded (id 0: a new one)
    bool m_templateDirty = false;
    QHash<qint64, QString> m_names;
    QHash<qint64, QString> m_pairTitles;
};
