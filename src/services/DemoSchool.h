#pragma once
#include "storage/Database.h"

#include <QDate>

// A made-up school for trying the program and for the benchmarks: pupils in classes 1–11 with
// their parents and consents, teachers, graduates, partner organisations, the banks of mentees
// and mentors, pairs and groups with plans, meetings and satisfaction questionnaires.
// Deterministic: the same seed and the same "today" give the same school.
struct DemoOptions
{
    quint32 seed = 2024;
    QDate today = QDate::currentDate();
    int pupils = 600;
    int teachers = 60;
};

struct DemoSummary
{
    int people = 0, pupils = 0, teachers = 0, parents = 0, graduates = 0, employers = 0, partners = 0,
        mentees = 0, mentors = 0, pairs = 0, groups = 0, plans = 0, meetings = 0, surveyResponses = 0,
        roadmapItems = 0;
};

namespace DemoSchool {
// Fills an empty store (no people yet) in one transaction: all of it or nothing.
Result<DemoSummary> create(Database &db, const DemoOptions &options = {});
}
