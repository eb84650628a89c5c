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

TEST_CASE("programmes from the command line: a card added and edited, a pair attached, removal guarded")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    const auto programmes = [&](const QStringList &args) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("programmes")} + args);
    };
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    CHECK(programmes({QStringLiteral("add"), QStringLiteral("--audience"), QStringLiteral("педагоги")}).exitCode == 1); // no title
    const Run added = programmes({QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Учитель будущего"),
                                  QStringLiteral("--from"), QStringLiteral("01.09.2024"), QStringLiteral("--to"), QStringLiteral("31.05.2025")});
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.section(QStringLiteral("№"), 1).section(QLatin1Char('.'), 0, 0);
    CHECK(programmes({QStringLiteral("edit"), id, QStringLiteral("--results"), QStringLiteral("3 открытых урока")}).exitCode == 0);
    const Run shown = programmes({QStringLiteral("show"), id});
    CHECK(shown.out.contains(QStringLiteral("Период: 01.09.2024 – 31.05.2025")));
    CHECK(shown.out.contains(QStringLiteral("Фактические результаты: 3 открытых урока")));
    CHECK(programmes({QStringLiteral("attach"), QStringLiteral("1"), id}).exitCode == 0);
    CHECK(programmes({QStringLiteral("list")}).out.contains(QStringLiteral("пар и групп: 1")));
    CHECK(programmes({QStringLiteral("remove"), id}).exitCode == 1);
    CHECK(programmes({QStringLiteral("detach"), QStringLiteral("1")}).exitCode == 0);
    CHECK(programmes({QStringLiteral("remove"), id}).exitCode == 0);
    CHECK(programmes({QStringLiteral("show"), id}).exitCode == 1);
}
