#pragma once
#include "services/TableFile.h"

// Tables out of Office files, read straight from their zip archives — no Office needed. The
// archives are read with the system's minizip, the same library libxlsxwriter writes with
// (QuaZip exports its own modified minizip symbols and breaks libxlsxwriter in one process):
// every table of a .docx one after another (a merged cell repeats nothing, so columns stay in
// place), and a sheet of an .xlsx (the first unless named).
namespace OfficeTables {
Result<TableData> readDocx(const QString &path);
Result<TableData> readXlsx(const QString &path, const QString &sheet = {}, const ProgressCallback &progress = {});
// The names of an .xlsx's sheets, in the workbook's order.
Result<QStringList> xlsxSheets(const QString &path);
}
