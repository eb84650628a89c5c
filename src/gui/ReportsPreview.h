#pragma once
#include "domain/Kpi.h"
#include "storage/Database.h"

class QStandardItemModel;

// What a report will hold, shown before it is saved: the figures of the report itself, computed by
// the same services that write it.
namespace ReportsPreview {
struct Parameters
{
    QString code; // of ReportCatalogue
    int startYear = 0;
    QDate reportDate;
    std::optional<Kpi::Period> period;
};
void fill(QStandardItemModel *model, const DatabasePtr &db, const Parameters &p);
}
