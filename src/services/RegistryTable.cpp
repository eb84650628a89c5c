#include "services/RegistryTable.h"

#include "domain/TextFold.h"

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
