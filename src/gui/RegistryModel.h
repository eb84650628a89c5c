#pragma once
#include "services/RegistryTable.h"

#include <QAbstractTableModel>
#include <vector>

// A registry as a table model that sorts and filters itself: the records are kept in sort order,
// so a keystroke costs one sequential pass over them and no re-sort (QSortFilterProxyModel
// re-sorts on every filter change; see docs/architecture.md).
class RegistryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(RegistryTable table);
    void setFilter(const RegistryFilter &filter);
    const RegistryTable &table() const { return m_table; }
    const RegistryFilter &filter() const { return m_filter; }
    const RegistryRecord *recordAt(int row) const;
    int rowOfId(qint64 id) const;
    int totalCount() const { return int(m_table.records.size()); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void countsChanged(int visible, int total);

private:
    // Over all records, or only over the visible ones when the filter narrowed.
    void computeVisible(bool onlyVisible = false);

    RegistryTable m_table;
    RegistryFilter m_filter;
    std::vector<int> m_visible; // the records that pass the filter
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
