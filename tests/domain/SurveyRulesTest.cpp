#include "domain/SurveyRules.h"

#include <catch2/catch.hpp>

namespace {
SurveyQuestion question(const char *type, const char *choices = "")
{
    SurveyQuestion q;
    q.text = QStringLiteral("Вопрос");
    q.answerType = QString::fromLatin1(type);
    q.choices = QString::fromUtf8(choices);
    return q;
}
} // namespace

TEST_CASE("survey answers are read for their question: scales, yes/no, choices, text", "[survey]")
{
    const SurveyQuestion scale = question("scale");
    CHECK(SurveyRules::parse(scale, QStringLiteral("8")).value() == QVariant(8.0));
    CHECK(SurveyRules::parse(scale, QStringLiteral("7,5")).value() == QVariant(7.5));
    CHECK(SurveyRules::parse(scale, QStringLiteral("9 из 10")).value() == QVariant(9.0));
    CHECK(SurveyRules::parse(scale, QStringLiteral("10 баллов")).value() == QVariant(10.0));
    CHECK(SurveyRules::parse(scale, QStringLiteral("  ")).value().isNull()); // skipped, not wrong
    CHECK(SurveyRules::parse(scale, QStringLiteral("0")).error().contains(QStringLiteral("от 1 до 10")));
    CHECK_FALSE(SurveyRules::parse(scale, QStringLiteral("11")).ok());
    CHECK_FALSE(SurveyRules::parse(scale, QStringLiteral("хорошо")).ok());

    const SurveyQuestion yesno = question("yesno");
    CHECK(SurveyRules::parse(yesno, QStringLiteral("Да")).value() == QVariant(1.0));
    CHECK(SurveyRules::parse(yesno, QStringLiteral("нет")).value() == QVariant(0.0));
    CHECK(SurveyRules::parse(yesno, QStringLiteral("+")).value() == QVariant(1.0));
    CHECK(SurveyRules::parse(yesno, QStringLiteral("скорее да")).error().contains(QStringLiteral("не «да» и не «нет»")));

    const SurveyQuestion choice = question("choice", "почти всегда; часто;иногда;редко");
    CHECK(SurveyRules::choicesOf(choice) == QStringList{QStringLiteral("почти всегда"), QStringLiteral("часто"), QStringLiteral("иногда"),
                                                        QStringLiteral("редко")});
    CHECK(SurveyRules::parse(choice, QStringLiteral("Почти  всегда")).value() == QVariant(QStringLiteral("почти всегда")));
    CHECK(SurveyRules::parse(choice, QStringLiteral("никогда")).error().contains(QStringLiteral("нет среди вариантов")));
    CHECK(SurveyRules::fits(choice, QStringLiteral("редко")));
    CHECK_FALSE(SurveyRules::fits(choice, QStringLiteral("никогда")));
    CHECK(SurveyRules::fits(scale, 1.0));
    CHECK_FALSE(SurveyRules::fits(scale, 10.5));
    CHECK_FALSE(SurveyRules::fits(yesno, 0.5));

    CHECK(SurveyRules::parse(question("text"), QStringLiteral(" Поддержка ")).value() == QVariant(QStringLiteral("Поддержка")));
    CHECK(SurveyRules::display(yesno, 1.0) == QStringLiteral("да"));
    CHECK(SurveyRules::display(scale, 7.5) == QStringLiteral("7,5"));
}

TEST_CASE("a survey template is checked before it is stored", "[survey]")
{
    SurveyTemplate t;
    t.kind = QStringLiteral("satisfaction_mentee");
    t.title = QStringLiteral("Анкета");
    CHECK(SurveyRules::check(t).error().contains(QStringLiteral("ни одного вопроса")));
    t.questions = {question("scale")};
    CHECK(SurveyRules::check(t).ok());
    t.satisfiedThreshold = 11;
    CHECK(SurveyRules::check(t).error().contains(QStringLiteral("от 1 до 10")));
    t.satisfiedThreshold = 7;
    t.questions << question("choice", "один");
    CHECK(SurveyRules::check(t).error().contains(QStringLiteral("Вопрос 2")));
    t.questions.last() = question("scale");
    CHECK(SurveyRules::check(t).error().contains(QStringLiteral("повторяет")));
    t.questions.last().text = QStringLiteral("Другой вопрос");
    t.kind = QStringLiteral("opinion");
    CHECK(SurveyRules::check(t).error().contains(QStringLiteral("вид анкеты")));
    t.kind = QStringLiteral("curator");
    t.title = QStringLiteral(" ");
    CHECK_FALSE(SurveyRules::check(t).ok());
}
