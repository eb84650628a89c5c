#pragma once
#include "domain/Enums.h"
#include "services/RegistrySearchText.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <optional>
#include <vector>

// A registry ready to show or print: columns, rows, and the fields the filters look at.
// Built by RegistryService; the GUI model and the CLI only read it.
enum class RegistryKind { People, Mentees, Mentors, Partners };

struct RegistryColumn
{
    enum class Type { Text, Date, Number };
    QString title;
    Type type = Type::Text;
};

struct RegistryRecord
{
    qint64 id = 0;             // person id (partner id in the partners' registry)
    QVector<QVariant> cells;   // QString, QDate or int, one per column
    QString searchKey;         // folded text the search looks in
    QString sortKey;           // the first column folded: spares the default sort a fold per row
    QString category;          // category code (partner kind in the partners' registry)
    QString className;         // pupils' class, "" for others
    RecordStatus status = RecordStatus::Active;
    ConsentStatus consent = ConsentStatus::Missing;
};

struct RegistryTable
{
    RegistryKind kind = RegistryKind::People;
    QVector<RegistryColumn> columns;
    std::vector<RegistryRecord> records;
    QList<QPair<QString, QString>> categories; // code, label: values of the category filter
    QStringList classes;                        // values of the class filter, in school order
    int consentColumn = -1;                     // coloured by status; -1 when there is none (partners)
    int sortColumn = -1;                        // the records are in this column's order; -1: as read
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    RegistrySearchText searchText;              // the records' search keys in their order; see sortTable
};

// Puts the records in a column's order: text by its folded form (Russian alphabetical order, ё as е,
// case ignored), dates and numbers by value, empty cells last. Off the GUI thread for a fresh table;
// keeping the records physically in view order lets every keystroke filter them sequentially.
// The search text follows the records into their new order; with a column of -1 the records stay
// as they are and only a missing search text is laid out (layOutSearchText).
void sortTable(RegistryTable &table, int column, Qt::SortOrder order);
// Encodes the records' search keys into the table's search text unless it already holds them:
// whatever fills or replaces `records` leaves the text empty or of another size, and sortTable
// keeps it in step with every reordering.
void layOutSearchText(RegistryTable &table);

// What the user typed and chose above a registry.
struct RegistryFilter
{
    QString search; // as typed; folded inside
    QString category;
    QString className;
    std::optional<RecordStatus> status;
    std::optional<ConsentStatus> consent;
};

// Applies a filter fast enough to run on every keystroke over 100,000 rows.
class RegistryMatcher
{
public:
    explicit RegistryMatcher(const RegistryFilter &filter);
    // One record by its own key: the plain definition that passing() must agree with (the tests
    // hold it to that); a registry is filtered with passing().
    bool accepts(const RegistryRecord &record) const;
    // The same test over a table whose search text is laid out: the positions in [from, to) of
    // its records that pass, in order ...
    std::vector<int> passing(const RegistryTable &table, size_t from, size_t to) const;
    // ... or of `candidates[from, to)`, positions that passed a narrower filter before.
    std::vector<int> passing(const RegistryTable &table, const std::vector<int> &candidates, size_t from, size_t to) const;

private:
    bool acceptsChoices(const RegistryRecord &record) const;
    bool passes(const RegistryTable &table, size_t record, size_t fromWord) const;
    bool containsWords(const RegistrySearchText &text, size_t record, size_t fromWord) const;

    RegistryFilter m_filter;
    QStringList m_words;                 // each folded word of the search must occur
    std::vector<QByteArray> m_encodedWords; // the same words as RegistrySearchText encodes them
};
