#pragma once
#include "services/DashboardService.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStandardItemModel;
class QTableView;

// Панель показателей: each KPI against its target, the trend over the years, the roadmap's
// traffic light, meetings per month, and the KPI table with the counts behind every share.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);
    void setData(const DashboardData &data);

signals:
    void targetsRequested();
    void definitionsRequested();

private:
    void showKpiBars(const DashboardData &data);
    void showTrend(const DashboardData &data);
    void showRoadmap(const DashboardData &data);
    void showMeetings(const DashboardData &data);
    void fillTable(const DashboardData &data);

    QLabel *m_title;
    QChartView *m_kpiChart;
    QChartView *m_trendChart;
    QChartView *m_roadmapChart;
    QChartView *m_meetingsChart;
    QStandardItemModel *m_table;
    QTableView *m_tableView;
};
