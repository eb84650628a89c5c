#pragma once
#include <QColor>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QtPlugin>

class QWidget;

// One chart of the dashboard as names and numbers. The chart module draws it with QtCharts, so the
// rest of the program neither links QtCharts nor knows its types.
struct ChartSpec
{
    enum class Kind { Bars, HorizontalBars, Donut, Lines };
    struct Series
    {
        QString name;
        QColor colour;          // invalid: the chart's own
        QList<qreal> values;    // bars: one per category; a donut: one per slice
        QList<QColor> colours;  // a donut: one per slice
        QList<QPointF> points;  // lines: x is the category's index; a missing value has no point
    };
    Kind kind = Kind::Bars;
    QString title;
    QStringList categories; // the bars' and lines' axis; a donut's slices
    QList<Series> series;
    bool percent = false;   // a value axis of 0–100 %; else from 0 to a round number above the largest
    Qt::Alignment legend = Qt::AlignBottom; // none: no legend
};

class ChartModule
{
public:
    virtual ~ChartModule() = default;
    // An empty chart: a picture the Tab key passes by (the table beside it holds the same numbers).
    virtual QWidget *newChart(QWidget *parent) = 0;
    // Replaces what the chart made by newChart shows.
    virtual void draw(QWidget *chart, const ChartSpec &spec) = 0;
};

#define KuratorChartModule_iid "org.kurator.ChartModule/1"
Q_DECLARE_INTERFACE(ChartModule, KuratorChartModule_iid)
