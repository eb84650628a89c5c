#pragma once
#include "domain/Kpi.h"
#include "storage/Database.h"

struct Consolidated;

#include <QDate>

// The reports a curator hands to the head, the municipality and the regional centre, as Excel
// workbooks. Each writes the whole file or reports why it could not.
namespace ExcelReports {
// Statistics of participants from a template (the saved one when empty) for a period (the school
// year when none): sections, counts, and shares with their numerators and denominators.
Status stats(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path,
             std::optional<Kpi::Period> period = std::nullopt, const QByteArray &templateJson = {});
// KPIs of the year against its targets, with a native chart, and their values over the years.
Status kpi(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path);
// The analytic report of a period (the school year when none): the summary, the KPIs, the pairs by
// form, the meetings by month and the mentees without a mentor, a sheet each.
Status analytic(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path,
                std::optional<Kpi::Period> period = std::nullopt);
// The coordinator's consolidated figures: the total, the schools side by side, a sheet per school.
Status consolidated(const Consolidated &c, const QDate &reportDate, const QString &path);
// The roadmap by section with overdue activities highlighted, and summaries by section and owner.
Status roadmap(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path);
}
