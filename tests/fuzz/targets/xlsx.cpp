// The .xlsx reader, as the import reads it: the sheet list, the first sheet, a named sheet.
#include "FuzzInput.h"
#include "services/OfficeTables.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzInput::file(data, size, QStringLiteral("xlsx"));
    const Result<QStringList> sheets = OfficeTables::xlsxSheets(path);
    TableFile::read(path);
    if (sheets && !sheets->isEmpty())
        TableFile::read(path, sheets->last());
    return 0;
}
