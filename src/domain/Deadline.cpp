#include "domain/Deadline.h"

#include "domain/TextFold.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace {
using Re = QRegularExpression;

QDate monthEnd(int year, int month)
{
    return QDate(year, month, 1).addMonths(1).addDays(-1);
}

// The calendar year of a month (or a day) written without a year, within the school year.
int yearOf(int month, const AcademicYear &year)
{
    return month >= 9 ? year.startYear() : year.startYear() + 1;
}

int fullYear(const QString &digits)
{
    const int y = digits.toInt();
    return digits.size() == 2 ? 2000 + y : y;
}

// Lower case, ё as е, one kind of dash, no «г.» after years, no trailing punctuation.
QString normalise(const QString &text)
{
    QString s = TextFold::fold(text);
    s.replace(Re(QStringLiteral("[\u2012\u2013\u2014\u2015\u2212]")), QStringLiteral("-"));
    s.remove(Re(QStringLiteral("[«»\"]")));
    s.replace(Re(QStringLiteral("(\\d)\\s*(г\\.?г?\\.?|года)(?![а-я])")), QStringLiteral("\\1"));
    s.replace(Re(QStringLiteral("([а-я])\\s*-\\s*(\\d{4})")), QStringLiteral("\\1 \\2")); // «Май - 2025»
    s.replace(Re(QStringLiteral("(\\d{1,2}\\.\\d{1,2}\\.)\\s+(\\d{4})")), QStringLiteral("\\1\\2")); // «29.08. 2023»
    s.remove(Re(QStringLiteral("[\\s,;/-]+$")));
    return s.trimmed();
}

const char *const kMonthStems[] = {"январ", "феврал", "март", "апрел", "ма", "июн",
                                   "июл", "август", "сентябр", "октябр", "ноябр", "декабр"};

int monthNumber(const QString &word)
{
    if (word == QStringLiteral("май") || word == QStringLiteral("мая") || word == QStringLiteral("мае"))
        return 5;
    for (int m = 0; m < 12; ++m)
        if (m != 4 && word.startsWith(QString::fromUtf8(kMonthStems[m])))
            return m + 1;
    return 0;
}

struct MonthMention
{
    int month;
    int year; // 0: not written
};

QList<MonthMention> monthMentions(const QString &s)
{
    static const Re re(QStringLiteral("(?<![а-я])(январ[а-я]*|феврал[а-я]*|март[а-я]*|апрел[а-я]*|ма[йяе](?![а-я])|"
                                      "июн[а-я]*|июл[а-я]*|август[а-я]*|сентябр[а-я]*|октябр[а-я]*|ноябр[а-я]*|"
                                      "декабр[а-я]*)\\s*(\\d{4})?"));
    QList<MonthMention> list;
    for (auto it = re.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        list.append({monthNumber(m.captured(1)), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt()});
    }
    return list;
}

std::optional<Recurrence> recurrenceIn(const QString &s)
{
    const struct
    {
        const char *pattern;
        Recurrence recurrence;
    } rules[] = {
        {"ежемесячн|раза?\\s+в\\s+месяц", Recurrence::Monthly},
        {"ежекварталь|раза?\\s+в\\s+квартал", Recurrence::Quarterly},
        {"(2|два|дважды)\\s+(раза?\\s+)?в\\s+год|полгода|раз\\s+в\\s+полугодие", Recurrence::TwiceAYear},
        {"ежегодн|раза?\\s+в\\s+(календарный\\s+|учебный\\s+)?год", Recurrence::Yearly},
        {"по\\s+(мере\\s+)?необходимости", Recurrence::AsNeeded},
        {"в\\s+течени[еи]|постоянн|систематическ|регулярн|весь\\s+период", Recurrence::Continuous},
    };
    for (const auto &rule : rules)
        if (s.contains(Re(QString::fromUtf8(rule.pattern))))
            return rule.recurrence;
    return std::nullopt;
}

// «в течение 2024 - 2025», «2023-24 учебного года»: a school year written as its two calendar years.
std::optional<AcademicYear> schoolYearIn(const QString &s)
{
    static const Re re(QStringLiteral("(\\d{4})\\s*-\\s*(\\d{2}|\\d{4})(?!\\d|\\.)"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int first = m.captured(1).toInt();
    const int second = fullYear(m.captured(2).size() == 2 ? QString::number(first / 100) + m.captured(2) : m.captured(2));
    if (second != first + 1)
        return std::nullopt;
    return AcademicYear(first);
}

// Day and month (and year) numbers to a date; a missing year is placed within the school year.
QDate dateOf(int day, int month, const QString &yearDigits, const AcademicYear &year)
{
    if (month < 1 || month > 12)
        return {};
    return QDate(yearDigits.isEmpty() ? yearOf(month, year) : fullYear(yearDigits), month, day);
}

struct Period
{
    QDate from, to;
};

std::optional<Period> numericPeriod(const QString &s, const AcademicYear &year)
{
    // «25-29.08.2023»
    static const Re dayRange(QStringLiteral("(?<!\\d)(\\d{1,2})\\s*-\\s*(\\d{1,2})\\.(\\d{1,2})\\.?(\\d{4}|\\d{2})?(?!\\d)"));
    // «10.10.2023», «6.10.», «29.09»
    static const Re date(QStringLiteral("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}|\\d{2}))?\\.?(?![\\d])"));
    if (const auto m = dayRange.match(s); m.hasMatch()) {
        const QDate to = dateOf(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4), year);
        const QDate from = to.isValid() ? QDate(to.year(), to.month(), m.captured(1).toInt()) : QDate();
        if (from.isValid() && from <= to)
            return Period{from, to};
        return std::nullopt;
    }
    QList<QDate> dates;
    for (auto it = date.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const QDate d = dateOf(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3), year);
        if (!d.isValid())
            return std::nullopt; // «31.02.2024» is a mistake to show, not a date to guess
        dates << d;
    }
    if (dates.size() == 1)
        return Period{dates[0], dates[0]};
    if (dates.size() == 2 && dates[0] <= dates[1])
        return Period{dates[0], dates[1]};
    return std::nullopt;
}

