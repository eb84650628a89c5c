#include "services/RegistrySearchText.h"

#include <cstring>
#include <string_view>

void RegistrySearchText::appendEncoded(QByteArray &out, QStringView folded)
{
    // Written through a pointer into room for the worst case: 100,000 keys of ~80 characters are
    // then encoded in a few milliseconds, not tens of milliseconds of append() calls.
    const qsizetype at = out.size();
    out.resize(at + 4 * folded.size());
    char *p = out.data() + at;
    for (const QChar c : folded) {
        const char16_t u = c.unicode();
        if (u != 0 && u < 0x80) {
            *p++ = char(u);
        } else if (u >= u'а' && u <= u'я') {
            *p++ = char(0xE0 + (u - u'а'));
        } else {
            *p++ = char(0xC0);
            *p++ = char(0x80 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        }
    }
    out.resize(p - out.constData());
}

QByteArray RegistrySearchText::encode(QStringView folded)
{
    QByteArray out;
    out.reserve(folded.size());
    appendEncoded(out, folded);
    return out;
}

const char *RegistrySearchText::findIn(const char *from, const char *to, const QByteArray &word)
{
    return static_cast<const char *>(memmem(from, size_t(to - from), word.constData(), size_t(word.size())));
}

RegistrySearchText RegistrySearchText::permuted(const std::vector<int> &order) const
{
    RegistrySearchText result;
    result.m_text.resize(m_text.size());
    result.m_starts.reserve(order.size() + 1);
    char *to = result.m_text.data();
    for (const int i : order) {
        result.m_starts.push_back(quint32(to - result.m_text.constData()));
        const quint32 length = m_starts[size_t(i) + 1] - m_starts[size_t(i)];
        memcpy(to, m_text.constData() + m_starts[size_t(i)], length);
        to += length;
    }
    result.m_starts.push_back(quint32(to - result.m_text.constData()));
    return result;
}

bool RegistrySearchText::contains(size_t record, const QByteArray &word) const
{
    // A key is a few dozen bytes: string_view's memchr-and-compare beats memmem's set-up here.
    const std::string_view key(m_text.constData() + m_starts[record], m_starts[record + 1] - m_starts[record] - 1);
    return key.find(std::string_view(word.constData(), size_t(word.size()))) != std::string_view::npos;
}
