#include "domain/PersonValidator.h"

#include "domain/Ages.h"
#include "domain/ClassName.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace PersonValidator {

static QString tr(const char *text) { return QCoreApplication::translate("PersonValidator", text); }

std::optional<QString> normalizePhone(const QString &phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
        else if (!QStringLiteral(" +-()\u00A0").contains(c))
            return std::nullopt;
    }
    if (digits.size() == 11 && (digits.startsWith(QLatin1Char('7')) || digits.startsWith(QLatin1Char('8'))))
        return QStringLiteral("+7") + digits.mid(1);
    if (digits.size() == 10 && digits.startsWith(QLatin1Char('9')))
        return QStringLiteral("+7") + digits;
    return std::nullopt;
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    return pattern.match(email.trimmed()).hasMatch();
}

QString russianDate(const QDate &date, const QString &none)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : none;
}

std::optional<QDate> parseRussianDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool isPossibleBirthDate(const QDate &date, const QDate &today)
{
    return date <= today && date.year() >= today.year() - 110;
}

static void checkDates(const Person &p, const Context &ctx, QStringList &errors)
{
    if (p.birthDate.isValid() && !isPossibleBirthDate(p.birthDate, ctx.today))
        errors << (p.birthDate > ctx.today
                       ? tr("Дата рождения %1 ещё не наступила.").arg(p.birthDate.toString(QStringLiteral("dd.MM.yyyy")))
                       : tr("Дата рождения %1 невозможна.").arg(p.birthDate.toString(QStringLiteral("dd.MM.yyyy"))));
    if (p.pedagogicalSince.isValid()) {
        if (p.pedagogicalSince > ctx.today)
            errors << tr("Дата начала педагогического стажа ещё не наступила.");
        if (p.birthDate.isValid() && p.pedagogicalSince < p.birthDate.addYears(14))
            errors << tr("Педагогический стаж не может начаться раньше 14 лет.");
    }
}

static void checkCategoryFields(const Person &p, const Context &ctx, QStringList &errors)
{
    if (p.category == PersonCategory::Pupil) {
        if (p.className.trimmed().isEmpty())
            errors << tr("Для обучающегося укажите класс.");
        else if (!ClassName::parse(p.className))
            errors << tr("Класс «%1» не распознан: ожидается номер 1–11 и буква, например 7Б.").arg(p.className);
    }
    if (Ages::isMinorOn(p.birthDate, ctx.today) && !ctx.hasLegalRepresentative)
        errors << tr("Участник несовершеннолетний: укажите законного представителя.");
}

QStringList validate(const Person &p, const Context &ctx)
{
    QStringList errors;
    if (p.lastName.trimmed().isEmpty())
        errors << tr("Укажите фамилию.");
    if (p.firstName.trimmed().isEmpty())
        errors << tr("Укажите имя.");
    if (p.category == PersonCategory::Pupil && !p.birthDate.isValid())
        errors << tr("Для обучающегося укажите дату рождения.");
    checkDates(p, ctx, errors);
    checkCategoryFields(p, ctx, errors);
    if (!p.phone.trimmed().isEmpty() && !normalizePhone(p.phone))
        errors << tr("Телефон «%1» не похож на российский номер: ожидается +7 и 10 цифр.").arg(p.phone);
    if (!p.email.trimmed().isEmpty() && !isValidEmail(p.email))
        errors << tr("Адрес e-mail «%1» записан неверно.").arg(p.email);
    return errors;
}

} // namespace PersonValidator
