#pragma once
#include "gui/modules/ChartModule.h"
#include "services/DashboardService.h"

#include <QWidget>

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
    void draw(QWidget *chart, const ChartSpec &spec);
    void showKpiBars(const DashboardData &data);
    void showTrend(const DashboardData &data);
    void showRoadmap(const DashboardData &data);
    void showMeetings(const DashboardData &data);
    void fillTable(const DashboardData &data);

    QString m_chartsError;
    ChartModule *m_charts; // null without the module: the charts' places say why
    QLabel *m_title;
    QWidget *m_kpiChart;
    QWidget *m_trendChart;
    QWidget *m_roadmapChart;
    QWidget *m_meetingsChart;
    QStandardItemModel *m_table;
    QTableView *m_tableView;
};
