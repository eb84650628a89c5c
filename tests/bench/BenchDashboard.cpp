// The KPI dashboard over 10,000 participants and 5,000 pairs: from the request to a painted page.
// bench_dashboard [PEOPLE PAIRS]   (QT_QPA_PLATFORM=offscreen or Xvfb)
#include "BenchData.h"
#include "gui/DashboardView.h"
#include "services/ReferenceData.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int people = argc > 2 ? QString::fromLatin1(argv[1]).toInt() : 10000;
    const int pairs = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 5000;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("dashboard.sqlite"))).value();
    if (!ReferenceData::installDefaults(*db) || !fillPeople(*db, people) || !fillPairs(*db, people, pairs))
        return 1;
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        DashboardView view;
        view.resize(1060, 680);
        view.setData(DashboardService(db).load(2024, QDate(2025, 3, 1)));
        view.show();
        view.repaint();
        QApplication::processEvents();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    QTextStream(stdout) << "dashboard_open_ms people=" << people << " pairs=" << pairs
                        << " median=" << times[times.size() / 2] << " max=" << times.last() << '\n';
    return 0;
}
