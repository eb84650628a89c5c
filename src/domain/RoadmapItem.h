#pragma once
#include "domain/Deadline.h"

#include <QString>
#include <optional>

// What the curator says about an activity of the roadmap.
enum class RoadmapStatus { Planned, InProgress, Done, Cancelled };

// The traffic light of the roadmap summary, computed on a date.
enum class RoadmapLight { Done, OnTrack, AtRisk, Overdue, Unscheduled };

// A KPI as a roadmap states it: «не менее 70 %» is a target of 70 in %, to be reached or exceeded.
struct KpiTarget
{
    QString text;
    std::optional<double> value;
    QString unit;                          // "%", "публикаций", "чел."…
    QString comparison = QStringLiteral(">="); // ">=", "<=", "="
};

// Мероприятие дорожной карты.
struct RoadmapItem
{
    qint64 id = 0;
    qint64 roadmapId = 0;
    int position = 0;
    QString number; // as written: «1.», «2.3», «29»
    QString section;
    QString activity;
    Deadline deadline;
    QString owners;
    QString expectedResult;
    KpiTarget kpi;
    QString kpiCode;                     // a metric the actual value is computed from; empty: manual
    std::optional<double> kpiActualManual;
    RoadmapStatus status = RoadmapStatus::Planned;
    QString evidence;
    QString notes;

    // Overdue: the period has ended and the activity is neither done nor cancelled.
    bool isOverdueOn(const QDate &today) const;
    RoadmapLight lightOn(const QDate &today) const;
};

namespace RoadmapCodes {
QString code(RoadmapStatus s);
RoadmapStatus status(const QString &code);
QString label(RoadmapStatus s);
QString label(RoadmapLight l);
// Reads «не менее 70 %», «100%», «не менее 5 публикаций», «не более 2», «90% участников».
KpiTarget parseKpi(const QString &text);
}
