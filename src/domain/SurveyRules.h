#pragma once
#include "domain/Result.h"
#include "domain/Survey.h"

#include <QStringList>
#include <QVariant>

// The rules of questionnaires that do not depend on storage: kinds and answer types, what a template
// must hold, and how a typed or imported answer is read for its question.
namespace SurveyRules {
QStringList kinds(); // satisfaction_mentee, satisfaction_mentor, diagnostic_before, diagnostic_after, curator
QString kindTitle(const QString &kind);
QStringList answerTypes(); // scale, yesno, choice, text
QString answerTypeTitle(const QString &type);
QStringList choicesOf(const SurveyQuestion &question);

// A title, a kind, a threshold within 1–10, questions with text, choices for a choice question, no question twice.
Status check(const SurveyTemplate &survey);

// An answer as it is stored: a number 1–10 for a scale («8», «8,5», «8 из 10»), 1/0 for yes/no
// («да», «нет», «yes», «+»), the option itself for a choice (case and ё folded), the text for an open
// question. An empty answer is a null QVariant (the question was skipped); a wrong one fails with why.
Result<QVariant> parse(const SurveyQuestion &question, const QString &text);
// Whether a stored answer fits its question: 1–10, 1 or 0, one of the options, some text.
bool fits(const SurveyQuestion &question, const QVariant &value);
// The stored answer as a curator reads it.
QString display(const SurveyQuestion &question, const QVariant &value);
}