// «15 сентября 2023», «до 15 сентября»
std::optional<Period> dayMonthPeriod(const QString &s, const AcademicYear &year)
{
    static const Re re(QStringLiteral("(?<!\\d)(\\d{1,2})\\s+([а-я]+)\\s*(\\d{4})?"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const int month = monthNumber(m.captured(2));
    if (month == 0)
        return std::nullopt;
    const QDate d = dateOf(m.captured(1).toInt(), month, m.captured(3), year);
    if (!d.isValid())
        return std::nullopt;
    return Period{d, d};
}

// «Октябрь 2024», «октябрь-ноябрь», «Декабрь – апрель 2025», «Декабрь 2023 Май 2025».
std::optional<Period> monthPeriod(const QString &s, const AcademicYear &year)
{
    const QList<MonthMention> months = monthMentions(s);
    if (months.isEmpty())
        return std::nullopt;
    const MonthMention first = months.first(), last = months.last();
    int lastYear = last.year, firstYear = first.year;
    if (months.size() == 1) {
        const int y = firstYear ? firstYear : yearOf(first.month, year);
        return Period{QDate(y, first.month, 1), monthEnd(y, first.month)};
    }
    if (!firstYear && !lastYear) {
        firstYear = yearOf(first.month, year);
        lastYear = last.month >= first.month ? firstYear : firstYear + 1;
    } else if (!firstYear) {
        firstYear = first.month <= last.month ? lastYear : lastYear - 1; // «Декабрь – апрель 2025»
    } else if (!lastYear) {
        lastYear = last.month >= first.month ? firstYear : firstYear + 1;
    }
    const QDate from(firstYear, first.month, 1);
    const QDate to = monthEnd(lastYear, last.month);
    if (from > to)
        return std::nullopt;
    return Period{from, to};
}

// «1 полугодие», «II полугодие»
std::optional<Period> halfYearPeriod(const QString &s, const AcademicYear &year)
{
    static const Re re(QStringLiteral("(?<![а-я\\d])(1|i|перв[а-я]*|2|ii|втор[а-я]*)\\s+полугоди"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QString which = m.captured(1);
    const bool first = which == QLatin1String("1") || which == QLatin1String("i") || which.startsWith(QStringLiteral("перв"));
    if (first)
        return Period{year.firstDay(), QDate(year.startYear(), 12, 31)};
    return Period{QDate(year.startYear() + 1, 1, 1), QDate(year.startYear() + 1, 5, 31)};
}
}

namespace DeadlineParser {

Deadline parse(const QString &text, const AcademicYear &year)
{
    Deadline d;
    d.text = text.trimmed();
    const QString s = normalise(text);
    if (s.isEmpty())
        return d;
    const std::optional<Recurrence> recurrence = recurrenceIn(s);
    d.recurrence = recurrence.value_or(Recurrence::Once);

    std::optional<Period> period;
    if (const auto half = halfYearPeriod(s, year))
        period = half;
    else if (const auto schoolYear = schoolYearIn(s))
        period = Period{schoolYear->firstDay(), schoolYear->lastDay()};
    else if (const auto numeric = numericPeriod(s, year))
        period = numeric;
    else if (const auto dayMonth = dayMonthPeriod(s, year))
        period = dayMonth;
    else if (const auto months = monthPeriod(s, year))
        period = months;
    else if (recurrence)
        period = Period{year.firstDay(), year.lastDay()};
    if (period) {
        d.from = period->from;
        d.to = period->to;
    }
    return d;
}

QString recurrenceCode(Recurrence r)
{
    switch (r) {
    case Recurrence::Once: return QStringLiteral("once");
    case Recurrence::Continuous: return QStringLiteral("continuous");
    case Recurrence::AsNeeded: return QStringLiteral("as_needed");
    case Recurrence::Monthly: return QStringLiteral("monthly");
    case Recurrence::Quarterly: return QStringLiteral("quarterly");
    case Recurrence::TwiceAYear: return QStringLiteral("twice_a_year");
    case Recurrence::Yearly: return QStringLiteral("yearly");
    }
    return {};
}

Recurrence recurrenceFromCode(const QString &code)
{
    for (Recurrence r : {Recurrence::Continuous, Recurrence::AsNeeded, Recurrence::Monthly, Recurrence::Quarterly,
                         Recurrence::TwiceAYear, Recurrence::Yearly})
        if (recurrenceCode(r) == code)
            return r;
    return Recurrence::Once;
}

} // namespace DeadlineParser

QList<QDate> Deadline::occurrences() const
{
    if (!isRecognised())
        return {};
    QList<QDate> dates;
    auto monthEndsIn = [&](std::initializer_list<int> months) {
        for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
            if (std::find(months.begin(), months.end(), m.month()) != months.end())
                dates << std::min(monthEnd(m.year(), m.month()), to);
    };
    switch (recurrence) {
    case Recurrence::Once: return {to};
    case Recurrence::Continuous:
    case Recurrence::AsNeeded: return {};
    case Recurrence::Monthly: monthEndsIn({9, 10, 11, 12, 1, 2, 3, 4, 5}); break;
    case Recurrence::Quarterly: monthEndsIn({9, 12, 3, 6}); break;
    case Recurrence::TwiceAYear: monthEndsIn({12, 5}); break;
    case Recurrence::Yearly: monthEndsIn({5}); break;
    }
    if (dates.isEmpty())
        dates << to;
    return dates;
}
