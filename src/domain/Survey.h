#pragma once
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

// Анкета: satisfaction of mentees/mentors, diagnostics before/after, the curator's questionnaire.
struct SurveyQuestion
{
    qint64 id = 0;
    QString text;
    QString answerType = QStringLiteral("scale"); // scale (1–10), yesno, choice, text
    QString choices;                              // for "choice": options separated by ';'
};

struct SurveyTemplate
{
    qint64 id = 0;
    QString kind; // satisfaction_mentee, satisfaction_mentor, diagnostic_before, diagnostic_after, curator
    QString title;
    double satisfiedThreshold = 7;
    QList<SurveyQuestion> questions;
};

struct SurveyAnswer
{
    qint64 questionId = 0;
    QVariant value; // double for scale/yesno (1/0), QString for choice/text
};

struct SurveyResponse
{
    qint64 id = 0;
    qint64 templateId = 0;
    qint64 personId = 0;
    qint64 pairId = 0;
    int yearStart = 0;
    QDate answeredOn;
    QList<SurveyAnswer> answers;
};
