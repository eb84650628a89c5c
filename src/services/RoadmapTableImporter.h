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

// A column's role as the mapping screen and `roadmap import --columns` name it.
struct RoadmapColumnRole
{
    const char *code;             // activity, deadline…: the CLI's word
    int RoadmapColumns::*column;
    const char *label;            // Russian, translated in the "RoadmapColumns" context
};

// A roadmap table ready for the mapping: its rows (a table broken one cell per line put back into
// rows) and the columns its headers name (activity -1 when none was recognised).
struct RoadmapTable
{
    QList<QStringList> rows;
    RoadmapColumns columns;
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
// Finds the columns, trying a table broken one cell per line too.
RoadmapTable prepare(const QList<QStringList> &rows);
const QList<RoadmapColumnRole> &roles();
// «header=1,activity=2,deadline=3» with the file's numbering from 1 (header=0: no header row);
// the roles left out have no column.
QString columnsText(const RoadmapColumns &columns);
Result<RoadmapColumns> parseColumns(const QString &text);
Result<RoadmapImport> import(const QList<QStringList> &rows, const RoadmapColumns &columns, const AcademicYear &year);
// prepare() and import() in one.
Result<RoadmapImport> importTable(const QList<QStringList> &rows, const AcademicYear &year);
}
