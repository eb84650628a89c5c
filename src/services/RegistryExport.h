#pragma once
#include "storage/Database.h"

#include <QDate>

// The banks of mentees and mentors (База наставляемых / База наставников) in the default column
// sets of domain.md, as Excel workbooks; written row by row in constant memory.
namespace RegistryExport {
Status mentees(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path);
Status mentors(const DatabasePtr &db, int startYear, const QDate &reportDate, const QString &path);
// The banks hold personal data, minors' among them, and a file of them says so in its name:
// «наставляемые.xlsx» becomes «наставляемые (ПДн).xlsx»; a name that already says it is kept.
QString markedAsPersonal(const QString &path);
}
