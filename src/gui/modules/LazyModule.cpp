#include "gui/modules/LazyModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

QObject *LazyModule::instance(const char *name, QString *error)
{
    const QString path = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral(KURATOR_MODULES_DIR "/%1.so").arg(QLatin1String(name)));
    // Loaders of one file share its library and its object; the library stays loaded after the loader goes.
    QPluginLoader loader(path);
    QObject *module = loader.instance();
    if (!module) {
        *error = QCoreApplication::translate("LazyModule", "не загружается модуль %1: %2")
                     .arg(QDir::toNativeSeparators(path), loader.errorString());
        qWarning("kurator: %s", qUtf8Printable(loader.errorString())); // for a package's check, and a bug report
    }
    return module;
}
