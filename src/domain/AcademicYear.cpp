#include "domain/AcademicYear.h"

#include <QRegularExpression>

AcademicYear AcademicYear::containing(const QDate &date)
{
    return AcademicYear(date.month() >= 9 ? date.year() : date.year() - 1);
}

std::optional<AcademicYear> AcademicYear::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})\\s*(?:[-–—/]\\s*(\\d{4}))?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int start = match.captured(1).toInt();
    if (!match.captured(2).isEmpty() && match.captured(2).toInt() != start + 1)
        return std::nullopt;
    AcademicYear year(start);
    if (!year.isValid())
        return std::nullopt;
    return year;
}

QString AcademicYear::title() const
{
    return QStringLiteral("%1–%2").arg(m_startYear).arg(m_startYear + 1);
}
