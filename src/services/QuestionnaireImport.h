#pragma once
#include "domain/Person.h"
#include "domain/Progress.h"
#include "domain/Survey.h"
#include "services/TableFile.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Импорт анкет: questionnaires of mentees, of mentors and the post-networking preference survey,
// from what forms services and Excel export, into the people, the year's banks and the answers;
// and the answer sheets of a survey template (satisfaction, diagnostics) of people already known.
enum class QuestionnaireKind { Mentee, Mentor, Preference, Survey };
QString kindCode(QuestionnaireKind kind);
std::optional<QuestionnaireKind> kindFromCode(const QString &code);

// What a column of the file may hold.
struct ImportField
{
    QString code;
    QString title;
};
// For a survey, after the fields that say who answered, one field per question ("q" and its id).
QList<ImportField> importFields(QuestionnaireKind kind, const SurveyTemplate &survey = {});
QString questionField(const SurveyQuestion &question); // the field of a question's column: "q" and its id
// Every field a column may be mapped to, over all kinds of questionnaire (and a survey's questions).
QStringList allFieldCodes(const SurveyTemplate &survey = {});

// Field code per column of the file ("" keeps the column only as an answer of the questionnaire).
// Saved by header text, so a file with its columns in another order maps the same.
struct ColumnMapping
{
    QStringList fieldOfColumn;

    // The usual Russian headers recognised, with a saved mapping (header -> field) taking precedence;
    // a survey's questions recognised by their text in the header.
    static ColumnMapping guess(const QStringList &headers, QuestionnaireKind kind, const QJsonObject &saved = {},
                               const SurveyTemplate &survey = {});
    QJsonObject toJson(const QStringList &headers) const;
    // A mapping file the curator wrote: {"header": "field"}, or the same under "columns"; headers
    // folded for matching, a field no questionnaire has (of `survey`: no question) refused by name.
    static Result<QJsonObject> parseFile(const QByteArray &json, const SurveyTemplate &survey = {});
    int columnOf(const QString &field) const { return int(fieldOfColumn.indexOf(field)); }
};

struct RowProblem
{
    int row = 0; // as the spreadsheet numbers it
    QString message;
};

// The cells of a row by field; a short list rather than a hash, for 100,000 rows.
struct FieldValues
{
    QList<std::pair<QString, QString>> items;
    void insert(const QString &field, const QString &value) { items.append({field, value}); }
    bool isEmpty() const { return items.isEmpty(); }
    QString value(const QString &field) const
    {
        for (const auto &[f, v] : items)
            if (f == field)
                return v;
        return {};
    }
};

// One row ready to be written, with who it is in the store (0: a new person).
struct QuestionnaireRow
{
    int row = 0;
    Person person;
    QString nameKey; // the folded ФИО, as the store keeps it
    qint64 existingId = 0;
    QDate submittedOn;
    FieldValues values;
    QList<std::pair<QString, QString>> answers; // question key -> answer, every non-empty cell
};

struct ImportPreview
{
    QuestionnaireKind kind = QuestionnaireKind::Mentee;
    SurveyTemplate survey; // of a survey import
    int yearStart = 0;
    QString source; // the file's name
    QStringList headers;
    ColumnMapping mapping;
    QList<QuestionnaireRow> rows; // the good ones
    QList<RowProblem> problems;   // the rows that cannot be imported, and why
    bool cancelled = false;       // the check was stopped: the rows are not all read
    int newPeople() const;
    int knownPeople() const { return int(rows.size()) - newPeople(); }
};

struct ImportReport
{
    int created = 0;
    int updated = 0;
    QList<RowProblem> skipped;
    QStringList warnings; // what was imported but not understood whole (a preference naming nobody)
};

class QuestionnaireImport
{
public:
    // `survey`: the template whose answer sheets a Survey import reads.
    explicit QuestionnaireImport(DatabasePtr db, SurveyTemplate survey = {}) : m_db(std::move(db)), m_survey(std::move(survey)) {}

    // The mapping used last time for this kind of questionnaire (of a survey: for its template);
    // empty before the first import.
    QJsonObject savedMapping(QuestionnaireKind kind) const;
    // The header row and the mapping, without reading the rows. `mapping` null: recognised from the
    // headers and the saved one.
    ImportPreview recognise(const TableData &table, QuestionnaireKind kind, int yearStart, const QString &source,
                            const ColumnMapping *mapping = nullptr) const;
    // Reads and checks every row without writing anything. `mapping` null: recognised and saved.
    // `progress` hears of the rows checked; answering false stops the check (`cancelled`).
    ImportPreview preview(const TableData &table, QuestionnaireKind kind, int yearStart, const QString &source,
                          const ColumnMapping *mapping = nullptr, const ProgressCallback &progress = {}) const;
    // Writes the rows in one transaction. With problems and `skipBad` false nothing is written; with
    // `skipBad` the good rows go in and the report names each skipped one. Saves the mapping.
    // A survey's sheets: created, or replacing the person's sheet of the year (counted as updated).
    // `progress` hears of the rows written every few hundred; answering false cancels the import,
    // and nothing of it is written.
    Result<ImportReport> commit(const ImportPreview &preview, bool skipBad, const ProgressCallback &progress = {});

private:
    QString mappingKey(QuestionnaireKind kind) const;
    Status writeSurveyRows(const ImportPreview &preview, ImportReport &report, const ProgressCallback &progress);
    DatabasePtr m_db;
    SurveyTemplate m_survey;
};
