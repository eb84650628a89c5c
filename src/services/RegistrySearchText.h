#pragma once
#include <QByteArray>
#include <QStringView>
#include <vector>

// Every record's folded search key, in the records' order, in one contiguous buffer of one byte
// per Russian or Latin letter. A keystroke over 100,000 people then streams through ~8 MB in
// order instead of visiting 100,000 separately allocated UTF-16 strings (twice the bytes, each a
// cache and TLB miss once the records are sorted).
//
// The encoding is prefix-free: ASCII as itself, а..я as 0xE0..0xFF, any other UTF-16 unit as
// 0xC0 and three bytes 0x80..0xBF. A lead byte never equals a trailing byte, so an encoded word
// found in an encoded key always starts on a character: finding bytes is finding text. Keys are
// separated by '\0', which no encoded word contains, so a match never spans two records.
class RegistrySearchText
{
public:
    RegistrySearchText() = default;
    template<typename Records>
    explicit RegistrySearchText(const Records &records)
    {
        m_starts.reserve(records.size() + 1);
        qsizetype length = 0;
        for (const auto &record : records)
            length += record.searchKey.size() + 1;
        m_text.reserve(length + length / 4);
        for (const auto &record : records) {
            m_starts.push_back(quint32(m_text.size()));
            appendEncoded(m_text, record.searchKey);
            m_text.append('\0');
        }
        m_starts.push_back(quint32(m_text.size()));
    }

    static QByteArray encode(QStringView folded);
    // The same keys in another order: record i of the result is record order[i] of this one.
    RegistrySearchText permuted(const std::vector<int> &order) const;
    size_t size() const { return m_starts.empty() ? 0 : m_starts.size() - 1; }
    bool contains(size_t record, const QByteArray &word) const;

    // Calls found(i) for each record i in [from, to) whose key contains `word`, in order: one
    // memmem over the range, not one search per record.
    template<typename Found>
    void forEachContaining(size_t from, size_t to, const QByteArray &word, const Found &found) const
    {
        const char *base = m_text.constData();
        size_t record = from;
        while (record < to) {
            const char *hit = findIn(base + m_starts[record], base + m_starts[to], word);
            if (!hit)
                return;
            const auto at = quint32(hit - base);
            while (m_starts[record + 1] <= at)
                ++record;
            found(record);
            ++record;
        }
    }

private:
    static void appendEncoded(QByteArray &out, QStringView folded);
    static const char *findIn(const char *from, const char *to, const QByteArray &word);

    QByteArray m_text;
    std::vector<quint32> m_starts; // record i's key is [m_starts[i], m_starts[i + 1] - 1)
};
