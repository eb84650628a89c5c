// Exporting a 100,000-row bank of mentees (13 columns, with dates) to Excel:
//   bench_export make DB N     — a store with N people, each with a mentee profile of 2024–2025
//   bench_export export DB OUT [RUNS] — the export alone: prints its time and the process's peak memory
// run_benchmarks.sh runs both, then python3-xlsxwriter writing the rows of Kurator's workbook, in turns.
#include "BenchData.h"
#include "services/ReferenceData.h"
#include "services/RegistryExport.h"
#include "storage/AcademicYearRepository.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <sys/resource.h>

namespace {
int make(const QString &path, int count)
{
    auto db = Database::open(path).value();
    if (!ReferenceData::installDefaults(*db) || !fillPeople(*db, count) || !fillPairs(*db, count, count / 2))
        return 1;
    const qint64 year = AcademicYearRepository(db->connection()).ensure(AcademicYear(2024)).value();
    SqlQuery q(db->connection(), QStringLiteral(
        "INSERT INTO mentee_profile (person_id, academic_year_id, request, entered_on, status) SELECT id, :year, "
        "'адаптация в новом классе', '2024-09-' || printf('%02d', 1 + id % 28), 'active' FROM person"));
    q.bind(QStringLiteral(":year"), year);
    return q.exec() ? 0 : 1;
}

int exportBank(const QString &path, const QString &out, int runs)
{
    auto opened = Database::openReadOnly(path); // as the reports screen's worker does
    if (!opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return 1;
    }
    const DatabasePtr db = opened.value();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        if (!RegistryExport::bank(db, MemberRole::Mentee, 2024, QDate(2025, 3, 1), out))
            return 1;
        const qint64 ms = t.elapsed();
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        QTextStream(stdout) << "kurator_export_ms " << ms << " peak_rss_mb " << usage.ru_maxrss / 1024 << Qt::endl;
    }
    return 0;
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("make"))
        return make(args[2], args[3].toInt());
    if ((args.size() == 4 || args.size() == 5) && args[1] == QLatin1String("export"))
        return exportBank(args[2], args[3], args.size() == 5 ? std::max(1, args[4].toInt()) : 1);
    QTextStream(stderr) << "bench_export make DB N | bench_export export DB OUT.xlsx [RUNS]\n";
    return 2;
}
