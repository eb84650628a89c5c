#pragma once
#include "services/MatchingService.h"

#include <QAbstractTableModel>

// The proposal of a matching run as a table: the pairs, then the mentees left without one.
class MatchProposalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Mentee, Mentor, Score, Origin, Change, Reason, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setResult(const MatchResult &result);
    const MatchResult &result() const { return m_result; }
    MatchLink linkAt(int row) const; // mentor 0: the mentee is left without a pair

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString changeText(qint64 menteeId) const;
    MatchResult m_result;
    QHash<qint64, MatchChange> m_changes;
};
