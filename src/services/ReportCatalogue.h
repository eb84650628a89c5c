#pragma once
#include "domain/Kpi.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>

// The Excel reports the CLI's export and the Reports screen offer, by code, with whether a report's
// file holds personal data (and so says «(ПДн)» in its name and is warned about).
namespace ReportCatalogue {
// What a report is asked for.
struct Request
{
    int startYear = 0;
    QDate reportDate;
    std::optional<Kpi::Period> period; // of the statistics: the school year when none
    QByteArray statsTemplate;          // of the statistics: the saved template when empty
};
using Writer = Status (*)(const DatabasePtr &db, const Request &request, const QString &path);

struct Report
{
    QString code; // mentees, mentors, stats, kpi, roadmap
    Writer write = nullptr;
    bool personal = false;
};

const QList<Report> &all();
// Null for an unknown code.
const Report *find(const QString &code);
// Where the report goes when the user asked for `path`: a file with personal data is marked so.
QString targetPath(const Report &report, const QString &path);
}
