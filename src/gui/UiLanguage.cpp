#include "gui/UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace UiLanguage {
namespace {
const QString kKey = QStringLiteral("ui/language");
}

QString chosen()
{
    const QString code = QSettings().value(kKey).toString();
    return code == QLatin1String("ru") || code == QLatin1String("en") ? code : QString();
}

void choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, code);
}

QLocale locale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale() : QLocale(code);
}

QList<QTranslator *> install(QCoreApplication &app, const QStringList &dirs)
{
    const QLocale wanted = locale();
    QList<QTranslator *> installed;
    auto *own = new QTranslator(&app);
    for (const QString &dir : dirs)
        if (own->load(wanted, QStringLiteral("kurator"), QStringLiteral("_"), dir)) {
            app.installTranslator(own);
            installed << own;
            break;
        }
    auto *qt = new QTranslator(&app);
    if (qt->load(wanted, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
        installed << qt;
    }
    for (QTranslator *t : {own, qt})
        if (!installed.contains(t))
            delete t;
    // Numbers and dates shown by QLocale() follow the interface: the translation's language, else
    // Russian, the language of the sources («12,5 %», not «12.5 %» beside Russian text).
    QLocale::setDefault(installed.contains(own) ? wanted : QLocale(QLocale::Russian, QLocale::Russia));
    return installed;
}

} // namespace UiLanguage
