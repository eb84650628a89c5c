// A bare Qt Widgets program that shows one empty window and leaves: the start-up yardstick.
// With --text, the least a main window with text costs instead (a QMainWindow with a menu, a status
// bar and one label): what the first text alone adds to a start, Qt's font database.
#include "gui/FirstExposure.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextStream>
#include <QWidget>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    std::unique_ptr<QWidget> window;
    if (QCoreApplication::arguments().contains(QStringLiteral("--text"))) {
        auto *main = new QMainWindow;
        main->menuBar()->addMenu(QStringLiteral("Файл"));
        main->statusBar()->showMessage(QStringLiteral("Готово"));
        main->setCentralWidget(new QLabel(QStringLiteral("Участники")));
        window.reset(main);
    } else {
        window = std::make_unique<QWidget>();
    }
    window->resize(1280, 760);
    window->show();
    new FirstExposure(window->windowHandle(), [] { // as kurator --quit-after-show reports it
        QTextStream(stdout) << "shown_at_ms " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
        QApplication::quit();
    });
    return app.exec();
}
