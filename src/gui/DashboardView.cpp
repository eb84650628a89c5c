#include "gui/DashboardView.h"

#include "gui/KpiNames.h"
#include "gui/LightColours.h"
#include "gui/SchoolMonths.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    // A picture: the Tab key goes past it to the table, which holds the same numbers.
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

// A fresh chart replaces the old one; the view owns it from here.
QChart *newChart(QChartView *view, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    view->setAccessibleName(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

QValueAxis *percentAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setLabelFormat(QStringLiteral("%d %%"));
    axis->setTickCount(6);
    return axis;
}
}

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_kpiChart(chartView(this)), m_trendChart(chartView(this)),
      m_roadmapChart(chartView(this)), m_meetingsChart(chartView(this)), m_table(new QStandardItemModel(this)),
      m_tableView(new QTableView(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSize(15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_kpiChart, 0, 0);
    grid->addWidget(m_roadmapChart, 0, 1);
    grid->addWidget(m_trendChart, 1, 0);
    grid->addWidget(m_meetingsChart, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    m_tableView->setModel(m_table);
    m_tableView->setObjectName(QStringLiteral("kpiTable"));
    m_tableView->setAccessibleName(tr("Показатели эффективности"));
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSortingEnabled(true);
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    m_tableView->verticalHeader()->hide();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(m_tableView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2); // the table shows several indicators, not one and a half
    auto *targets = new QPushButton(tr("&Цели и контингент…"), this);
    targets->setObjectName(QStringLiteral("targetsButton"));
    connect(targets, &QPushButton::clicked, this, &DashboardView::targetsRequested);
    auto *definitions = new QPushButton(tr("&Определения…"), this);
    definitions->setObjectName(QStringLiteral("definitionsButton"));
    definitions->setToolTip(tr("Названия показателей и параметры правил подсчёта"));
    connect(definitions, &QPushButton::clicked, this, &DashboardView::definitionsRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(definitions);
    top->addWidget(targets);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter);
}

void DashboardView::setData(const DashboardData &data)
{
    m_title->setText(tr("Показатели %1").arg(AcademicYear(data.startYear).title()));
    showKpiBars(data);
    showRoadmap(data);
    showTrend(data);
    showMeetings(data);
    fillTable(data);
}

void DashboardView::showKpiBars(const DashboardData &data)
{
    QChart *chart = newChart(m_kpiChart, tr("Показатели: факт и цель, %"));
    auto *actual = new QBarSet(tr("Факт"));
    auto *target = new QBarSet(tr("Цель"));
    actual->setColor(QColor(0x3b, 0x6d, 0xb3));
    target->setColor(QColor(0xc8, 0xc8, 0xc8));
    QStringList names;
    // Bottom-up in a horizontal chart: reverse so the first KPI is on top.
    for (auto it = data.kpis.crbegin(); it != data.kpis.crend(); ++it) {
        names << kpiShortName(it->definition.code);
        *actual << it->value.percent().value_or(0);
        *target << it->target.value_or(0);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(target);
    series->append(actual);
    chart->addSeries(series);
    auto *names_ = new QBarCategoryAxis;
    names_->append(names);
    names_->setTruncateLabels(false);
    chart->addAxis(names_, Qt::AlignLeft);
    series->attachAxis(names_);
    QValueAxis *axis = percentAxis();
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
}

void DashboardView::showRoadmap(const DashboardData &data)
{
    QChart *chart = newChart(m_roadmapChart, tr("Дорожная карта"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    for (RoadmapLight l : {RoadmapLight::Done, RoadmapLight::OnTrack, RoadmapLight::AtRisk, RoadmapLight::Overdue,
                           RoadmapLight::Unscheduled}) {
        const int count = data.roadmapLights.value(l);
        if (count == 0)
            continue;
        QPieSlice *slice = series->append(QStringLiteral("%1: %2").arg(RoadmapCodes::label(l)).arg(count), count);
        slice->setColor(lightColour(l));
    }
    if (series->count() == 0)
        chart->setTitle(tr("Дорожная карта: на этот учебный год её нет"));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void DashboardView::showTrend(const DashboardData &data)
{
    QChart *chart = newChart(m_trendChart, tr("Показатели по учебным годам, %"));
    QStringList years;
    for (int y : data.trend.keys())
        years << AcademicYear(y).title();
    auto *axisX = new QBarCategoryAxis;
    axisX->append(years);
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *axisY = percentAxis();
    chart->addAxis(axisY, Qt::AlignLeft);
    for (const KpiRow &row : data.kpis) {
        auto *line = new QLineSeries;
        line->setName(kpiShortName(row.definition.code));
        int x = 0;
        for (const QList<KpiRow> &yearRows : data.trend) {
            for (const KpiRow &r : yearRows)
                if (r.definition.code == row.definition.code && r.value.percent())
                    line->append(x, *r.value.percent());
            ++x;
        }
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
}

void DashboardView::showMeetings(const DashboardData &data)
{
    QChart *chart = newChart(m_meetingsChart, tr("Проведено встреч по месяцам"));
    auto *set = new QBarSet(tr("Встречи"));
    set->setColor(QColor(0x4c, 0xaf, 0x50));
    const QStringList months = schoolMonthNames();
    const AcademicYear year(data.startYear);
    int most = 0;
    for (QDate m = year.firstDay(); m <= year.lastDay(); m = m.addMonths(1)) {
        *set << data.meetingsPerMonth.value(m);
        most = std::max(most, data.meetingsPerMonth.value(m));
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    axisX->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max(5, most));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
}

void DashboardView::fillTable(const DashboardData &data)
{
    m_table->clear();
    m_table->setHorizontalHeaderLabels({tr("Показатель"), tr("Факт"), tr("Числитель"), tr("Знаменатель"), tr("Цель"),
                                        tr("Итог")});
    for (const KpiRow &row : data.kpis) {
        const auto share = row.value.percent();
        QList<QStandardItem *> items{new QStandardItem(row.definition.name),
                                     new QStandardItem(shareText(share)),
                                     new QStandardItem(QString::number(row.value.numerator)),
                                     new QStandardItem(row.value.denominatorFromContingent
                                                           ? tr("%1 (контингент)").arg(row.value.denominator)
                                                           : QString::number(row.value.denominator)),
                                     new QStandardItem(row.target ? QStringLiteral("%1 %").arg(*row.target) : QString()),
                                     new QStandardItem(!row.reached() ? QString()
                                                       : *row.reached() ? tr("достигнута") : tr("не достигнута"))};
        items[0]->setToolTip(tr("%1 ÷ %2").arg(row.definition.numerator, row.definition.denominator));
        if (row.reached())
            items[5]->setBackground(paleLightColour(*row.reached() ? RoadmapLight::Done : RoadmapLight::Overdue));
        m_table->appendRow(items);
    }
    // The indicator's name takes the width left; the verdict («не достигнуто») is never cut.
    m_tableView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_tableView->setColumnWidth(c, 110);
    m_tableView->horizontalHeader()->setSectionResizeMode(5, QHeaderView::ResizeToContents);
}
