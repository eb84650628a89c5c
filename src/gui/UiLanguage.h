#pragma once
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

// The language of the interface: the system's (the default), or one the curator chose in «Вид › Язык
// интерфейса», kept in the settings and applied at the next start (a running window keeps its texts).
namespace UiLanguage {

// "ru", "en", or empty for the system's.
QString chosen();
void choose(const QString &code);
// The locale the translations are looked up for.
QLocale locale();
// Installs Kurator's translation (the first of `dirs` that has it; Russian has one too, for its plural
// forms) and Qt's own for that locale. Returns the translators installed, owned by the application.
QList<QTranslator *> install(QCoreApplication &app, const QStringList &dirs);

} // namespace UiLanguage
