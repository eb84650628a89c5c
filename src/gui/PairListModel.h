#pragma once
#include "services/PairService.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

// The school year's pairs and groups as a table, with how their work goes and what needs attention.
class PairListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Mentors, Mentees, Form, Status, Started, Ends, Order, Meetings, LastMeeting, Plan, Attention, ColumnCount };
    enum Role { SearchRole = Qt::UserRole + 1, NeedsAttentionRole, StatusRole, IdRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<PairRow> &rows);
    const PairRow *rowAt(int row) const;
    int rowOf(qint64 pairId) const;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<PairRow> m_rows;
    QStringList m_searchKeys; // folded names, built once per load
};

// Search that folds case and ё/е, a status filter and "needs attention only".
class PairFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString &text);
    void setStatus(std::optional<PairStatus> status);
    void setAttentionOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    std::optional<PairStatus> m_status;
    bool m_attentionOnly = false;
};
