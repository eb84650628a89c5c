#pragma once
#include <QDate>
#include <QString>
#include <optional>

// Учебный год: 1 September – 31 August, written "2024–2025".
class AcademicYear
{
public:
    explicit AcademicYear(int startYear = 0) : m_startYear(startYear) {}

    static AcademicYear containing(const QDate &date);
    // Accepts "2024–2025", "2024-2025", "2024/2025" and "2024".
    static std::optional<AcademicYear> parse(const QString &text);

    int startYear() const { return m_startYear; }
    bool isValid() const { return m_startYear > 1900; }
    QDate firstDay() const { return QDate(m_startYear, 9, 1); }
    QDate lastDay() const { return QDate(m_startYear + 1, 8, 31); }
    bool contains(const QDate &date) const { return date >= firstDay() && date <= lastDay(); }
    QString title() const;
    AcademicYear next() const { return AcademicYear(m_startYear + 1); }
    AcademicYear previous() const { return AcademicYear(m_startYear - 1); }

    bool operator==(const AcademicYear &o) const { return m_startYear == o.m_startYear; }
    bool operator!=(const AcademicYear &o) const { return !(*this == o); }

private:
    int m_startYear;
};
