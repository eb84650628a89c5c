#include "services/RegistryTable.h"

#include "domain/TextFold.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <thread>

namespace {
// Keys computed once per sort, not once per comparison.
template<typename Key>
std::vector<int> orderBy(const std::vector<Key> &keys)
{
    std::vector<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
    return order;
}

// A text key whose first four UTF-16 units are packed into one integer in their order: most
// comparisons of 100,000 names are then one integer comparison, not a string comparison.
struct TextKey
{
    quint64 prefix = 0;
    QString text;
    explicit TextKey(QString t) : text(std::move(t))
    {
        for (qsizetype i = 0; i < 4; ++i)
            prefix = (prefix << 16) | (i < text.size() ? text.at(i).unicode() : 0);
    }
    bool operator<(const TextKey &other) const
    {
        return prefix != other.prefix ? prefix < other.prefix : text < other.text;
    }
};

std::vector<int> textOrder(const std::vector<RegistryRecord> &records, int column)
{
    std::vector<TextKey> keys;
    keys.reserve(records.size());
    for (const RegistryRecord &r : records)
        keys.emplace_back(column == 0 && !r.sortKey.isEmpty() ? r.sortKey : TextFold::fold(r.cells[column].toString()));
    return orderBy(keys);
}

std::vector<int> valueOrder(const std::vector<RegistryRecord> &records, int column, bool isDate)
{
    std::vector<qint64> keys(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        const QVariant &v = records[i].cells[column];
        // In Qt 6 a QVariant holding an invalid QDate is not null.
        const bool empty = !v.isValid() || (isDate ? !v.toDate().isValid() : v.isNull());
        keys[i] = empty ? std::numeric_limits<qint64>::max() : isDate ? v.toDate().toJulianDay() : v.toLongLong();
    }
    return orderBy(keys);
}
}

void sortTable(RegistryTable &table, int column, Qt::SortOrder order)
{
    const bool encode = table.searchText.size() != table.records.size();
    if (column < 0 || column >= table.columns.size()) {
        if (encode)
            table.searchText = RegistrySearchText(table.records);
        return;
    }
    // The keys are encoded while the records are still in the order they were read, which is their
    // order in memory, on a second core while this one finds the new order.
    std::thread encoding;
    if (encode)
        encoding = std::thread([&table] { table.searchText = RegistrySearchText(table.records); });
    const RegistryColumn::Type type = table.columns[column].type;
    std::vector<int> permutation = type == RegistryColumn::Type::Text
                                       ? textOrder(table.records, column)
                                       : valueOrder(table.records, column, type == RegistryColumn::Type::Date);
    if (encoding.joinable())
        encoding.join();
    if (order == Qt::DescendingOrder)
        std::reverse(permutation.begin(), permutation.end());
    // Keys are moved whole, not encoded again from records scattered by the new order (3× slower).
    table.searchText = table.searchText.permuted(permutation);
    std::vector<RegistryRecord> sorted;
    sorted.reserve(permutation.size());
    for (int i : permutation)
        sorted.push_back(std::move(table.records[size_t(i)]));
    table.records = std::move(sorted);
    table.sortColumn = column;
    table.sortOrder = order;
}

RegistryMatcher::RegistryMatcher(const RegistryFilter &filter) : m_filter(filter)
{
    m_words = TextFold::fold(filter.search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : std::as_const(m_words))
        m_encodedWords.push_back(RegistrySearchText::encode(word));
}

bool RegistryMatcher::accepts(const RegistryRecord &r) const
{
    if (!acceptsChoices(r))
        return false;
    for (const QString &word : m_words)
        if (!r.searchKey.contains(word))
            return false;
    return true;
}

bool RegistryMatcher::acceptsChoices(const RegistryRecord &r) const
{
    if (!m_filter.category.isEmpty() && r.category != m_filter.category)
        return false;
    if (!m_filter.className.isEmpty() && r.className != m_filter.className)
        return false;
    if (m_filter.status && r.status != *m_filter.status)
        return false;
    return !m_filter.consent || r.consent == *m_filter.consent;
}

bool RegistryMatcher::containsWords(const RegistrySearchText &text, size_t record, size_t fromWord) const
{
    for (size_t w = fromWord; w < m_encodedWords.size(); ++w)
        if (!text.contains(record, m_encodedWords[w]))
            return false;
    return true;
}

std::vector<int> RegistryMatcher::passing(const RegistryTable &table, size_t from, size_t to) const
{
    std::vector<int> rows;
    const auto take = [&](size_t i, size_t fromWord) {
        if (containsWords(table.searchText, i, fromWord) && acceptsChoices(table.records[i]))
            rows.push_back(int(i));
    };
    if (m_encodedWords.empty()) {
        rows.reserve(to - from);
        for (size_t i = from; i < to; ++i)
            take(i, 0);
    } else {
        // The first word's hits come from one pass over the text; the rest are checked per hit.
        table.searchText.forEachContaining(from, to, m_encodedWords.front(), [&](size_t i) { take(i, 1); });
    }
    return rows;
}

std::vector<int> RegistryMatcher::passing(const RegistryTable &table, const std::vector<int> &candidates, size_t from,
                                          size_t to) const
{
    std::vector<int> rows;
    rows.reserve(to - from);
    for (size_t c = from; c < to; ++c) {
        const auto i = size_t(candidates[c]);
        if (containsWords(table.searchText, i, 0) && acceptsChoices(table.records[i]))
            rows.push_back(int(i));
    }
    return rows;
}
