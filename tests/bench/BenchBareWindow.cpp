// A bare Qt Widgets program that shows one empty window and leaves: the start-up yardstick.
#include <QApplication>
#include <QTimer>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 760);
    window.show();
    QTimer::singleShot(0, &app, &QApplication::quit);
    return app.exec();
}
