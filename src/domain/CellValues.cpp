#include "domain/CellValues.h"

#include "domain/PersonValidator.h"
#include "domain/TextFold.h"

#include <QRegularExpression>

namespace CellValues {

std::optional<QDate> date(const QString &text)
{
    QString t = text.trimmed();
    static const QRegularExpression time(QStringLiteral("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$"));
    t.remove(time);
    if (const auto russian = PersonValidator::parseRussianDate(t))
        return russian;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = iso.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    // Excel counts days from 30.12.1899; 1 to 2958465 are 1900 to 9999. A time of day is a fraction.
    bool ok = false;
    const double serial = t.toDouble(&ok);
    if (ok && serial >= 1 && serial < 2958466)
        return QDate(1899, 12, 30).addDays(qint64(serial));
    return std::nullopt;
}

std::optional<PersonCategory> category(const QString &text)
{
    const QString t = TextFold::fold(text);
    if (t.isEmpty())
        return std::nullopt;
    if (const auto exact = Codes::personCategory(t))
        return exact;
    static const std::pair<const char *, PersonCategory> stems[] = {
        {"обуча", PersonCategory::Pupil},   {"учени", PersonCategory::Pupil},      {"школьн", PersonCategory::Pupil},
        {"педагог", PersonCategory::Teacher}, {"учител", PersonCategory::Teacher}, {"преподават", PersonCategory::Teacher},
        {"студент", PersonCategory::Student}, {"родител", PersonCategory::Parent},  {"выпускн", PersonCategory::Graduate},
        {"работодат", PersonCategory::Employer}, {"представит", PersonCategory::Employer}};
    for (const auto &[stem, c] : stems)
        if (t.startsWith(QString::fromUtf8(stem)))
            return c;
    return std::nullopt;
}

std::optional<std::pair<int, int>> ageRange(const QString &text)
{
    static const QRegularExpression numbers(QStringLiteral("^\\D*?(\\d{1,2})(?:\\D+(\\d{1,2}))?\\D*$"));
    const auto m = numbers.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int from = m.captured(1).toInt();
    const int to = m.captured(2).isEmpty() ? from : m.captured(2).toInt();
    if (from > to)
        return std::nullopt;
    return std::pair{from, to};
}

}

QString CellValues::neutralised(const QString &text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r\n");
    if (text.isEmpty() || !triggers.contains(text.front()))
        return text;
    // A number, a phone, or a contacts cell listing phones and addresses («+7 900 123-45-67, a@b.ru»):
    // with no name, quote or bar in it, a spreadsheet has no function or link to run.
    static const QRegularExpression harmless(QStringLiteral(
        "^[-+]?[0-9 ()\\-.]*([,;]\\s*([-+]?[0-9 ()\\-.]*|[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}))*$"));
    if (harmless.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}
