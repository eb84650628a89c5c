#pragma once
#include "services/TableFile.h"

// Tables out of Office files, read straight from their zip archives (QuaZip) — no Office needed:
// every table of a .docx one after another (a merged cell repeats nothing, so columns stay in
// place), and the first sheet of an .xlsx.
namespace OfficeTables {
Result<TableData> readDocx(const QString &path);
Result<TableData> readXlsx(const QString &path);
}
