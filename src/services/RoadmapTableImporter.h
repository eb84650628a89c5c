#pragma once
#include "domain/Result.h"
#include "domain/RoadmapItem.h"

#include <QList>
#include <QStringList>

// Which column of a roadmap table holds what; -1 when the table has no such column.
struct RoadmapColumns
{
    int headerRow = -1;
    int number = -1;
    int section = -1;
    int activity = -1;
    int deadline = -1;
    int owners = -1;
    int ownersAndDeadline = -1; // «Исполнитель (-и) / Сроки» (seed 004): «кураторы / не позднее 30.09.2021г.»
    int result = -1;
    int kpi = -1;
};

struct RoadmapImport
{
    QList<RoadmapItem> items;
    QStringList warnings; // what the curator should look at, by row number of the file
};

// Turns a roadmap table as real documents have it into activities: finds the header, takes
// rows that span the table (one cell, capitalised) as sections, glues continuation rows (a cell
// broken over lines, a cell moved one column left by the PDF extraction) to the activity above,
// and reads deadlines and KPI targets. Unreadable deadlines are kept and listed as warnings.
namespace RoadmapTableImporter {
RoadmapColumns detectColumns(const QList<QStringList> &rows);
Result<RoadmapImport> import(const QList<QStringList> &rows, const RoadmapColumns &columns, const AcademicYear &year);
// Finds the columns (trying a table broken one cell per line too) and imports.
Result<RoadmapImport> importTable(const QList<QStringList> &rows, const AcademicYear &year);
}
