// The .docx reader and what the roadmap import makes of the tables it reads.
#include "FuzzInput.h"
#include "services/RoadmapTableImporter.h"
#include "services/TableFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<TableData> table = TableFile::read(FuzzInput::file(data, size, QStringLiteral("docx")));
    if (table)
        RoadmapTableImporter::importTable(table->rows, AcademicYear(2024));
    return 0;
}
