// «Вид › Язык интерфейса»: the choice is kept in the settings and picks the translation at start-up.
#include "gui/MainWindow.h"
#include "gui/UiLanguage.h"
#include "services/KpiService.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QTranslator>
#include <catch2/catch.hpp>

TEST_CASE("the interface language is chosen in the View menu and applied from the next start", "[gui]")
{
    TempDatabase t;
    MainWindow window(t.db);
    QAction *english = window.findChild<QAction *>(QStringLiteral("language_en"));
    QAction *system = window.findChild<QAction *>(QStringLiteral("language_system"));
    REQUIRE(english != nullptr);
    REQUIRE(system != nullptr);
    REQUIRE(window.findChild<QAction *>(QStringLiteral("language_ru")) != nullptr);

    english->trigger();
    CHECK(UiLanguage::chosen() == QStringLiteral("en"));
    CHECK(english->isChecked());
    // What the next start does: the English translation, whatever the system's language.
    const QList<QTranslator *> installed = UiLanguage::install(*QCoreApplication::instance(), {QStringLiteral(KURATOR_QM_DIR)});
    CHECK_FALSE(installed.isEmpty());
    CHECK(QCoreApplication::translate("MainWindow", "&Руководство пользователя") == QStringLiteral("&User guide"));
    CHECK(shareText(12.5) == QStringLiteral("12.5 %")); // numbers follow the interface's language
    const auto removeAll = [](const QList<QTranslator *> &translators) {
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    };
    removeAll(installed);
    window.findChild<QAction *>(QStringLiteral("language_ru"))->trigger();
    removeAll(UiLanguage::install(*QCoreApplication::instance(), {QStringLiteral(KURATOR_QM_DIR)}));
    CHECK(shareText(12.5) == QStringLiteral("12,5 %"));
    QLocale::setDefault(QLocale::c()); // as the other tests expect
    CHECK(QCoreApplication::translate("MainWindow", "&Руководство пользователя") == QStringLiteral("&Руководство пользователя"));

    system->trigger();
    CHECK(UiLanguage::chosen().isEmpty());
    CHECK(UiLanguage::locale() == QLocale());
}
