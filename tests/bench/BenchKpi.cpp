// All KPIs of a school year over 10,000 participants and 5,000 pairs: bench_kpi [PEOPLE PAIRS]
#include "BenchData.h"
#include "services/KpiService.h"
#include "services/ReferenceData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int people = argc > 2 ? QString::fromLatin1(argv[1]).toInt() : 10000;
    const int pairs = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 5000;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("kpi.sqlite"))).value();
    if (!ReferenceData::installDefaults(*db) || !fillPeople(*db, people) || !fillPairs(*db, people, pairs))
        return 1;
    KpiService service(db);
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const QList<KpiRow> rows = service.compute(2024);
        times << double(t.nsecsElapsed()) / 1e6;
        if (rows.size() != Kpi::defaultCodes().size())
            return 1;
    }
    std::sort(times.begin(), times.end());
    QTextStream(stdout) << "kpi_year_ms people=" << people << " pairs=" << pairs << " median=" << times[times.size() / 2]
                        << " max=" << times.last() << '\n';
    return 0;
}
