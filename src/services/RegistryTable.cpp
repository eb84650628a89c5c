#include "services/RegistryTable.h"

#include "domain/TextFold.h"
#include "domain/TextHash.h"
#include "services/TwoHalves.h"

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>
#include <thread>
#include <unordered_map>

namespace {
// What a sort compares first, computed once per record: a number in the order of the record's key.
struct SortItem
{
    quint64 prefix;
    int index; // the record's position
};

// The positions of the records in the order of their items' prefixes, ties broken by
// `tieLess(a, b)` on positions (the whole key, then the position: equal keys keep their order).
// The items themselves are sorted, not positions that look their keys up elsewhere: most
// comparisons are one integer comparison inside one contiguous array. A long list is sorted in
// two halves on two cores, then merged.
template<typename TieLess>
std::vector<int> orderBy(std::vector<SortItem> items, const TieLess &tieLess)
{
    const auto less = [&](const SortItem &a, const SortItem &b) {
        return a.prefix != b.prefix ? a.prefix < b.prefix : tieLess(a.index, b.index);
    };
    const size_t middle = inTwoHalves(items.size(), [&](size_t from, size_t to) {
        std::sort(items.begin() + qsizetype(from), items.begin() + qsizetype(to), less);
    });
    std::inplace_merge(items.begin(), items.begin() + qsizetype(middle), items.end(), less);
    std::vector<int> order(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        order[i] = items[i].index;
    return order;
}

// One-byte codes in UTF-16 order for what folded texts are mostly made of (space, '-', '.', digits,
// a–z, а–я): even codes from 2. Any other character gets the odd code between its neighbours'
// codes (1 before the first, the last odd code after the last); 0 marks the end of a text.
quint8 charCode(char16_t u)
{
    struct Codes
    {
        std::array<quint8, 0x450> below; // for every character up to я
        quint8 above;                    // for every character after it
    };
    static const Codes codes = [] {
        Codes c{};
        const QString common = QStringLiteral(" -.0123456789abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюя");
        quint8 between = 1;
        qsizetype next = 0;
        for (char16_t ch = 0; ch < c.below.size(); ++ch) {
            const bool isCommon = next < common.size() && common.at(next).unicode() == ch;
            c.below[ch] = isCommon ? quint8(between + 1) : between;
            if (isCommon) {
                between += 2;
                ++next;
            }
        }
        c.above = between;
        return c;
    }();
    return u < codes.below.size() ? codes.below[u] : codes.above;
}

// The first eight characters of a text as one number in the text's order. An odd code (a rarer
// character) ends the packing: two such characters may share a code, so what follows them is left
// to the comparison of the whole texts that equal prefixes fall back to.
quint64 textPrefix(QStringView text)
{
    quint64 prefix = 0;
    int packed = 0;
    while (packed < 8 && packed < text.size()) {
        const quint8 code = charCode(text.at(packed).unicode());
        prefix = prefix << 8 | code;
        ++packed;
        if (code % 2 == 1)
            break;
    }
    return packed == 0 ? 0 : prefix << (8 * (8 - packed));
}

// Each distinct text is sorted once and its records follow it in their order: a registry repeats
// texts (namesakes, one class or category down a whole column), and telling two equal texts apart
// from two different ones means reading both to their end.
std::vector<int> textOrder(const std::vector<RegistryRecord> &records, int column)
{
    std::unordered_map<QString, int, TextHash> textIndex;
    std::vector<QString> texts;
    std::vector<int> textOfRecord(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        const RegistryRecord &r = records[i];
        QString text = column == 0 && !r.sortKey.isEmpty() ? r.sortKey : TextFold::fold(r.cells[column].toString());
        const auto [at, added] = textIndex.try_emplace(text, int(texts.size()));
        if (added)
            texts.push_back(std::move(text));
        textOfRecord[i] = at->second;
    }
    std::vector<SortItem> items(texts.size());
    for (size_t t = 0; t < texts.size(); ++t)
        items[t] = {textPrefix(texts[t]), int(t)};
    const std::vector<int> textsInOrder = orderBy(std::move(items), [&texts](int a, int b) {
        return QStringView(texts[size_t(a)]).compare(QStringView(texts[size_t(b)])) < 0;
    });
    std::vector<int> placeOfText(texts.size());
    for (size_t place = 0; place < textsInOrder.size(); ++place)
        placeOfText[size_t(textsInOrder[place])] = int(place);
    // A counting sort of the records by their text's place: stable, two passes.
    const auto placeOf = [&](size_t record) { return size_t(placeOfText[size_t(textOfRecord[record])]); };
    std::vector<int> firstAtPlace(texts.size() + 1, 0);
    for (size_t i = 0; i < records.size(); ++i)
        ++firstAtPlace[placeOf(i) + 1];
    std::partial_sum(firstAtPlace.begin(), firstAtPlace.end(), firstAtPlace.begin());
    std::vector<int> order(records.size());
    for (size_t i = 0; i < records.size(); ++i)
        order[size_t(firstAtPlace[placeOf(i)]++)] = int(i);
    return order;
}

std::vector<int> valueOrder(const std::vector<RegistryRecord> &records, int column, bool isDate)
{
    std::vector<SortItem> items(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        const QVariant &v = records[i].cells[column];
        // In Qt 6 a QVariant holding an invalid QDate is not null.
        const bool empty = !v.isValid() || (isDate ? !v.toDate().isValid() : v.isNull());
        const qint64 key = empty ? std::numeric_limits<qint64>::max() : isDate ? v.toDate().toJulianDay() : v.toLongLong();
        items[i] = {quint64(key) ^ (quint64(1) << 63), int(i)}; // the sign bit flipped: unsigned order is signed order
    }
    return orderBy(std::move(items), [](int a, int b) { return a < b; });
}
}

void layOutSearchText(RegistryTable &table)
{
    if (table.searchText.size() != table.records.size())
        table.searchText = RegistrySearchText(table.records);
}

void sortTable(RegistryTable &table, int column, Qt::SortOrder order)
{
    if (column < 0 || column >= table.columns.size()) {
        layOutSearchText(table);
        return;
    }
    // A fresh table's keys are encoded while its records are still in the order they were read,
    // which is their order in memory, on a second core while this one finds the new order.
    std::thread encoding([&table] { layOutSearchText(table); });
    const RegistryColumn::Type type = table.columns[column].type;
    std::vector<int> permutation = type == RegistryColumn::Type::Text
                                       ? textOrder(table.records, column)
                                       : valueOrder(table.records, column, type == RegistryColumn::Type::Date);
    encoding.join();
    if (order == Qt::DescendingOrder)
        std::reverse(permutation.begin(), permutation.end());
    // Keys are moved whole, not encoded again from records scattered by the new order (3× slower).
    table.searchText = table.searchText.permuted(permutation);
    std::vector<RegistryRecord> sorted(permutation.size());
    inTwoHalves(permutation.size(), [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            sorted[i] = std::move(table.records[size_t(permutation[i])]);
    });
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

bool RegistryMatcher::passes(const RegistryTable &table, size_t record, size_t fromWord) const
{
    Q_ASSERT(table.searchText.size() == table.records.size()); // laid out by sortTable
    return containsWords(table.searchText, record, fromWord) && acceptsChoices(table.records[record]);
}

std::vector<int> RegistryMatcher::passing(const RegistryTable &table, size_t from, size_t to) const
{
    std::vector<int> rows;
    const auto take = [&](size_t i, size_t fromWord) {
        if (passes(table, i, fromWord))
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
        if (passes(table, size_t(candidates[c]), 0))
            rows.push_back(candidates[c]);
    }
    return rows;
}
