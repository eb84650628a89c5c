#pragma once
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// One respondent's answer sheet reduced to what the rules use: the mean of its 1–10 scores.
struct SurveyScore
{
    qint64 responseId = 0;
    qint64 templateId = 0;
    qint64 personId = 0;
    qint64 pairId = 0;
    QString kind; // satisfaction_mentee, satisfaction_mentor, diagnostic_before, diagnostic_after, curator
    QDate answeredOn;
    double mean = 0;
    int scaleAnswers = 0;
    double threshold = 7;
    // Satisfied when the mean of the scale answers reaches the template's threshold (domain.md).
    bool satisfied() const { return scaleAnswers > 0 && mean >= threshold; }
};

// A participant's diagnostics before and after: the first "before" and the last "after" sheet.
struct BeforeAfter
{
    qint64 personId = 0;
    qint64 pairId = 0;
    std::optional<double> before;
    std::optional<double> after;
    std::optional<double> change() const
    {
        return before && after ? std::optional<double>(*after - *before) : std::nullopt;
    }
};

// A pair's change: the mean of its members' changes (those with both sheets).
struct PairChange
{
    qint64 pairId = 0;
    int members = 0;
    double change = 0;
};

namespace SurveyScores {
QList<BeforeAfter> beforeAfter(const QList<SurveyScore> &scores);
QList<PairChange> byPair(const QList<BeforeAfter> &participants);
}
