#include "cli/CliRun.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
QString fixture(const char *name) { return QStringLiteral(KURATOR_TEST_DATA "/questionnaires/") + QString::fromUtf8(name); }

Run importFile(const QString &db, const char *file, const char *kind, QStringList extra = {})
{
    return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("questionnaires"), fixture(file),
                           QStringLiteral("--kind"), QString::fromLatin1(kind), QStringLiteral("--year"), QStringLiteral("2024")}
               + extra);
}
}

TEST_CASE("questionnaires imported from the command line: report, all-or-nothing, exit codes")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);

    // Bad rows: named with their problem, and nothing written without --skip-bad.
    const Run strict = importFile(db, "mentees_cp1251.csv", "mentee");
    CHECK(strict.exitCode == 1);
    CHECK(strict.out.contains(QStringLiteral("windows-1251, разделитель «;»")));
    CHECK(strict.out.contains(QStringLiteral("строка 5: дата рождения «31.02.2011» невозможна")));
    CHECK(strict.out.contains(QStringLiteral("строка 7: повторяет строку 2")));
    const Run people = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(people.out.toUtf8()).object().value(QStringLiteral("people")).toInt() == 0);

    // The file has bad rows: a dry run exits as the import would, 1 unless told to skip them.
    const Run dry = importFile(db, "mentees_cp1251.csv", "mentee", {QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 1);
    CHECK(dry.out.contains(QStringLiteral("ничего не записано")));
    const Run drySkipping = importFile(db, "mentees_cp1251.csv", "mentee", {QStringLiteral("--dry-run"), QStringLiteral("--skip-bad")});
    CHECK(drySkipping.exitCode == 0);

    const Run skipping = importFile(db, "mentees_cp1251.csv", "mentee", {QStringLiteral("--skip-bad")});
    INFO(skipping.err.toStdString());
    CHECK(skipping.exitCode == 0);
    CHECK(skipping.out.contains(QStringLiteral("новых участников 2, обновлено 0, пропущено строк 4")));
    // Again: the same people are updated, never duplicated.
    CHECK(importFile(db, "mentees_cp1251.csv", "mentee", {QStringLiteral("--skip-bad")})
              .out.contains(QStringLiteral("новых участников 0, обновлено 2")));

    CHECK(importFile(db, "picture.csv", "mentee").exitCode == 1);
    CHECK(importFile(db, "truncated.xlsx", "mentee").exitCode == 1);
    CHECK(importFile(db, "mentees.xlsx", "mentor", {QStringLiteral("--mapping"), fixture("no_such.json")}).exitCode == 1);
    CHECK(importFile(db, "mentees.xlsx", "wrong").exitCode == 2);
}

TEST_CASE("match from the command line: a proposal in JSON, then approval into pairs")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    REQUIRE(importFile(db, "mentees.xlsx", "mentee").exitCode == 0);
    REQUIRE(importFile(db, "mentors_utf8bom.csv", "mentor", {QStringLiteral("--skip-bad")}).exitCode == 0);
    {
        // Matching needs consents; the questionnaires do not carry them.
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("match-cli"));
        sql.setDatabaseName(db);
        REQUIRE(sql.open());
        REQUIRE(QSqlQuery(sql).exec(QStringLiteral("INSERT INTO consent (person_id, signed_on) SELECT id, '2024-09-02' FROM person")));
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("match-cli"));

    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("match"), QStringLiteral("--year"), QStringLiteral("2024")};
    const Run proposal = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("--start"), QStringLiteral("01.10.2024")});
    INFO(proposal.err.toStdString());
    REQUIRE(proposal.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(proposal.out.toUtf8()).object();
    CHECK(json.value(QStringLiteral("matched")).toInt() == 3); // capacities 3 + 2 for three mentees
    CHECK(json.value(QStringLiteral("unmatched_count")).toInt() == 0);
    CHECK(json.value(QStringLiteral("pairs")).toArray().first().toObject().contains(QStringLiteral("score")));

    const Run approve = cli(base + QStringList{QStringLiteral("approve"), QStringLiteral("--start"), QStringLiteral("01.10.2024")});
    CHECK(approve.exitCode == 0);
    CHECK(approve.out.contains(QStringLiteral("утверждён")));
    CHECK(cli(base + QStringList{QStringLiteral("approve")}).exitCode == 1); // once only
    CHECK(cli(base + QStringList{QStringLiteral("show")}).out.contains(QStringLiteral("Пар: 3")));
    CHECK(cli(base).exitCode == 1); // nobody left without a pair
}

TEST_CASE("a long import shows how far it got on a terminal, and nothing in a pipe")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QString csv = dir.filePath(QStringLiteral("big.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pupilsCsv(3000));
    file.close();
    const QStringList args{QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("questionnaires"), csv,
                           QStringLiteral("--kind"), QStringLiteral("mentee"), QStringLiteral("--year"), QStringLiteral("2024")};

    const Run piped = cli(args + QStringList{QStringLiteral("--dry-run")});
    REQUIRE(piped.exitCode == 0);
    CHECK_FALSE(piped.err.contains(QStringLiteral(" %")));

    // script(1) of util-linux gives the program a terminal and keeps what it wrote there.
    QString command = QStringLiteral("'%1'").arg(QStringLiteral(KURATOR_CLI));
    for (const QString &a : args)
        command += QStringLiteral(" '%1'").arg(a);
    const QString typescript = dir.filePath(QStringLiteral("typescript"));
    QProcess terminal;
    terminal.start(QStringLiteral("script"), {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"), command, typescript});
    REQUIRE(terminal.waitForFinished(60000));
    const QString scriptErrors = QString::fromUtf8(terminal.readAllStandardError());
    if (terminal.exitCode() != 0
        && (scriptErrors.contains(QStringLiteral("pseudo-terminal")) || scriptErrors.contains(QStringLiteral("PTY")))) {
        // A machine without pseudo-terminals (some containers): nothing to see there; said so.
        WARN("no terminal for script(1): " << scriptErrors.toStdString());
        return;
    }
    REQUIRE(terminal.exitCode() == 0);
    QFile shown(typescript);
    REQUIRE(shown.open(QIODevice::ReadOnly));
    const QString screen = QString::fromUtf8(shown.readAll());
    CHECK(screen.contains(QStringLiteral("Проверяю строки… ")));
    CHECK(screen.contains(QStringLiteral("Записываю анкеты… 100 %")));
    CHECK(screen.contains(QStringLiteral("\r\033[K"))); // the line cleared before the report
    CHECK(screen.contains(QStringLiteral("новых участников 3000")));
}
