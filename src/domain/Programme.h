#pragma once
#include <QDate>
#include <QString>

// Программа наставничества as its card in the school's programme (seed 004, annex 4).
struct Programme
{
    qint64 id = 0;
    QString title;
    QString targetAudience;
    QDate periodFrom;
    QDate periodTo;
    qint64 formId = 0;
    QString goals;          // цель
    QString tasks;          // задачи
    QString mentorSelection;
    QString mentorTraining;
    QString monitoring;
    QString motivation;
    QString expectedResults;
    QString partners;
    QString actualResults;
    QString publicationLink;
    int pairCount = 0; // pairs and groups attached (read only)
};
