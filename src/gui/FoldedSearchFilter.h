#pragma once
#include "domain/TextFold.h"

#include <QSortFilterProxyModel>
#include <algorithm>

// Keeps the rows whose folded key (column 0, `keyRole`) contains every folded word typed, in any
// order: "иван петр" finds "Петров Иван", "семен" finds "Семён".
class FoldedSearchFilter : public QSortFilterProxyModel
{
public:
    FoldedSearchFilter(int keyRole, QObject *parent) : QSortFilterProxyModel(parent), m_keyRole(keyRole) {}

    static QStringList words(const QString &text) { return TextFold::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    static bool matchesAll(const QString &key, const QStringList &words)
    {
        return std::all_of(words.cbegin(), words.cend(), [&key](const QString &word) { return key.contains(word); });
    }

    void setText(const QString &text)
    {
        m_words = words(text);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return matchesAll(sourceModel()->index(row, 0, parent).data(m_keyRole).toString(), m_words);
    }

private:
    int m_keyRole;
    QStringList m_words;
};
