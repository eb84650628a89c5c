// Catch2 runner with a Qt application object, which Qt's SQL plugins and widgets need.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef KURATOR_GUI_TEST
#include <QApplication>
using App = QApplication;
#else
#include <QCoreApplication>
using App = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    App app(argc, argv);
    App::setApplicationName(QStringLiteral("kurator-tests"));
    return Catch::Session().run(argc, argv);
}
