#pragma once
#include <QDate>
#include <QString>

// A line of an individual plan (индивидуальный план).
struct PlanItem
{
    qint64 id = 0;
    QString section;
    QString activity;
    QDate deadline;
    QString expectedResult;
    bool done = false;
    QDate doneOn;
    QString comment;
};
