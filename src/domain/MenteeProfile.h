#pragma once
#include "domain/Enums.h"

#include <QDate>
#include <QString>

// Профиль наставляемого for one school year (row of the bank of mentees).
struct MenteeProfile
{
    qint64 id = 0;
    qint64 personId = 0;
    int yearStart = 0;
    QString request;  // ключевой запрос
    QString problems; // from the target model's list
    QString interests;
    qint64 desiredFormId = 0;
    QDate enteredOn;
    QDate completedOn;
    QString results;
    QString caseLink;
    RecordStatus status = RecordStatus::Active;
};
