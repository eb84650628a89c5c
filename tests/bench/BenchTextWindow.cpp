// The least a main window with text costs: a QMainWindow with a menu, a status bar and one label.
// Beside the bare window it shows what the first text alone adds to a start (Qt's font database);
// run_benchmarks.sh prints both. bench_text_window
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("Файл"));
    window.statusBar()->showMessage(QStringLiteral("Готово"));
    window.setCentralWidget(new QLabel(QStringLiteral("Участники")));
    window.resize(1280, 760);
    window.show();
    QTimer::singleShot(0, &app, [] {
        QTextStream(stdout) << "shown_at_ms " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
        QApplication::quit();
    });
    return app.exec();
}
