#pragma once
#include "domain/BankColumns.h"
#include "domain/Progress.h"
#include "storage/Database.h"

#include <QDate>

// The banks of mentees and mentors (База наставляемых / База наставников) in the curator's column
// sets (the defaults of domain.md until changed), as Excel workbooks written row by row in
// constant memory.
namespace RegistryExport {
struct Options
{
    std::optional<QList<BankColumns::Column>> columns; // none: the set saved in the store
    ProgressCallback progress;                          // rows written of the bank's rows
};

// `bank`: MemberRole::Mentee for the bank of mentees. A cancelled export leaves no file.
Status bank(const DatabasePtr &db, MemberRole bank, int startYear, const QDate &reportDate, const QString &path,
            const Options &options = {});
// The banks hold personal data, minors' among them, and a file of them says so in its name:
// «наставляемые.xlsx» becomes «наставляемые (ПДн).xlsx»; a name that already says it is kept.
QString markedAsPersonal(const QString &path);
}
