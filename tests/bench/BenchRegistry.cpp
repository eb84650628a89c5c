// Registry of 100,000 people: time to open the table, and time per keystroke of the search.
// bench_registry [N]   (run with QT_QPA_PLATFORM=offscreen or under Xvfb)
#include "BenchData.h"
#include "services/HugePageHeap.h"
#include "gui/RegistryView.h"
#include "services/RegistryService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {
struct PaintCounter : QObject
{
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))];
}

// From the query to a painted table.
double openOnce(const DatabasePtr &db)
{
    QElapsedTimer timer;
    timer.start();
    RegistryView view(QStringLiteral("Участники"));
    view.resize(1280, 700);
    view.setTable(RegistryService(db).load(RegistryKind::People, 2024, QDate(2024, 11, 15)));
    view.show();
    view.repaint();
    QApplication::processEvents();
    return double(timer.nsecsElapsed()) / 1e6;
}
}

int main(int argc, char *argv[])
{
    HugePageHeap::reserve(); // as kurator does
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened || !fillPeople(*opened.value(), count))
        return 1;
    DatabasePtr db = opened.value();
    QTextStream out(stdout);

    QList<double> opens;
    for (int i = 0; i < 5; ++i)
        opens << openOnce(db);
    out << "registry_open_ms people=" << count << " median=" << median(opens) << '\n';

    RegistryView view(QStringLiteral("Участники"));
    view.resize(1280, 700);
    view.setTable(RegistryService(db).load(RegistryKind::People, 2024, QDate(2024, 11, 15)));
    view.show();
    QApplication::processEvents();
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    auto *table = view.findChild<QTableView *>();
    PaintCounter paints;
    table->viewport()->installEventFilter(&paints);
    search->setFocus();
    QList<double> keystrokes;
    int paintsPerKey = 0;
    for (const QString &word : {QStringLiteral("иванов"), QStringLiteral("семен"), QStringLiteral("петр ильич"),
                                QStringLiteral("7б"), QStringLiteral("соловьев"), QStringLiteral("+7912")}) {
        search->clear();
        QApplication::processEvents();
        for (const QChar c : word) {
            // A typed key as the application gets it, then the event loop until the table is drawn:
            // the filter, the view's layout and its paint (two paints when the scroll bar comes or goes).
            QElapsedTimer timer;
            timer.start();
            const int before = paints.count;
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(search, &press);
            for (int turn = 0; turn < 3 || paints.count == before; ++turn)
                QApplication::processEvents();
            keystrokes << double(timer.nsecsElapsed()) / 1e6;
            paintsPerKey = std::max(paintsPerKey, paints.count - before);
        }
    }
    out << "registry_keystroke_ms people=" << count << " keystrokes=" << keystrokes.size()
        << " median=" << median(keystrokes) << " p90=" << percentile(keystrokes, 0.9)
        << " max=" << *std::max_element(keystrokes.begin(), keystrokes.end())
        << " paints_per_key_max=" << paintsPerKey << '\n';
    return 0;
}
