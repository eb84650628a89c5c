#include "cli/CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

TEST_CASE("pairs at work from the command line: list, plan from a template, meetings, closure")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    const auto pairs = [&](const QStringList &args) { return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("pairs")} + args); };
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("match"), QStringLiteral("approve")}).exitCode == 0);

    const Run list = pairs({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(rows.size() > 50);
    // The newest pair: approved just now, without a plan or meetings yet.
    const QJsonObject fresh = rows.last().toObject();
    CHECK(fresh.value(QStringLiteral("plan_items")).toInt() == 0);
    const QString id = QString::number(fresh.value(QStringLiteral("id")).toInt());

    const Run planned = pairs({QStringLiteral("plan"), id, QStringLiteral("--template"), QStringLiteral("career"),
                               QStringLiteral("--out"), dir.filePath(QStringLiteral("plan.pdf"))});
    CHECK(planned.exitCode == 0);
    CHECK(planned.out.contains(QStringLiteral("пунктов 7")));
    QFile pdf(dir.filePath(QStringLiteral("plan.pdf")));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(pairs({QStringLiteral("plan"), id, QStringLiteral("--template"), QStringLiteral("career")}).exitCode == 1); // no --replace
    CHECK(pairs({QStringLiteral("done"), id, QStringLiteral("9")}).exitCode == 2);
    CHECK(pairs({QStringLiteral("done"), id, QStringLiteral("1")}).exitCode == 0);

    CHECK(pairs({QStringLiteral("meetings"), id, QStringLiteral("--plan")}).out.contains(QStringLiteral("итоговая встреча")));
    CHECK(pairs({QStringLiteral("meet"), id, QStringLiteral("--date"), QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy")),
                 QStringLiteral("--kind"), QStringLiteral("intro"), QStringLiteral("--minutes"), QStringLiteral("40")}).exitCode == 0);
    const Run shown = pairs({QStringLiteral("show"), id});
    CHECK(shown.out.contains(QStringLiteral("План: выполнено 1 из 7")));
    CHECK(shown.out.contains(QStringLiteral("встреча-знакомство\tсостоялась")));

    const QString today = QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"));
    const Run noReason = pairs({QStringLiteral("close"), id, QStringLiteral("--date"), today, QStringLiteral("--early")});
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.contains(QStringLiteral("причину")));
    CHECK(pairs({QStringLiteral("close"), id, QStringLiteral("--date"), today, QStringLiteral("--early"), QStringLiteral("--reason"),
                 QStringLiteral("переезд")}).exitCode == 0);
    CHECK(pairs({QStringLiteral("show"), id}).out.contains(QStringLiteral("Причина завершения: переезд")));
    CHECK(pairs({QStringLiteral("show"), QStringLiteral("99999")}).exitCode == 1);
    CHECK(pairs({QStringLiteral("quiet-days"), QStringLiteral("0")}).exitCode == 1);
    const Run early = pairs({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("ended_early"), QStringLiteral("--json")});
    const QJsonArray ended = QJsonDocument::fromJson(early.out.toUtf8()).array();
    REQUIRE_FALSE(ended.isEmpty());
    for (const QJsonValue &v : ended)
        CHECK(v.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("ended_early"));
    CHECK(pairs({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("paused")}).exitCode == 2);
    const Run attention = cli({QStringLiteral("--db"), db, QStringLiteral("attention"), QStringLiteral("--json")});
    CHECK(attention.exitCode == 0);
    for (const QJsonValue &v : QJsonDocument::fromJson(attention.out.toUtf8()).array())
        CHECK_FALSE(v.toObject().value(QStringLiteral("attention")).toArray().isEmpty());
}
