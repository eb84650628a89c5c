#include "services/ReportCatalogue.h"

#include "services/ExcelReports.h"
#include "services/RegistryExport.h"

namespace ReportCatalogue {

const QList<Report> &all()
{
    using R = const Request &;
    static const QList<Report> reports{
        {QStringLiteral("mentees"), [](const DatabasePtr &db, R r, const QString &path) { return RegistryExport::mentees(db, r.startYear, r.reportDate, path); }, true},
        {QStringLiteral("mentors"), [](const DatabasePtr &db, R r, const QString &path) { return RegistryExport::mentors(db, r.startYear, r.reportDate, path); }, true},
        {QStringLiteral("stats"), [](const DatabasePtr &db, R r, const QString &path) {
             return ExcelReports::stats(db, r.startYear, r.reportDate, path, r.period, r.statsTemplate); }, false},
        {QStringLiteral("kpi"), [](const DatabasePtr &db, R r, const QString &path) { return ExcelReports::kpi(db, r.startYear, r.reportDate, path); }, false},
        {QStringLiteral("roadmap"), [](const DatabasePtr &db, R r, const QString &path) { return ExcelReports::roadmap(db, r.startYear, r.reportDate, path); }, false}};
    return reports;
}

const Report *find(const QString &code)
{
    for (const Report &r : all())
        if (r.code == code)
            return &r;
    return nullptr;
}

QString targetPath(const Report &report, const QString &path)
{
    return report.personal ? RegistryExport::markedAsPersonal(path) : path;
}

} // namespace ReportCatalogue
