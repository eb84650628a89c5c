// kurator: the desktop application. Opens (or creates) the store and shows the main window.
#include "gui/ConsolidatedDialog.h"
#include "gui/FirstExposure.h"
#include "gui/FontconfigWarmUp.h"
#include "gui/MainWindow.h"
#include "gui/RecentStores.h"
#include "gui/StoreOpening.h"
#include "gui/UiLanguage.h"
#include "gui/WelcomeDialog.h"
#include "services/HugePageHeap.h"
#include "services/ReferenceData.h"
#include "storage/ServerAccounts.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QMessageBox>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

// Russian is the source language; the translations come from the installed ones first
// (share/kurator/translations beside bin/, where an updated .qm may be dropped), else from the ones
// built in.
static void installTranslations(QApplication &app)
{
    const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(KURATOR_TRANSLATIONS_DIR));
    UiLanguage::install(app, {installed, QStringLiteral(":/translations")});
}

// The school a plain `kurator` opens: the default file, else the latest school file opened (the
// demo aside); none on the first run.
static QString ownSchoolPath()
{
    if (QFileInfo::exists(Database::defaultPath()))
        return Database::defaultPath();
    for (const QString &path : RecentStores::list())
        if (QFileInfo(path) != QFileInfo(demoStorePath()))
            return path;
    return {};
}

