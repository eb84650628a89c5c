#pragma once
#include <QDate>
#include <QList>
#include <QString>
#include <algorithm>

// Who was expected at a meeting and whether they came.
struct Attendance
{
    qint64 personId = 0;
    bool present = true;
    bool operator==(const Attendance &o) const { return personId == o.personId && present == o.present; }
};

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
    QList<Attendance> attendance; // empty: not recorded
    bool held() const { return heldOn.isValid(); }
    int presentCount() const
    {
        return int(std::count_if(attendance.begin(), attendance.end(), [](const Attendance &a) { return a.present; }));
    }
};
