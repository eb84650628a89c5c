#pragma once
#include "domain/Person.h"

#include <QDate>
#include <QStringList>
#include <optional>

// Checks a person before it is stored; every message names the field, in Russian.
namespace PersonValidator {
struct Context
{
    QDate today;
    bool hasLegalRepresentative = false;
};

QStringList validate(const Person &person, const Context &context);

// Normalised phone "+7XXXXXXXXXX" or nullopt when it is not a Russian phone number.
std::optional<QString> normalizePhone(const QString &phone);
bool isValidEmail(const QString &email);
// A birth date a living participant can have on `today`: not in the future, at most 110 years back.
// The form and the import judge by this one rule.
bool isPossibleBirthDate(const QDate &date, const QDate &today);
// Strict dd.MM.yyyy (also d.M.yyyy); nullopt for an impossible date such as 31.02.2011.
std::optional<QDate> parseRussianDate(const QString &text);
// The other way: дд.мм.гггг, or `none` for no date.
QString russianDate(const QDate &date, const QString &none = {});
}
