#pragma once
#include "services/QuestionnaireImport.h"

#include <QDialog>
#include <memory>

namespace Ui { class QuestionnaireImportDialog; }
class ImportMappingModel;
class QStandardItemModel;

// Импорт анкет in three steps: the file (kind of questionnaire or the survey answered, sheet of a workbook), the columns
// (recognised headers, the rest mapped by the curator), the check (the rows to import, each bad
// row with its problem). Nothing is written before «Импортировать»; then all or, when asked,
// all the good rows, and a report.
class QuestionnaireImportDialog : public QDialog
{
    Q_OBJECT
public:
    QuestionnaireImportDialog(DatabasePtr db, int yearStart, QWidget *parent = nullptr);
    ~QuestionnaireImportDialog() override;

    // Starts from a file (dropped on the window, or from the tests) instead of asking for one;
    // a survey's answers name the template.
    void setFile(const QString &path, QuestionnaireKind kind, qint64 surveyId = 0);
    void chooseKind(QuestionnaireKind kind, qint64 surveyId = 0);
    ImportMappingModel *mappingModel() const { return m_mapping; }
    const ImportPreview &preview() const { return m_preview; }
    const ImportReport &report() const { return m_report; }
    int step() const;
    void goNext();

private:
    void showStep(int step);
    void browse();
    void fileChanged();
    void describeExpectedFile(); // what a file of the kind chosen should hold
    bool readFile();
    void checkMapping();
    bool buildPreview(); // false: the check was cancelled
    void runImport();
    QuestionnaireKind kind() const;
    SurveyTemplate survey() const; // of the survey chosen, or an empty one
    QuestionnaireImport importer() const { return QuestionnaireImport(m_db, survey()); }

    std::unique_ptr<Ui::QuestionnaireImportDialog> m_ui;
    DatabasePtr m_db;
    int m_yearStart;
    QList<SurveyTemplate> m_surveys;
    TableData m_table;
    ImportPreview m_preview;
    ImportReport m_report;
    ImportMappingModel *m_mapping;
    QStandardItemModel *m_problems;
    QStandardItemModel *m_rows;
};
