#pragma once
#include <QDate>
#include <QString>

// A meeting of a pair (or a common event when pairId is 0).
struct Meeting
{
    qint64 id = 0;
    qint64 pairId = 0;
    QString kind; // intro, trial, planning, regular, final, common
    QDate plannedOn;
    QDate heldOn;
    int durationMinutes = 0;
    QString topic;
    QString outcome;
    QDate nextOn; // the next meeting agreed at this one
    bool held() const { return heldOn.isValid(); }
};
