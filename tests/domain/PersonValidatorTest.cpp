#include "domain/PersonValidator.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace {
Person pupil()
{
    Person p;
    p.lastName = QStringLiteral("Иванов");
    p.firstName = QStringLiteral("Иван");
    p.category = PersonCategory::Pupil;
    p.className = QStringLiteral("7Б");
    p.birthDate = QDate(2011, 4, 12);
    return p;
}
const QDate kToday(2024, 11, 15);
bool mentions(const QStringList &errors, const QString &word)
{
    return std::any_of(errors.begin(), errors.end(), [&](const QString &e) { return e.contains(word); });
}
}

TEST_CASE("a valid pupil with a representative passes")
{
    CHECK(PersonValidator::validate(pupil(), {kToday, true}).isEmpty());
}

TEST_CASE("required ФИО, class and representative of a minor")
{
    Person p = pupil();
    p.lastName = QStringLiteral("  ");
    p.className.clear();
    const QStringList errors = PersonValidator::validate(p, {kToday, false});
    CHECK(mentions(errors, QStringLiteral("фамилию")));
    CHECK(mentions(errors, QStringLiteral("класс")));
    CHECK(mentions(errors, QStringLiteral("законного представителя")));
}

TEST_CASE("an adult needs no representative; a birth date in the future is refused")
{
    Person teacher;
    teacher.lastName = QStringLiteral("Петрова");
    teacher.firstName = QStringLiteral("Анна");
    teacher.category = PersonCategory::Teacher;
    teacher.birthDate = QDate(1990, 1, 1);
    CHECK(PersonValidator::validate(teacher, {kToday, false}).isEmpty());
    teacher.birthDate = QDate(2030, 1, 1);
    CHECK(mentions(PersonValidator::validate(teacher, {kToday, false}), QStringLiteral("ещё не наступила")));
}

TEST_CASE("impossible dates are not dates")
{
    CHECK_FALSE(PersonValidator::parseRussianDate(QStringLiteral("31.02.2011")).has_value());
    CHECK_FALSE(PersonValidator::parseRussianDate(QStringLiteral("2011-02-03")).has_value());
    CHECK(PersonValidator::parseRussianDate(QStringLiteral("1.9.2011")) == QDate(2011, 9, 1));
    CHECK(PersonValidator::parseRussianDate(QStringLiteral("29.02.2012")) == QDate(2012, 2, 29));
}

TEST_CASE("phones and e-mails")
{
    CHECK(PersonValidator::normalizePhone(QStringLiteral("+7 (912) 345-67-89")) == QStringLiteral("+79123456789"));
    CHECK(PersonValidator::normalizePhone(QStringLiteral("8 912 345 67 89")) == QStringLiteral("+79123456789"));
    CHECK(PersonValidator::normalizePhone(QStringLiteral("9123456789")) == QStringLiteral("+79123456789"));
    CHECK_FALSE(PersonValidator::normalizePhone(QStringLiteral("12345")).has_value());
    CHECK_FALSE(PersonValidator::normalizePhone(QStringLiteral("+7 912 ABC 67 89")).has_value());
    CHECK(PersonValidator::isValidEmail(QStringLiteral("anna.petrova@school7.ru")));
    CHECK_FALSE(PersonValidator::isValidEmail(QStringLiteral("anna@school7")));
    CHECK_FALSE(PersonValidator::isValidEmail(QStringLiteral("anna petrova@school7.ru")));

    Person p = pupil();
    p.phone = QStringLiteral("12-34");
    p.email = QStringLiteral("нет");
    const QStringList errors = PersonValidator::validate(p, {kToday, true});
    CHECK(mentions(errors, QStringLiteral("Телефон")));
    CHECK(mentions(errors, QStringLiteral("e-mail")));
}
