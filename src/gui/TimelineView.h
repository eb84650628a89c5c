#pragma once
#include "domain/RoadmapItem.h"

#include <QWidget>

// Шкала времени: the roadmap as a Gantt chart of the school year by month — a bar for each
// activity's period in the colour of its state, a tick for each occurrence of a recurring one,
// and a red line for today. Sits in a scroll area; as tall as its rows.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    // Rows in order; a row with an empty activity is a section heading.
    void setRows(const QList<RoadmapItem> &rows, const AcademicYear &year, const QDate &today);
    QSize sizeHint() const override;
    int rowCount() const { return int(m_rows.size()); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double xOf(const QDate &date, const QRect &area) const;

    QList<RoadmapItem> m_rows;
    AcademicYear m_year;
    QDate m_today;
};
