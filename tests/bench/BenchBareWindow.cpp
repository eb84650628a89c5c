// A bare Qt Widgets program that shows one empty window and leaves: the start-up yardstick.
#include <QApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 760);
    window.show();
    QTimer::singleShot(0, &app, [] {
        QTextStream(stdout) << "shown_at_ms " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
        QApplication::quit();
    });
    return app.exec();
}
