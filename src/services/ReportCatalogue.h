#pragma once
#include "domain/Kpi.h"
#include "domain/Progress.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>

// The reports the CLI's export and the Reports screen offer, by code, with whether a report's file
// holds personal data (and so says «(ПДн)» in its name and is warned about) and whether it is also
// written as a PDF document.
namespace ReportCatalogue {
// What a report is asked for.
struct Request
{
    int startYear = 0;
    QDate reportDate;
    std::optional<Kpi::Period> period; // of the statistics and the analytic report: the school year when none
    QByteArray templateText;           // the statistics' template, a bank's column set; the saved one when empty
    ProgressCallback progress;         // of the banks, row by row; the others are written in a moment
};
using Writer = Status (*)(const DatabasePtr &db, const Request &request, const QString &path);

struct Report
{
    QString code; // mentees, mentors, stats, kpi, roadmap, analytic
    Writer write = nullptr; // an .xlsx workbook, or a PDF for a path ending in .pdf when the report has one
    bool personal = false;
    bool pdf = false;
    bool periodic = false; // takes a period
};

const QList<Report> &all();
// Null for an unknown code.
const Report *find(const QString &code);
// Where the report goes when the user asked for `path`: a file with personal data is marked so.
QString targetPath(const Report &report, const QString &path);
}
