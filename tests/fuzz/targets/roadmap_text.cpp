// The texts of a roadmap row: a deadline as roadmaps write it, a KPI target, and a whole table of
// them (a line per row, cells split by tabs) through the roadmap import.
#include "FuzzInput.h"
#include "services/RoadmapTableImporter.h"

#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = FuzzInput::text(data, size);
    for (int startYear : {1900, 2024, 9998}) {
        const Deadline deadline = DeadlineParser::parse(text, AcademicYear(startYear));
        if (deadline.isRecognised() && deadline.from > deadline.to)
            __builtin_trap(); // a period that ends before it starts
        deadline.occurrences();
    }
    RoadmapCodes::parseKpi(text);
    QList<QStringList> rows;
    for (const QString &line : text.split(QLatin1Char('\n')))
        rows << line.split(QLatin1Char('\t'));
    RoadmapTableImporter::importTable(rows, AcademicYear(2024));
    return 0;
}
