#include "domain/RoadmapItem.h"

#include "domain/TextFold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// An activity not yet started this close to its end is at risk.
constexpr int kRiskDays = 14;
}

bool RoadmapItem::isOverdueOn(const QDate &today) const
{
    return deadline.isRecognised() && today > deadline.to && status != RoadmapStatus::Done
           && status != RoadmapStatus::Cancelled;
}

RoadmapLight RoadmapItem::lightOn(const QDate &today) const
{
    if (status == RoadmapStatus::Done)
        return RoadmapLight::Done;
    if (status == RoadmapStatus::Cancelled || !deadline.isRecognised())
        return RoadmapLight::Unscheduled;
    if (isOverdueOn(today))
        return RoadmapLight::Overdue;
    // A recurring activity is judged by its next occurrence, a one-off one by its end.
    QDate due = deadline.to;
    for (const QDate &d : deadline.occurrences())
        if (d >= today) {
            due = d;
            break;
        }
    if (status == RoadmapStatus::Planned && today >= deadline.from && today.daysTo(due) <= kRiskDays)
        return RoadmapLight::AtRisk;
    return RoadmapLight::OnTrack;
}

namespace RoadmapCodes {

QString code(RoadmapStatus s)
{
    switch (s) {
    case RoadmapStatus::Planned: return QStringLiteral("planned");
    case RoadmapStatus::InProgress: return QStringLiteral("in_progress");
    case RoadmapStatus::Done: return QStringLiteral("done");
    case RoadmapStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

RoadmapStatus status(const QString &code)
{
    for (RoadmapStatus s : {RoadmapStatus::InProgress, RoadmapStatus::Done, RoadmapStatus::Cancelled})
        if (RoadmapCodes::code(s) == code)
            return s;
    return RoadmapStatus::Planned;
}

QString label(RoadmapStatus s)
{
    switch (s) {
    case RoadmapStatus::Planned: return QCoreApplication::translate("Roadmap", "запланировано");
    case RoadmapStatus::InProgress: return QCoreApplication::translate("Roadmap", "выполняется");
    case RoadmapStatus::Done: return QCoreApplication::translate("Roadmap", "выполнено");
    case RoadmapStatus::Cancelled: return QCoreApplication::translate("Roadmap", "отменено");
    }
    return {};
}

QString label(RoadmapLight l)
{
    switch (l) {
    case RoadmapLight::Done: return QCoreApplication::translate("Roadmap", "выполнено");
    case RoadmapLight::OnTrack: return QCoreApplication::translate("Roadmap", "в срок");
    case RoadmapLight::AtRisk: return QCoreApplication::translate("Roadmap", "под угрозой");
    case RoadmapLight::Overdue: return QCoreApplication::translate("Roadmap", "просрочено");
    case RoadmapLight::Unscheduled: return QCoreApplication::translate("Roadmap", "без срока");
    }
    return {};
}

KpiTarget parseKpi(const QString &text)
{
    KpiTarget kpi;
    kpi.text = text.trimmed();
    const QString s = TextFold::fold(text);
    static const QRegularExpression number(QStringLiteral("(\\d+(?:[.,]\\d+)?)\\s*(%|[а-я.]+)?"));
    const auto m = number.match(s);
    if (!m.hasMatch())
        return kpi;
    kpi.value = m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
    kpi.unit = m.captured(2);
    if (s.contains(QStringLiteral("не более")) || s.contains(QStringLiteral("не выше")) || s.contains(QStringLiteral("до ")))
        kpi.comparison = QStringLiteral("<=");
    return kpi;
}

} // namespace RoadmapCodes
