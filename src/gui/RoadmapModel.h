#pragma once
#include "domain/RoadmapItem.h"
#include "domain/Result.h"

#include <QAbstractItemModel>
#include <QMap>
#include <functional>

// The roadmap of a school year as a tree: sections, and under each its activities. Edits are
// handed to `commit` (which writes them, undoably) and kept only when it succeeds.
class RoadmapModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberCol, ActivityCol, DeadlineCol, PeriodCol, LightCol, StatusCol, OwnersCol, ResultCol, KpiCol, MetricCol,
        ActualCol, EvidenceCol, ColumnCount
    };
    enum Role { LightRole = Qt::UserRole + 1, StatusRole, OwnersRole, FromRole, ToRole };
    using Commit = std::function<Status(const RoadmapItem &before, const RoadmapItem &after)>;

    explicit RoadmapModel(QObject *parent = nullptr) : QAbstractItemModel(parent) {}

    // `metrics`: the year's KPI shares by code; an activity linked to one shows it as its actual value.
    void setItems(const QList<RoadmapItem> &items, const AcademicYear &year, const QDate &today,
                  const QMap<QString, std::optional<double>> &metrics = {});
    // Codes an activity's KPI can be linked to; "" keeps it manual.
    QStringList metricCodes() const;
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    const RoadmapItem *itemAt(const QModelIndex &index) const;
    QList<RoadmapItem> items() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Section
    {
        QString title;
        QList<RoadmapItem> items;
    };
    QVariant itemData(const RoadmapItem &item, int column, int role) const;

    QList<Section> m_sections;
    QMap<QString, std::optional<double>> m_metrics;
    AcademicYear m_year;
    QDate m_today;
    Commit m_commit;
};
