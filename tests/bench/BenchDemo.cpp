// Time to create the demo school, 5 runs on fresh files: bench_demo
#include "services/DemoSchool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QList<qint64> times;
    for (int run = 0; run < 5; ++run) {
        auto db = Database::open(dir.filePath(QStringLiteral("demo%1.sqlite").arg(run)));
        if (!db)
            return 1;
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoSchool::create(*db.value());
        if (!summary) {
            QTextStream(stderr) << summary.error() << '\n';
            return 1;
        }
        times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    QTextStream(stdout) << "demo_school_ms median=" << times[2] << " min=" << times.first() << " max=" << times.last() << '\n';
    return 0;
}
