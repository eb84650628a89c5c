#include "services/RegistryTable.h"

#include "domain/TextFold.h"

#include <algorithm>
#include <limits>
#include <numeric>

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
    if (column < 0 || column >= table.columns.size())
        return;
    const RegistryColumn::Type type = table.columns[column].type;
    std::vector<int> permutation = type == RegistryColumn::Type::Text
                                       ? textOrder(table.records, column)
                                       : valueOrder(table.records, column, type == RegistryColumn::Type::Date);
    if (order == Qt::DescendingOrder)
        std::reverse(permutation.begin(), permutation.end());
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
}

bool RegistryMatcher::accepts(const RegistryRecord &r) const
{
    if (!m_filter.category.isEmpty() && r.category != m_filter.category)
        return false;
    if (!m_filter.className.isEmpty() && r.className != m_filter.className)
        return false;
    if (m_filter.status && r.status != *m_filter.status)
        return false;
    if (m_filter.consent && r.consent != *m_filter.consent)
        return false;
    for (const QString &word : m_words)
        if (!r.searchKey.contains(word))
            return false;
    return true;
}
