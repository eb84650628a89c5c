#pragma once
#include "gui/RoadmapModel.h"

#include <QWidget>
#include <memory>

namespace Ui { class RoadmapView; }
class QSortFilterProxyModel;
class TimelineView;

// Дорожная карта учебного года: activities by section with their deadlines, owners, KPI and
// state; filters (overdue, this month, at risk…, status, owner); editing in place.
class RoadmapView : public QWidget
{
    Q_OBJECT
public:
    explicit RoadmapView(QWidget *parent = nullptr);
    ~RoadmapView() override;

    RoadmapModel *model() const { return m_model; }
    void setItems(const QList<RoadmapItem> &items, const AcademicYear &year, const QDate &today,
                  const QMap<QString, std::optional<double>> &metrics = {});
    int visibleActivities() const;
    TimelineView *timeline() const { return m_timeline; }

signals:
    void templateRequested();
    void importRequested();

private:
    void applyFilter();
    void updateSummary();
    void updateTimeline();

    std::unique_ptr<Ui::RoadmapView> m_ui;
    RoadmapModel *m_model;
    QSortFilterProxyModel *m_proxy;
    TimelineView *m_timeline;
    AcademicYear m_year;
    QDate m_today;
};