int main(int argc, char *argv[])
{
    HugePageHeap::reserve(); // registries of many thousands of people, imports of big files
    FontconfigWarmUp fonts; // meanwhile the application connects to the display
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kurator"));
    QApplication::setOrganizationName(QStringLiteral("kurator"));
    QApplication::setApplicationDisplayName(QObject::tr("Куратор наставничества"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Куратор наставничества"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("Файл базы."), QStringLiteral("ФАЙЛ"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QObject::tr("Открыть демонстрационную школу."));
    // For the start-up benchmark: leave as soon as the window is on screen.
    const QCommandLineOption quitOption(QStringLiteral("quit-after-show"), QObject::tr("Закрыться сразу после показа окна."));
    // For docs/ and the README: render the window to a PNG and leave.
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QObject::tr("Сохранить снимок окна и закрыться."),
                                              QStringLiteral("PNG"));
    // With --screenshot: open a dialog first (the objectName of its action), and picture the dialog.
    const QCommandLineOption actionOption(QStringLiteral("action"), QObject::tr("Выполнить действие окна перед снимком."),
                                          QStringLiteral("ИМЯ"));
    // The municipal server instead of a file (a libpq connection string; the password from PGPASSWORD
    // or ~/.pgpass): the window's «Подключиться к серверу…» without the dialog.
    const QCommandLineOption serverOption(QStringLiteral("pg"), QObject::tr("Муниципальный сервер PostgreSQL."),
                                          QStringLiteral("СТРОКА"));
    // The first run's screen, also when the school's file exists (and for its screenshot).
    const QCommandLineOption welcomeOption(QStringLiteral("welcome"), QObject::tr("Показать начальный экран."));
    parser.addOptions({dbOption, demoOption, quitOption, screenshotOption, actionOption, serverOption, welcomeOption});
    // What a file manager passes (the .desktop file's %f): a school file opens, a table starts its
    // import, as if dropped on the window.
    parser.addPositionalArgument(QStringLiteral("file"), QObject::tr("База школы, которую открыть, или таблица для импорта."),
                                 QObject::tr("[ФАЙЛ]"));
    parser.process(app);
    const DroppedFile named = parser.positionalArguments().isEmpty() ? DroppedFile()
                                                                      : DroppedFile::ofPath(parser.positionalArguments().first());
    const QString namedStore = named.kind == DroppedFile::Kind::Store ? named.path : QString();

    // Without a store named, the user's own school: the default file, or the school file opened last
    // (one made elsewhere on the welcome screen); on the first run, with neither, the welcome screen
    // asks which school to open or create.
    const bool storeNamed = parser.isSet(dbOption) || parser.isSet(demoOption) || parser.isSet(serverOption) ||
                            !namedStore.isEmpty();
    const QString ownSchool = storeNamed ? QString() : ownSchoolPath();
    int startYear = 0;
    Result<DatabasePtr> opened = Result<DatabasePtr>::failure(QString());
    if (!storeNamed && (parser.isSet(welcomeOption) || ownSchool.isEmpty())) {
        fonts.wait();
        WelcomeDialog welcome;
        if (parser.isSet(screenshotOption))
            QTimer::singleShot(300, &welcome, [&] {
                welcome.grab().save(parser.value(screenshotOption));
                welcome.reject();
            });
        if (welcome.exec() != QDialog::Accepted)
            return 0;
        opened = welcome.database();
        startYear = welcome.startYear();
    } else if (parser.isSet(serverOption)) {
        Database::Options serverOptions;
        serverOptions.createIfMissing = false;
        opened = Database::openServer(parser.value(serverOption), serverOptions);
    } else if (parser.isSet(demoOption)) {
        opened = openDemoStore(nullptr);
    } else if (!namedStore.isEmpty()) {
        Database::Options existing; // a file manager's stale path is not a reason to make a new school
        existing.createIfMissing = false;
        opened = openStore(namedStore, existing, nullptr);
    } else {
        opened = openStore(parser.isSet(dbOption) ? parser.value(dbOption) : ownSchool, Database::Options(), nullptr);
    }
    // The school's file is opened while fontconfig loads; a question about it (a file another program
    // holds) reads fonts alongside, which fontconfig allows, and only repeats a little of its work.
    fonts.wait(); // before the first window, whichever it is
    // The coordinator's sign-in opens the consolidated view of the schools, which is all it may see.
    if (opened && opened.value()->isServer() && ServerAccounts(opened.value()->connection()).isCoordinator()) {
        ConsolidatedDialog consolidated(opened.value());
        consolidated.show();
        if (parser.isSet(screenshotOption))
            QTimer::singleShot(300, &app, [&] {
                consolidated.grab().save(parser.value(screenshotOption));
                QApplication::quit();
            });
        else
            QObject::connect(&consolidated, &QDialog::finished, &app, &QApplication::quit);
        return app.exec();
    }
    if (!opened && opened.error().isEmpty())
        return 0; // the store is held by another program and the user chose not to open it read-only
    const bool writable = opened && !opened.value()->isReadOnly();
    Status ready = !opened ? Status::failure(opened.error())
                   : writable ? ReferenceData::installDefaults(*opened.value()) : Status();
    if (!ready) {
        QMessageBox::critical(nullptr, QObject::tr("Куратор"), ready.error());
        return 1;
    }

    MainWindow window(opened.value());
    if (startYear > 0)
        window.setCurrentYear(startYear);
    window.show();
    // The start-up benchmark reads these wall-clock moments: the window on the screen, then its
    // registry filled.
    if (parser.isSet(quitOption))
        new FirstExposure(window.windowHandle(), [&] {
            QTextStream out(stdout);
            out << "shown_at_ms " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
            window.waitForRegistries();
            out << "filled_at_ms " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
            QApplication::quit();
        });
    if (named.kind == DroppedFile::Kind::Table)
        QTimer::singleShot(100, &app, [&] { window.openFile(named); }); // a dialog's own loop, as --action
    if (parser.isSet(screenshotOption) && parser.isSet(actionOption))
        QTimer::singleShot(100, &app, [&] {
            // A dialog's own event loop; the snapshot below runs inside it.
            if (auto *action = window.findChild<QAction *>(parser.value(actionOption)))
                action->trigger();
            else if (auto *button = window.findChild<QAbstractButton *>(parser.value(actionOption)))
                button->click(); // a page's own button, such as the dashboard's «Цели и контингент…»
        });
    if (parser.isSet(screenshotOption))
        QTimer::singleShot(700, &app, [&] {
            window.waitForRegistries();
            QWidget *dialog = QApplication::activeModalWidget();
            (dialog ? dialog : static_cast<QWidget *>(&window))->grab().save(parser.value(screenshotOption));
            QApplication::quit();
        });
    return app.exec();
}
