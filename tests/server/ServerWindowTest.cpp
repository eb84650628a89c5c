// The municipal mode in the GUI: the sign-in dialog, a curator's school in the main window with its
// upload and download, the coordinator's consolidated view.
#include "server/ServerSupport.h"
#include "support/TestSupport.h"

#include "gui/ConsolidatedDialog.h"
#include "gui/MainWindow.h"
#include "gui/RegistryView.h"
#include "gui/ServerDialog.h"
#include "services/DemoSchool.h"
#include "services/ReferenceData.h"
#include "storage/PersonRepository.h"
#include "storage/ServerAccounts.h"
#include "storage/ServerAddress.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {
// Answers the next message box with OK and returns what it said.
std::shared_ptr<QString> answerNextMessage()
{
    auto said = std::make_shared<QString>();
    QTimer::singleShot(0, [said] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *said = box->text() + QLatin1Char(' ') + box->informativeText();
            box->accept();
        }
    });
    return said;
}

void fill(ServerDialog &dialog, const ServerAddress &a, const QString &password)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(a.host);
    dialog.findChild<QSpinBox *>(QStringLiteral("portEdit"))->setValue(a.port);
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(a.database);
    dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(a.user);
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
}

int registryRows(MainWindow &window)
{
    window.waitForRegistries();
    return window.registryView(RegistryKind::People)->model()->rowCount();
}
}

TEST_CASE("the server dialog signs a curator in, says why it cannot, and never keeps the password", "[server][gui]")
{
    ServerDatabase server;
    const QString curator = server.role("curator");
    REQUIRE(ServerAccounts(server.admin->connection()).addSchool(QStringLiteral("Школа № 9"), curator, QStringLiteral("right")).ok());
    ServerAddress address = ServerAddress::parse(server.conninfo(curator, QString())).value();

    ServerDialog wrong;
    fill(wrong, address, QStringLiteral("wrong"));
    const auto said = answerNextMessage();
    wrong.accept();
    CHECK(wrong.database() == nullptr);
    CHECK(said->contains(QStringLiteral("Не удалось подключиться")));
    CHECK_FALSE(said->contains(QStringLiteral("wrong")));

    ServerDialog right;
    fill(right, address, QStringLiteral("right"));
    right.accept();
    REQUIRE(right.database() != nullptr);
    CHECK(right.database()->isServer());
    CHECK(right.result() == QDialog::Accepted);
    QSettings settings;
    CHECK(settings.value(QStringLiteral("server/user")).toString() == curator);
    for (const QString &key : settings.allKeys())
        CHECK_FALSE(settings.value(key).toString().contains(QStringLiteral("right")));
    // Next time only the password is asked for.
    ServerDialog again;
    CHECK(again.findChild<QLineEdit *>(QStringLiteral("userEdit"))->text() == curator);
}

TEST_CASE("a curator's school in the main window: its registry, the upload of a file and the download", "[server][gui]")
{
    ServerDatabase server;
    const QString curator = server.role("curator");
    REQUIRE(ServerAccounts(server.admin->connection()).addSchool(QStringLiteral("Школа № 9"), curator, QStringLiteral("p9")).ok());
    TempDatabase local;
    MainWindow window(local.db);
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("uploadAction"))->isEnabled());
    window.openServerSession(Database::openServer(server.conninfo(curator, QStringLiteral("p9")), Database::Options()).value());
    CHECK(window.findChild<QAction *>(QStringLiteral("uploadAction"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("backupAction"))->isEnabled());
    CHECK(registryRows(window) == 0);

    DemoCopy demo;
    const int people = int(PersonRepository(demo.db->connection()).list(PersonFilter()).size());
    demo.db.reset(); // the window opens the file itself
    const auto uploaded = answerNextMessage();
    window.uploadSchoolFile(demo.path());
    CHECK(uploaded->contains(QStringLiteral("Выгружено на сервер")));
    CHECK(registryRows(window) == people);
    // Again: nothing doubled.
    const auto again = answerNextMessage();
    window.uploadSchoolFile(demo.path());
    CHECK(again->contains(QStringLiteral("новых записей 0")));
    CHECK(registryRows(window) == people);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("school9.sqlite"));
    const auto downloaded = answerNextMessage();
    window.downloadSchool(path);
    CHECK(downloaded->contains(QStringLiteral("Школа загружена")));
    CHECK(QFile::exists(path));
}

TEST_CASE("the coordinator's sign-in opens the consolidated view of the schools", "[server][gui]")
{
    ServerDatabase server;
    REQUIRE(ReferenceData::installDefaults(*server.admin).ok());
    ServerAccounts accounts(server.admin->connection());
    const QString curator = server.role("curator"), coordinator = server.role("coordinator");
    REQUIRE(accounts.addSchool(QStringLiteral("Школа № 9"), curator, QStringLiteral("p9")).ok());
    REQUIRE(accounts.addSchool(QStringLiteral("Школа № 10"), server.role("other"), QStringLiteral("p10")).ok());
    REQUIRE(accounts.addCoordinator(coordinator, QStringLiteral("pc")).ok());
    {
        DatabasePtr school = Database::openServer(server.conninfo(curator, QStringLiteral("p9")), Database::Options()).value();
        DemoOptions options;
        options.pupils = 120;
        options.teachers = 12;
        REQUIRE(DemoSchool::create(*school, options).ok());
    }
    TempDatabase local;
    MainWindow window(local.db);
    window.openServerSession(Database::openServer(server.conninfo(coordinator, QStringLiteral("pc")), Database::Options()).value());
    auto *consolidated = window.findChild<ConsolidatedDialog *>(QStringLiteral("consolidatedDialog"));
    REQUIRE(consolidated != nullptr);
    const QStandardItemModel *model = consolidated->model();
    REQUIRE(model->columnCount() == 4); // the indicator, two schools, the total
    CHECK(model->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Школа № 9"));
    CHECK(model->rowCount() > 10);
    CHECK(model->item(0, 2)->text() == QStringLiteral("нет данных")); // the school without data
    CHECK(consolidated->roadmapModel()->rowCount() > 0); // the demo school's roadmap
    QTemporaryDir dir;
    CHECK(consolidated->exportTo(dir.filePath(QStringLiteral("svodka.xlsx"))).ok());
    CHECK_FALSE(consolidated->grab().isNull());
    // The main window stayed on its own store.
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("uploadAction"))->isEnabled());
}
