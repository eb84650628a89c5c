#pragma once
#include "storage/Database.h"

#include <QDate>
#include <QList>

// The Excel reports the CLI's export and the Reports screen offer, by code, with whether a report's
// file holds personal data (and so says «(ПДн)» in its name and is warned about).
namespace ReportCatalogue {
using Writer = Status (*)(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path);

struct Report
{
    QString code; // mentees, mentors, kpi, roadmap
    Writer write = nullptr;
    bool personal = false;
};

const QList<Report> &all();
// Null for an unknown code.
const Report *find(const QString &code);
// Where the report goes when the user asked for `path`: a file with personal data is marked so.
QString targetPath(const Report &report, const QString &path);
}
