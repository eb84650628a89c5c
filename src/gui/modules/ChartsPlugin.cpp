// The chart module: the dashboard's charts drawn with QtCharts, which (with QtOpenGL under it) is
// loaded the first time the dashboard is shown instead of at every start of the program.
#include "gui/modules/ChartModule.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QObject>
#include <QPieSeries>
#include <QValueAxis>
#include <algorithm>

namespace {
QValueAxis *valueAxis(const ChartSpec &spec)
{
    auto *axis = new QValueAxis;
    if (spec.percent) {
        axis->setRange(0, 100);
        axis->setLabelFormat(QStringLiteral("%d %%"));
        axis->setTickCount(6);
        return axis;
    }
    qreal most = 0;
    for (const ChartSpec::Series &s : spec.series)
        for (qreal v : s.values)
            most = std::max(most, v);
    axis->setRange(0, std::max<qreal>(5, most));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QBarCategoryAxis *categoryAxis(const ChartSpec &spec)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(spec.categories);
    axis->setTruncateLabels(false);
    return axis;
}

void addBars(QChart *chart, const ChartSpec &spec)
{
    const bool horizontal = spec.kind == ChartSpec::Kind::HorizontalBars;
    QAbstractBarSeries *bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries) : new QBarSeries;
    for (const ChartSpec::Series &s : spec.series) {
        auto *set = new QBarSet(s.name);
        if (s.colour.isValid())
            set->setColor(s.colour);
        set->append(s.values);
        bars->append(set);
    }
    chart->addSeries(bars);
    QAbstractAxis *categories = categoryAxis(spec);
    QAbstractAxis *values = valueAxis(spec);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    bars->attachAxis(values);
}

void addDonut(QChart *chart, const ChartSpec &spec)
{
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.35);
    const ChartSpec::Series slices = spec.series.value(0);
    for (int i = 0; i < slices.values.size(); ++i) {
        QPieSlice *slice = pie->append(spec.categories.value(i), slices.values.at(i));
        if (slices.colours.value(i).isValid())
            slice->setColor(slices.colours.at(i));
    }
    chart->addSeries(pie);
}

void addLines(QChart *chart, const ChartSpec &spec)
{
    QAbstractAxis *categories = categoryAxis(spec);
    QAbstractAxis *values = valueAxis(spec);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (const ChartSpec::Series &s : spec.series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        line->append(s.points);
        line->setPointsVisible(true);
        chart->addSeries(line);
        line->attachAxis(categories);
        line->attachAxis(values);
    }
}
} // namespace

class ChartsPlugin : public QObject, public ChartModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KuratorChartModule_iid)
    Q_INTERFACES(ChartModule)

public:
    QWidget *newChart(QWidget *parent) override
    {
        auto *view = new QChartView(parent);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        view->setFocusPolicy(Qt::NoFocus);
        return view;
    }

    void draw(QWidget *widget, const ChartSpec &spec) override
    {
        auto *view = qobject_cast<QChartView *>(widget);
        if (!view)
            return;
        auto *chart = new QChart;
        chart->setTitle(spec.title);
        chart->setMargins(QMargins(4, 4, 4, 4));
        switch (spec.kind) {
        case ChartSpec::Kind::Bars:
        case ChartSpec::Kind::HorizontalBars:
            addBars(chart, spec);
            break;
        case ChartSpec::Kind::Donut:
            addDonut(chart, spec);
            break;
        case ChartSpec::Kind::Lines:
            addLines(chart, spec);
            break;
        }
        if (spec.legend)
            chart->legend()->setAlignment(spec.legend);
        else
            chart->legend()->hide();
        QChart *old = view->chart(); // the view owns the chart it shows
        view->setChart(chart);
        delete old;
    }
};

#include "ChartsPlugin.moc"
