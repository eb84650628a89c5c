#include "cli/CliRun.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QSqlQuery>

TEST_CASE("backups from the command line: a copy, automatic copies kept to N, a restore checked first")
{
    DemoCopy demo;
    REQUIRE(QSqlQuery(demo.db->connection()).exec(QStringLiteral("UPDATE person SET last_name = 'Копируемая' WHERE id = 1")));
    demo.db.reset();
    const QStringList db{QStringLiteral("--db"), demo.path()};
    const QString copy = demo.filePath(QStringLiteral("copy.sqlite"));

    const Run saved = cli(db + QStringList{QStringLiteral("backup"), copy});
    REQUIRE(saved.exitCode == 0);
    CHECK(QFileInfo(copy).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(cli(db + QStringList{QStringLiteral("backup")}).exitCode == 2);

    REQUIRE(cli(db + QStringList{QStringLiteral("backups"), QStringLiteral("--keep"), QStringLiteral("2")}).exitCode == 0);
    for (int i = 0; i < 3; ++i)
        REQUIRE(cli(db + QStringList{QStringLiteral("backup"), QStringLiteral("--auto")}).exitCode == 0);
    const Run listed = cli(db + QStringList{QStringLiteral("backups")});
    CHECK(listed.out.contains(QStringLiteral("автоматических хранится: 2")));
    CHECK(listed.out.count(QStringLiteral("demo-auto-")) == 2);

    {
        const auto opened = Database::open(demo.path());
        REQUIRE(opened);
        REQUIRE(QSqlQuery(opened.value()->connection()).exec(QStringLiteral("UPDATE person SET last_name = 'Испорченная' WHERE id = 1")));
    }
    const QString bad = demo.filePath(QStringLiteral("bad.sqlite"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.close();
    const Run refused = cli(db + QStringList{QStringLiteral("restore"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("База не изменена")));

    const Run restored = cli(db + QStringList{QStringLiteral("restore"), copy});
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("before-restore")));
    const auto opened = Database::open(demo.path());
    REQUIRE(opened);
    QSqlQuery q(opened.value()->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT last_name FROM person WHERE id = 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Копируемая"));
}

TEST_CASE("while another program writes the store, the command line reads it and refuses to change it, naming the holder")
{
    DemoCopy demo;
    const QString path = demo.path();
    demo.db.reset();
    OtherHolder other(path);
    const QString pid = QString::number(other.pid());

    const Run list = cli({QStringLiteral("--db"), path, QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--year"),
                          QStringLiteral("2024")});
    CHECK(list.exitCode == 0);
    CHECK(list.err.contains(QStringLiteral("только для чтения")));
    CHECK(list.err.contains(pid));

    const Run add = cli({QStringLiteral("--db"), path, QStringLiteral("events"), QStringLiteral("add"), QStringLiteral("--topic"),
                         QStringLiteral("Встреча"), QStringLiteral("--planned"), QStringLiteral("12.11.2024"), QStringLiteral("--year"),
                         QStringLiteral("2024")});
    CHECK(add.exitCode == 1);
    CHECK(add.err.contains(QStringLiteral("только для чтения: для записи её держит")));

    other.kill();
    const Run after = cli({QStringLiteral("--db"), path, QStringLiteral("events"), QStringLiteral("list"), QStringLiteral("--year"),
                           QStringLiteral("2024")});
    CHECK(after.exitCode == 0);
    CHECK_FALSE(after.err.contains(QStringLiteral("только для чтения")));
}

TEST_CASE("people forget asks for --yes, forgets, and replaces the old backups on request")
{
    DemoCopy demo;
    const QString path = demo.path();
    const qint64 id = [&] {
        QSqlQuery q(demo.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM person WHERE category = 'teacher' ORDER BY id LIMIT 1")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }();
    demo.db.reset(); // the command line is the writer now
    REQUIRE(cli({QStringLiteral("--db"), path, QStringLiteral("backup"), QStringLiteral("--auto")}).exitCode == 0);

    const Run unconfirmed = cli({QStringLiteral("--db"), path, QStringLiteral("people"), QStringLiteral("forget"), QString::number(id)});
    CHECK(unconfirmed.exitCode == 1);
    CHECK(unconfirmed.err.contains(QStringLiteral("--yes")));

    const Run forgot = cli({QStringLiteral("--db"), path, QStringLiteral("people"), QStringLiteral("forget"), QString::number(id),
                            QStringLiteral("--yes"), QStringLiteral("--purge-backups")});
    INFO(forgot.err.toStdString());
    REQUIRE(forgot.exitCode == 0);
    CHECK(forgot.out.contains(QStringLiteral("Удалённый участник №%1").arg(id)));
    CHECK(forgot.out.contains(QStringLiteral("Прежних резервных копий удалено: 1")));
    const Run list = cli({QStringLiteral("--db"), path, QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array())
        if (v.toObject().value(QLatin1String("id")).toInteger() == id)
            CHECK(v.toObject().value(QLatin1String("last_name")).toString() == QStringLiteral("Удалённый участник"));

    const Run again = cli({QStringLiteral("--db"), path, QStringLiteral("people"), QStringLiteral("forget"), QString::number(id),
                           QStringLiteral("--yes")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("уже удалены")));
    CHECK(cli({QStringLiteral("--db"), path, QStringLiteral("people"), QStringLiteral("forget"), QStringLiteral("abc"), QStringLiteral("--yes")})
              .exitCode == 2);
}
