#pragma once
#include <QCoreApplication>
#include <QObject>
#include <QString>

// The parts of the window that need a big library of their own (QtCharts for the dashboard,
// QtPrintSupport for printing) are modules beside the program (lib/kurator next to bin/), loaded
// the first time they are needed: a start of the program does not load those libraries.
namespace LazyModule {
// The module's object (loaded once, kept loaded), or null with the reason in *error.
QObject *instance(const char *name, QString *error);

// The module as its interface (ChartModule, PrintModule).
template<class Interface>
Interface *get(const char *name, QString *error)
{
    QObject *module = instance(name, error);
    auto *typed = qobject_cast<Interface *>(module);
    if (module && !typed)
        *error = QCoreApplication::translate("LazyModule", "модуль %1 другой версии, чем программа").arg(QLatin1String(name));
    return typed;
}
} // namespace LazyModule
