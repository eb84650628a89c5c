#pragma once
#include "storage/Database.h"
#include "storage/SchoolRepository.h"

#include <QMap>
#include <QStringList>

// What the curator tells on the first run: the school, the year the work starts in, and its
// contingent (a code of KpiService::contingentCodes() to a headcount; a code left out is counted
// from the data).
struct SchoolSetup
{
    SchoolInfo school;
    int startYear = 0;
    QMap<QString, int> contingent;
};

namespace SchoolSetupService {

// The problems of a set-up, in Russian, one per line; empty when it can be applied.
QStringList validate(const SchoolSetup &setup);
// Names the school and sets the year's contingent in one transaction; refuses an invalid set-up.
Status apply(const DatabasePtr &db, const SchoolSetup &setup);

} // namespace SchoolSetupService
