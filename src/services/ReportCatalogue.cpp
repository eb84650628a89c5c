#include "services/ReportCatalogue.h"

#include "services/ExcelReports.h"
#include "services/RegistryExport.h"

namespace ReportCatalogue {

const QList<Report> &all()
{
    static const QList<Report> reports{{QStringLiteral("mentees"), &RegistryExport::mentees, true},
                                       {QStringLiteral("mentors"), &RegistryExport::mentors, true},
                                       {QStringLiteral("kpi"), &ExcelReports::kpi, false},
                                       {QStringLiteral("roadmap"), &ExcelReports::roadmap, false}};
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
