#pragma once
#include "domain/AcademicYear.h"

#include <QDate>
#include <QList>
#include <QString>

// How often a roadmap activity happens within its period.
enum class Recurrence
{
    Once,       // «Октябрь 2024», «до 10.10.2023»
    Continuous, // «в течение года», «постоянно», «систематически»
    AsNeeded,   // «по мере необходимости»
    Monthly,    // «ежемесячно»
    Quarterly,  // «ежеквартально»
    TwiceAYear, // «2 раза в год», «каждые полгода»
    Yearly,     // «ежегодно»
};

// Срок мероприятия дорожной карты: the text as the roadmap wrote it and the period it means.
// A text that cannot be read keeps from/to invalid and is shown to the user as unrecognised.
struct Deadline
{
    QString text;
    QDate from;
    QDate to;
    Recurrence recurrence = Recurrence::Once;

    bool isRecognised() const { return from.isValid() && to.isValid(); }
    // The dates by which each occurrence is due: one for a one-off activity, the last day of
    // each school month (September–May) for a monthly one, and so on. Continuous and as-needed
    // activities have none: they are due by the end of their period.
    QList<QDate> occurrences() const;
};

namespace DeadlineParser {
// Reads a deadline as Russian roadmaps write it; a month or a day without a year is placed
// within `year` (September–December in its first calendar year, January–August in the second).
Deadline parse(const QString &text, const AcademicYear &year);
QString recurrenceCode(Recurrence r);
Recurrence recurrenceFromCode(const QString &code);
}
