// Kills kurator-cli with SIGKILL at random moments during a large import and during a series of
// edits. After each kill the store must open, pass PRAGMA integrity_check, and hold each operation
// whole or not at all. KURATOR_CRASH_KILLS sets the kills of each part (50 by default; the
// hand-run mode in docs/crash-safety.md uses 1000), KURATOR_CRASH_SEED the random moments.
#include "domain/AcademicYear.h"
#include "services/EventService.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <catch2/catch.hpp>

#include <csignal>

namespace {
int kills()
{
    const int n = qEnvironmentVariableIntValue("KURATOR_CRASH_KILLS");
    return n > 0 ? n : 50;
}

quint32 seed()
{
    const int n = qEnvironmentVariableIntValue("KURATOR_CRASH_SEED");
    return n > 0 ? quint32(n) : 20261123u;
}

// Runs the CLI and kills it after `killAfterMs` (or lets it finish when negative). True when killed.
bool runAndMaybeKill(const QStringList &args, int killAfterMs)
{
    QProcess p;
    p.start(QStringLiteral(KURATOR_CLI), args);
    REQUIRE(p.waitForStarted());
    if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs) && p.state() != QProcess::NotRunning) {
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        return true;
    }
    if (p.state() != QProcess::NotRunning)
        REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return false;
}

qint64 measure(const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    runAndMaybeKill(args, -1);
    return t.elapsed();
}

// Opens the store as the app would after a crash and checks it is sound.
DatabasePtr reopenChecked(const QString &path)
{
    auto opened = Database::open(path);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    QSqlQuery q(opened.value()->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    REQUIRE(q.value(0).toString() == QStringLiteral("ok"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    REQUIRE_FALSE(q.next());
    return opened.value();
}

qint64 count(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void writeQuestionnaires(const QString &path, int rows)
{
    static const char *last[] = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Новиков"};
    static const char *first[] = {"Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья"};
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QTextStream out(&file);
    out << "ФИО;Дата рождения;Класс;Ключевой запрос;Интересы\n";
    for (int i = 0; i < rows; ++i) {
        const int grade = 5 + i % 7;
        out << QString::fromUtf8(last[i % 8]) << i << ' ' << QString::fromUtf8(first[(i / 8) % 8]) << " Петрович;"
            << QStringLiteral("%1.%2.%3;").arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(1 + i % 12, 2, 10, QLatin1Char('0')).arg(2017 - grade)
            << grade << "А;подготовка к олимпиаде по физике;шахматы, театр\n";
    }
}
}

TEST_CASE("a large import killed at random moments is in the store whole or not at all", "[crash]")
{
    constexpr int rows = 20000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("mentees.csv"));
    writeQuestionnaires(csv, rows);
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    runAndMaybeKill({QStringLiteral("--db"), base, QStringLiteral("init")}, -1);
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    const QStringList import{QStringLiteral("--db"), store, QStringLiteral("import"), QStringLiteral("questionnaires"), csv,
                             QStringLiteral("--kind"), QStringLiteral("mentee"), QStringLiteral("--year"), QStringLiteral("2024")};
    const auto freshStore = [&] {
        QFile::remove(store);
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
        REQUIRE(QFile::copy(base, store));
    };
    freshStore();
    const qint64 fullMs = measure(import);

    QRandomGenerator random(seed());
    int killedMidway = 0;
    for (int i = 0; i < kills(); ++i) {
        freshStore();
        const int after = int(random.bounded(fullMs + 1));
        INFO("kill " << i << " after " << after << " ms of " << fullMs);
        runAndMaybeKill(import, after);
        const DatabasePtr db = reopenChecked(store);
        const qint64 people = count(db, QStringLiteral("SELECT count(*) FROM person"));
        const qint64 bank = count(db, QStringLiteral("SELECT count(*) FROM mentee_profile"));
        CHECK((people == 0 || people == rows));
        CHECK(bank == people);
        killedMidway += people == 0 ? 1 : 0;
    }
    CHECK(killedMidway > 0); // the kills did land inside the import, not only after it
}

TEST_CASE("a series of edits killed at random moments leaves each edit whole or not at all", "[crash]")
{
    DemoCopy demo;
    const QList<EventInvitee> invitees = EventService(*demo.db).invitees(2024);
    REQUIRE(invitees.size() >= 12);
    const QString store = demo.path();
    demo.db.reset();
    const QStringList db{QStringLiteral("--db"), store, QStringLiteral("events")};
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2024")};
    runAndMaybeKill(db + QStringList{QStringLiteral("add"), QStringLiteral("--topic"), QStringLiteral("Слёт наставников"),
                                     QStringLiteral("--planned"), QStringLiteral("01.11.2024")} + year, -1);
    const qint64 eventId = count(reopenChecked(store), QStringLiteral("SELECT max(id) FROM meeting WHERE pair_id IS NULL"));

    // Edit i marks the event held on its own day, with its own note and its own set of who came.
    struct State { QString held; QString outcome; QSet<qint64> present; };
    const auto editOf = [&](int i) {
        State s{QDate(2024, 10, 1 + i % 28).toString(Qt::ISODate), QStringLiteral("попытка %1").arg(i), {}};
        for (int k = 0; k < invitees.size(); ++k)
            if ((k + i) % 3 == 0)
                s.present.insert(invitees.at(k).personId);
        return s;
    };
    const auto argsOf = [&](int i, const State &s) {
        QStringList ids;
        for (qint64 id : s.present)
            ids << QString::number(id);
        return db + QStringList{QStringLiteral("held"), QString::number(eventId), QStringLiteral("--held"),
                                QDate::fromString(s.held, Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy")),
                                QStringLiteral("--outcome"), s.outcome, QStringLiteral("--present"), ids.join(QLatin1Char(','))}
               + year;
        Q_UNUSED(i);
    };
    const auto stateNow = [&] {
        const DatabasePtr opened = reopenChecked(store);
        QSqlQuery q(opened->connection());
        State s;
        REQUIRE(q.exec(QStringLiteral("SELECT held_on, outcome FROM meeting WHERE id = %1").arg(eventId)));
        REQUIRE(q.next());
        s.held = q.value(0).toString();
        s.outcome = q.value(1).toString();
        REQUIRE(q.exec(QStringLiteral("SELECT person_id FROM meeting_attendance WHERE meeting_id = %1 AND present = 1").arg(eventId)));
        while (q.next())
            s.present.insert(q.value(0).toLongLong());
        return s;
    };

    State before = editOf(0);
    const qint64 fullMs = measure(argsOf(0, before));
    REQUIRE(stateNow().outcome == before.outcome);
    QRandomGenerator random(seed() + 1);
    int applied = 0;
    for (int i = 1; i <= kills(); ++i) {
        const State edit = editOf(i);
        const int after = int(random.bounded(fullMs + 1));
        INFO("kill " << i << " after " << after << " ms of " << fullMs);
        runAndMaybeKill(argsOf(i, edit), after);
        const State now = stateNow();
        const State &expected = now.outcome == edit.outcome ? edit : before;
        CHECK(now.outcome == expected.outcome);
        CHECK(now.held == expected.held);
        CHECK(now.present == expected.present);
        if (now.outcome == edit.outcome) {
            before = edit;
            ++applied;
        }
    }
    CHECK(applied < kills()); // some kills landed before the edit was saved
}
