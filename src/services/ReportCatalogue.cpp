#include "services/ReportCatalogue.h"

#include "domain/BankColumns.h"
#include "services/AnalyticReport.h"
#include "services/DocumentPdf.h"
#include "services/ExcelReports.h"
#include "services/RegistryExport.h"

namespace ReportCatalogue {
namespace {
using R = const Request &;

Status bank(MemberRole role, const DatabasePtr &db, R r, const QString &path)
{
    RegistryExport::Options options;
    options.progress = r.progress;
    if (!r.templateText.isEmpty()) {
        const auto columns = BankColumns::parse(r.templateText, role);
        if (!columns)
            return Status::failure(columns.error());
        options.columns = *columns;
    }
    return RegistryExport::bank(db, role, r.startYear, r.reportDate, path, options);
}

Status analytic(const DatabasePtr &db, R r, const QString &path)
{
    if (!DocumentPdf::isPdf(path))
        return ExcelReports::analytic(db, r.startYear, r.reportDate, path, r.period);
    const AnalyticFigures figures = AnalyticService(db).compute(r.startYear, r.period, r.reportDate);
    return DocumentPdf::write(AnalyticReport::html(figures), AnalyticReport::title(), path);
}
}

const QList<Report> &all()
{
    static const QList<Report> reports{
        {QStringLiteral("mentees"), [](const DatabasePtr &db, R r, const QString &path) { return bank(MemberRole::Mentee, db, r, path); }, true, false, false},
        {QStringLiteral("mentors"), [](const DatabasePtr &db, R r, const QString &path) { return bank(MemberRole::Mentor, db, r, path); }, true, false, false},
        {QStringLiteral("stats"), [](const DatabasePtr &db, R r, const QString &path) {
             return ExcelReports::stats(db, r.startYear, r.reportDate, path, r.period, r.templateText); }, false, false, true},
        {QStringLiteral("kpi"), [](const DatabasePtr &db, R r, const QString &path) { return ExcelReports::kpi(db, r.startYear, r.reportDate, path); }, false, false, false},
        {QStringLiteral("roadmap"), [](const DatabasePtr &db, R r, const QString &path) { return ExcelReports::roadmap(db, r.startYear, r.reportDate, path); }, false, false, false},
        {QStringLiteral("analytic"), analytic, false, true, true}};
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
