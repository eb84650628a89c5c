#pragma once
#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

struct PairMember
{
    qint64 personId = 0;
    MemberRole role = MemberRole::Mentee;
    QDate joinedOn;
};

// Наставническая пара или группа.
struct Pair
{
    qint64 id = 0;
    int yearStart = 0;
    bool isGroup = false;
    QString title;
    qint64 formId = 0;
    qint64 roleModelId = 0;
    qint64 programmeId = 0;
    qint64 orderId = 0;
    qint64 matchingRunId = 0; // the run that proposed it
    QDate startedOn;
    QDate plannedEndOn;
    QDate endedOn;
    PairStatus status = PairStatus::Forming;
    QString endReason;
    QList<PairMember> members;
};
