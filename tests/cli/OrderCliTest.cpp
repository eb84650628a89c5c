#include "cli/CliRun.h"

#include <QFile>
#include <QTemporaryDir>

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

TEST_CASE("the order from the command line: draft, issue to PDF, print again, template checked")
{
    // The demo school of today: its pairs fixed by order 112-о, a proposal for the newcomers.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    const auto order = [&](const QStringList &args) { return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("order")} + args); };
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    CHECK(order({QStringLiteral("list")}).out.contains(QStringLiteral("№ 112-о от ")));
    const QStringList numbered{QStringLiteral("--number"), QStringLiteral("131-о"), QStringLiteral("--date"),
                               QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))};
    const Run none = order(QStringList{QStringLiteral("issue")} + numbered);
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("без приказа")));

    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("match"), QStringLiteral("approve")}).exitCode == 0);
    const QString draftHtml = dir.filePath(QStringLiteral("draft.html"));
    const Run draft = order({QStringLiteral("draft"), QStringLiteral("--head"), QStringLiteral("И. О. Директорова"),
                             QStringLiteral("--out"), draftHtml});
    CHECK(draft.exitCode == 0);
    CHECK(draft.out.contains(QStringLiteral("Проект приказа: пар и групп без приказа —")));
    CHECK(QString::fromUtf8(readAll(draftHtml)).contains(QStringLiteral("И. О. Директорова")));

    const QString pdf = dir.filePath(QStringLiteral("order.pdf"));
    const Run issued = order(QStringList{QStringLiteral("issue"), QStringLiteral("--out"), pdf} + numbered);
    INFO(issued.err.toStdString());
    CHECK(issued.exitCode == 0);
    CHECK(issued.out.contains(QStringLiteral("Издан приказ № 131-о")));
    CHECK(issued.err.isEmpty()); // no warnings from the offscreen platform either
    CHECK(readAll(pdf).startsWith("%PDF-"));
    CHECK(order(QStringList{QStringLiteral("issue")} + numbered).exitCode == 1);
    // Every pair has its order now: a draft would fix nobody, so no file is written.
    const QString empty = dir.filePath(QStringLiteral("empty.pdf"));
    const Run nothing = order({QStringLiteral("draft"), QStringLiteral("--out"), empty});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains(QStringLiteral("без приказа")));
    CHECK_FALSE(QFile::exists(empty));

    const QString again = dir.filePath(QStringLiteral("again.html"));
    CHECK(order({QStringLiteral("print"), QStringLiteral("131-О"), QStringLiteral("--out"), again}).exitCode == 0);
    CHECK(QString::fromUtf8(readAll(again)).contains(QStringLiteral("№ 131-о")));
    CHECK(order({QStringLiteral("print"), QStringLiteral("999"), QStringLiteral("--out"), again}).exitCode == 1);
    CHECK(order({QStringLiteral("print"), QStringLiteral("131-о"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.docx"))}).exitCode == 2);

    const QString bad = dir.filePath(QStringLiteral("bad.html"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("<p>{{#pairs}}{{mentr}}{{/pairs}}</p>");
    f.close();
    const Run refused = order({QStringLiteral("template"), QStringLiteral("--set"), bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("mentr")));
    CHECK(order({QStringLiteral("template")}).out.contains(QStringLiteral("{{#signers}}")));
}
