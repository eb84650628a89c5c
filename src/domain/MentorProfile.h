#pragma once
#include "domain/Enums.h"

#include <QDate>
#include <QString>

// Профиль наставника for one school year (row of the bank of mentors).
struct MentorProfile
{
    qint64 id = 0;
    qint64 personId = 0;
    int yearStart = 0;
    QString competencies;
    QString achievements;
    QString interests;
    int desiredAgeFrom = 0; // 0: any
    int desiredAgeTo = 0;
    QString timeResource;
    QString schedule;
    int capacity = 1;
    bool trainingDone = false;
    QDate trainingDate;
    qint64 formId = 0;
    QDate enteredOn;
    QDate completedOn;
    QString results;
    QString caseLink;
    RecordStatus status = RecordStatus::Active;
};
