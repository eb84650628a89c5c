#include "gui/DashboardView.h"

#include "gui/KpiNames.h"
#include "gui/LightColours.h"
#include "gui/SchoolMonths.h"

#include "gui/modules/LazyModule.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
ChartModule *chartModule(QString *error)
{
    return LazyModule::get<ChartModule>("kurator_charts", error);
}

// A chart from the chart module; without the module, a line that says why there is none (the table
// below still holds every number).
QWidget *chartOrReason(ChartModule *charts, const QString &error, QWidget *parent)
{
    if (charts)
        return charts->newChart(parent);
    auto *reason = new QLabel(DashboardView::tr("Диаграмма не показана: %1.").arg(error), parent);
    reason->setWordWrap(true);
    reason->setAlignment(Qt::AlignCenter);
    return reason;
}
}

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent), m_charts(chartModule(&m_chartsError)), m_title(new QLabel(this)),
      m_kpiChart(chartOrReason(m_charts, m_chartsError, this)), m_trendChart(chartOrReason(m_charts, m_chartsError, this)),
      m_roadmapChart(chartOrReason(m_charts, m_chartsError, this)),
      m_meetingsChart(chartOrReason(m_charts, m_chartsError, this)), m_table(new QStandardItemModel(this)),
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

void DashboardView::draw(QWidget *chart, const ChartSpec &spec)
{
    chart->setAccessibleName(spec.title);
    if (m_charts)
        m_charts->draw(chart, spec);
}

void DashboardView::showKpiBars(const DashboardData &data)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::HorizontalBars;
    spec.title = tr("Показатели: факт и цель, %");
    spec.percent = true;
    ChartSpec::Series target{tr("Цель"), QColor(0xc8, 0xc8, 0xc8), {}, {}, {}};
    ChartSpec::Series actual{tr("Факт"), QColor(0x3b, 0x6d, 0xb3), {}, {}, {}};
    // Bottom-up in a horizontal chart: reverse so the first KPI is on top.
    for (auto it = data.kpis.crbegin(); it != data.kpis.crend(); ++it) {
        spec.categories << kpiShortName(it->definition.code);
        actual.values << it->value.percent().value_or(0);
        target.values << it->target.value_or(0);
    }
    spec.series = {target, actual};
    draw(m_kpiChart, spec);
}

void DashboardView::showRoadmap(const DashboardData &data)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Donut;
    spec.title = tr("Дорожная карта");
    spec.legend = Qt::AlignRight;
    ChartSpec::Series slices;
    for (RoadmapLight l : {RoadmapLight::Done, RoadmapLight::OnTrack, RoadmapLight::AtRisk, RoadmapLight::Overdue,
                           RoadmapLight::Unscheduled}) {
        const int count = data.roadmapLights.value(l);
        if (count == 0)
            continue;
        spec.categories << QStringLiteral("%1: %2").arg(RoadmapCodes::label(l)).arg(count);
        slices.values << count;
        slices.colours << lightColour(l);
    }
    if (slices.values.isEmpty())
        spec.title = tr("Дорожная карта: на этот учебный год её нет");
    spec.series = {slices};
    draw(m_roadmapChart, spec);
}

void DashboardView::showTrend(const DashboardData &data)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Lines;
    spec.title = tr("Показатели по учебным годам, %");
    spec.percent = true;
    spec.legend = Qt::AlignRight;
    for (int y : data.trend.keys())
        spec.categories << AcademicYear(y).title();
    for (const KpiRow &row : data.kpis) {
        ChartSpec::Series line;
        line.name = kpiShortName(row.definition.code);
        int x = 0;
        for (const QList<KpiRow> &yearRows : data.trend) {
            for (const KpiRow &r : yearRows)
                if (r.definition.code == row.definition.code && r.value.percent())
                    line.points.append(QPointF(x, *r.value.percent()));
            ++x;
        }
        spec.series << line;
    }
    draw(m_trendChart, spec);
}

void DashboardView::showMeetings(const DashboardData &data)
{
    ChartSpec spec;
    spec.title = tr("Проведено встреч по месяцам");
    spec.categories = schoolMonthNames();
    spec.legend = Qt::Alignment();
    ChartSpec::Series meetings{tr("Встречи"), QColor(0x4c, 0xaf, 0x50), {}, {}, {}};
    const AcademicYear year(data.startYear);
    for (QDate m = year.firstDay(); m <= year.lastDay(); m = m.addMonths(1))
        meetings.values << data.meetingsPerMonth.value(m);
    spec.series = {meetings};
    draw(m_meetingsChart, spec);
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
