#include "cli/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

TEST_CASE("achievements from the command line: recorded, listed, refused when wrong, removed")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    const auto achievements = [&](const QStringList &args) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("achievements")} + args);
    };
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const Run people = cli({QStringLiteral("--db"), db, QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--json")});
    const QString id = QString::number(QJsonDocument::fromJson(people.out.toUtf8()).array().first().toObject().value(QStringLiteral("id")).toInt());

    const Run added = achievements({QStringLiteral("add"), id, QStringLiteral("--kind"), QStringLiteral("Диплом призёра"),
                                    QStringLiteral("--level"), QStringLiteral("региональный"), QStringLiteral("--date"),
                                    QStringLiteral("01.03.2024"), QStringLiteral("--title"), QStringLiteral("Олимпиада по химии")});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    const Run listed = achievements({QStringLiteral("list"), id});
    CHECK(listed.out.contains(QStringLiteral("01.03.2024\tдиплом\tрегиональный\tОлимпиада по химии")));
    CHECK(achievements({QStringLiteral("add"), id, QStringLiteral("--kind"), QStringLiteral("диплом")}).exitCode == 1); // no title
    CHECK(achievements({QStringLiteral("add"), id, QStringLiteral("--kind"), QStringLiteral("диплом"), QStringLiteral("--title"),
                        QStringLiteral("x"), QStringLiteral("--level"), QStringLiteral("галактический")}).exitCode == 2);
    CHECK(achievements({QStringLiteral("list"), QStringLiteral("999999")}).exitCode == 1);
    const QString achievementId = listed.out.section(QLatin1Char('\t'), 0, 0);
    CHECK(achievements({QStringLiteral("remove"), id, achievementId}).exitCode == 0);
    CHECK(achievements({QStringLiteral("list"), id}).out.isEmpty());
}
