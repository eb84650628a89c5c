// Catch2 runner with a Qt application object, which Qt's SQL plugins and widgets need.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef KURATOR_GUI_TEST
#include <QApplication>
using App = QApplication;
#else
// Documents (PDF) are laid out with fonts, which need a QGuiApplication.
#include <QGuiApplication>
using App = QGuiApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) // tests never need a display
        qputenv("QT_QPA_PLATFORM", "offscreen");
    App app(argc, argv);
    App::setApplicationName(QStringLiteral("kurator-tests"));
    return Catch::Session().run(argc, argv);
}
