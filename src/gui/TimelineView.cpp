#include "gui/TimelineView.h"

#include "gui/LightColours.h"
#include "gui/SchoolMonths.h"

#include <QPainter>
#include <QPaintEvent>

namespace {
constexpr int kRowHeight = 22;
constexpr int kHeaderHeight = 26;
constexpr int kLabelWidth = 330;
}

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TimelineView::setRows(const QList<RoadmapItem> &rows, const AcademicYear &year, const QDate &today)
{
    m_rows = rows;
    m_year = year;
    m_today = today;
    setMinimumHeight(sizeHint().height()); // the scroll area scrolls instead of squeezing the rows
    updateGeometry();
    update();
}

QSize TimelineView::sizeHint() const
{
    return QSize(kLabelWidth + 12 * 60, kHeaderHeight + int(m_rows.size()) * kRowHeight + 4);
}

// The school year spans the width right of the labels; dates outside it stick to its edges.
double TimelineView::xOf(const QDate &date, const QRect &area) const
{
    const double days = double(m_year.firstDay().daysTo(m_year.lastDay()) + 1);
    const double offset = std::clamp(double(m_year.firstDay().daysTo(date)), 0.0, days);
    return area.left() + area.width() * offset / days;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect chart(kLabelWidth, 0, width() - kLabelWidth - 8, height());
    const QStringList months = schoolMonthNames();
    // Month columns with their names.
    for (int i = 0; i < 12; ++i) {
        const QDate first = m_year.firstDay().addMonths(i);
        const double x0 = xOf(first, chart), x1 = xOf(first.addMonths(1), chart);
        if (i % 2 == 0)
            p.fillRect(QRectF(x0, kHeaderHeight, x1 - x0, height() - kHeaderHeight), palette().alternateBase());
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(QPointF(x0, 0), QPointF(x0, height()));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(x0, 0, x1 - x0, kHeaderHeight), Qt::AlignCenter, months[i]);
    }
    // Activities: a label, a bar over the period, ticks on the occurrences.
    QFont bold = font();
    bold.setBold(true);
    for (int r = 0; r < m_rows.size(); ++r) {
        const RoadmapItem &item = m_rows[r];
        const QRectF row(0, kHeaderHeight + r * kRowHeight, width(), kRowHeight);
        const bool heading = item.activity.isEmpty();
        p.setFont(heading ? bold : font());
        p.setPen(palette().color(QPalette::Text));
        const QString label = heading ? item.section : (item.number.isEmpty() ? item.activity : item.number + QLatin1Char(' ') + item.activity);
        p.drawText(row.adjusted(6, 0, kLabelWidth - width() - 6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, kLabelWidth - 12));
        if (heading || !item.deadline.isRecognised())
            continue;
        const QColor colour = lightColour(item.lightOn(m_today));
        const double x0 = xOf(item.deadline.from, chart), x1 = std::max(xOf(item.deadline.to.addDays(1), chart), x0 + 3);
        const bool recurring = item.deadline.recurrence != Recurrence::Once;
        p.setPen(Qt::NoPen);
        p.setBrush(recurring ? colour.lighter(160) : colour);
        p.drawRoundedRect(QRectF(x0, row.top() + 5, x1 - x0, kRowHeight - 10), 3, 3);
        p.setBrush(colour);
        for (const QDate &d : item.deadline.occurrences())
            if (recurring)
                p.drawRect(QRectF(xOf(d, chart) - 2, row.top() + 3, 4, kRowHeight - 6));
    }
    // Today.
    if (m_year.contains(m_today)) {
        p.setPen(QPen(QColor(0xd0, 0x20, 0x20), 2));
        const double x = xOf(m_today, chart);
        p.drawLine(QPointF(x, kHeaderHeight - 4), QPointF(x, height()));
    }
}
