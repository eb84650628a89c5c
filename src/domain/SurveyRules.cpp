#include "domain/SurveyRules.h"

#include "domain/TextFold.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace SurveyRules {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("SurveyRules", text); }

// The title of a code from titles listed in the order of the codes; an unknown code as it is.
template <std::size_t N>
QString titleOf(const QStringList &codes, const char *const (&titles)[N], const QString &code)
{
    const qsizetype i = codes.indexOf(code);
    return i < 0 || i >= qsizetype(N) ? code : QCoreApplication::translate("SurveyRules", titles[i]);
}
}

QStringList kinds()
{
    return {QStringLiteral("satisfaction_mentee"), QStringLiteral("satisfaction_mentor"), QStringLiteral("diagnostic_before"),
            QStringLiteral("diagnostic_after"), QStringLiteral("curator")};
}

QString kindTitle(const QString &kind)
{
    static const char *const titles[] = {
        QT_TRANSLATE_NOOP("SurveyRules", "Удовлетворённость наставляемых"),
        QT_TRANSLATE_NOOP("SurveyRules", "Удовлетворённость наставников"),
        QT_TRANSLATE_NOOP("SurveyRules", "Диагностика до"),
        QT_TRANSLATE_NOOP("SurveyRules", "Диагностика после"),
        QT_TRANSLATE_NOOP("SurveyRules", "Анкета куратора"),
    };
    return titleOf(kinds(), titles, kind);
}

QStringList answerTypes()
{
    return {QStringLiteral("scale"), QStringLiteral("yesno"), QStringLiteral("choice"), QStringLiteral("text")};
}

QString answerTypeTitle(const QString &type)
{
    static const char *const titles[] = {
        QT_TRANSLATE_NOOP("SurveyRules", "шкала 1–10"),
        QT_TRANSLATE_NOOP("SurveyRules", "да / нет"),
        QT_TRANSLATE_NOOP("SurveyRules", "выбор"),
        QT_TRANSLATE_NOOP("SurveyRules", "текст"),
    };
    return titleOf(answerTypes(), titles, type);
}

QStringList choicesOf(const SurveyQuestion &question)
{
    QStringList list;
    for (const QString &c : question.choices.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            list << c.trimmed();
    return list;
}

Status check(const SurveyTemplate &survey)
{
    if (survey.title.trimmed().isEmpty())
        return Status::failure(tr("Укажите название анкеты."));
    if (!kinds().contains(survey.kind))
        return Status::failure(tr("Неизвестный вид анкеты «%1».").arg(survey.kind));
    if (survey.satisfiedThreshold < 1 || survey.satisfiedThreshold > 10)
        return Status::failure(tr("Порог удовлетворённости — от 1 до 10, а не %1.").arg(survey.satisfiedThreshold));
    if (survey.questions.isEmpty())
        return Status::failure(tr("В анкете нет ни одного вопроса."));
    QSet<QString> seen;
    for (int i = 0; i < survey.questions.size(); ++i) {
        const SurveyQuestion &q = survey.questions.at(i);
        if (q.text.trimmed().isEmpty())
            return Status::failure(tr("Вопрос %1: нет текста.").arg(i + 1));
        if (!answerTypes().contains(q.answerType))
            return Status::failure(tr("Вопрос %1: неизвестный тип ответа «%2».").arg(i + 1).arg(q.answerType));
        if (q.answerType == QLatin1String("choice") && choicesOf(q).size() < 2)
            return Status::failure(tr("Вопрос %1: для выбора нужны хотя бы два варианта через «;».").arg(i + 1));
        const QString key = TextFold::fold(q.text);
        if (seen.contains(key))
            return Status::failure(tr("Вопрос %1 «%2» повторяет один из предыдущих.").arg(i + 1).arg(q.text.trimmed()));
        seen.insert(key);
    }
    return {};
}

Result<QVariant> parse(const SurveyQuestion &question, const QString &text)
{
    using R = Result<QVariant>;
    const QString value = text.trimmed();
    if (value.isEmpty())
        return QVariant();
    const QString type = question.answerType;
    if (type == QLatin1String("scale")) {
        // The leading number: «8», «8,5», «8 из 10», «8 баллов».
        static const QRegularExpression number(QStringLiteral("^(\\d{1,2}(?:[.,]\\d+)?)(?:\\s*(?:из\\s*10|балл[а-яё]*|/\\s*10))?$"));
        const QRegularExpressionMatch m = number.match(TextFold::fold(value));
        const double score = m.hasMatch() ? m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble() : -1;
        if (score < 1 || score > 10)
            return R::failure(tr("«%1» — не оценка от 1 до 10").arg(value));
        return QVariant(score);
    }
    if (type == QLatin1String("yesno")) {
        static const QStringList yes{QStringLiteral("да"), QStringLiteral("yes"), QStringLiteral("+"), QStringLiteral("1"),
                                     QStringLiteral("true"), QStringLiteral("истина")};
        static const QStringList no{QStringLiteral("нет"), QStringLiteral("no"), QStringLiteral("-"), QStringLiteral("0"),
                                    QStringLiteral("false"), QStringLiteral("ложь")};
        const QString folded = TextFold::fold(value);
        if (yes.contains(folded))
            return QVariant(1.0);
        if (no.contains(folded))
            return QVariant(0.0);
        return R::failure(tr("«%1» — не «да» и не «нет»").arg(value));
    }
    if (type == QLatin1String("choice")) {
        const QString folded = TextFold::fold(value);
        for (const QString &choice : choicesOf(question))
            if (TextFold::fold(choice) == folded)
                return QVariant(choice);
        return R::failure(tr("«%1» — нет среди вариантов: %2").arg(value, choicesOf(question).join(QStringLiteral("; "))));
    }
    return QVariant(value);
}

bool fits(const SurveyQuestion &question, const QVariant &value)
{
    const QString type = question.answerType;
    if (type == QLatin1String("scale"))
        return value.toDouble() >= 1 && value.toDouble() <= 10;
    if (type == QLatin1String("yesno"))
        return value.toDouble() == 0 || value.toDouble() == 1;
    if (type == QLatin1String("choice"))
        return choicesOf(question).contains(value.toString());
    return !value.toString().trimmed().isEmpty();
}

QString display(const SurveyQuestion &question, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (question.answerType == QLatin1String("yesno"))
        return value.toDouble() > 0.5 ? tr("да") : tr("нет");
    if (question.answerType == QLatin1String("scale"))
        return QLocale(QLocale::Russian).toString(value.toDouble(), 'g', 3);
    return value.toString();
}
} // namespace SurveyRules
