// Access enforced by the server: real roles, real sign-ins, and the SQL a curator could type by hand.
#include "server/ServerSupport.h"
#include "support/TestSupport.h"

#include "storage/PersonRepository.h"
#include "storage/ServerAccounts.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {
qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The statement fails, and the server says why in these words.
void refused(const QSqlDatabase &db, const QString &sql, const char *why)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE_FALSE(q.exec(sql));
    CHECK(q.lastError().databaseText().contains(QLatin1String(why)));
}

struct TwoSchools
{
    ServerDatabase server;
    QString curatorA = server.role("curator_a"), curatorB = server.role("curator_b"), coordinator = server.role("coordinator");
    qint64 schoolA = 0, schoolB = 0;

    TwoSchools()
    {
        ServerAccounts accounts(server.admin->connection());
        schoolA = accounts.addSchool(QStringLiteral("Школа № 1"), curatorA, QStringLiteral("secret-a")).value();
        schoolB = accounts.addSchool(QStringLiteral("Школа № 2"), curatorB, QStringLiteral("secret-b")).value();
        REQUIRE(accounts.addCoordinator(coordinator, QStringLiteral("secret-c")).ok());
    }
    DatabasePtr signIn(const QString &user, const char *password) const
    {
        auto opened = Database::openServer(server.conninfo(user, QString::fromLatin1(password)), Database::Options());
        if (!opened)
            FAIL(opened.error().toStdString());
        return opened.value();
    }
};
}

TEST_CASE("schools and sign-ins are added by the administrator, checked and listed", "[server]")
{
    TwoSchools t;
    ServerAccounts accounts(t.server.admin->connection());
    const auto schools = accounts.schools();
    REQUIRE(schools.size() == 2);
    CHECK(schools[0].name == QStringLiteral("Школа № 1"));
    CHECK(schools[0].curators == QStringList{t.curatorA});
    CHECK_FALSE(accounts.addSchool(QStringLiteral("школа № 1"), t.server.role("other"), QStringLiteral("x")).ok());
    CHECK_FALSE(accounts.addSchool(QStringLiteral("Школа № 3"), QStringLiteral("Robert'); DROP TABLE person; --"),
                                   QStringLiteral("x")).ok());
    CHECK_FALSE(accounts.addSchool(QStringLiteral("Школа № 3"), t.server.role("nopassword"), QString()).ok());
    CHECK_FALSE(accounts.addCurator(999, t.server.role("lost"), QStringLiteral("x")).ok());
    // A password with quotes reaches the server whole: the curator signs in with it.
    const QString tricky = QStringLiteral("it's \"quoted\"; --");
    REQUIRE(accounts.addCurator(t.schoolB, t.server.role("second_b"), tricky).ok());
    CHECK(Database::openServer(t.server.conninfo(t.server.role("second_b"), tricky), Database::Options()).ok());
}

TEST_CASE("a curator sees and changes only their school, even with hand-written SQL", "[server]")
{
    TwoSchools t;
    {
        DatabasePtr a = t.signIn(t.curatorA, "secret-a");
        addTestPerson(a, PersonCategory::Pupil, QDate(2012, 3, 1), "Антонов");
        addTestPerson(a, PersonCategory::Teacher, QDate(1980, 3, 1), "Борисова");
        DatabasePtr b = t.signIn(t.curatorB, "secret-b");
        addTestPerson(b, PersonCategory::Pupil, QDate(2011, 5, 2), "Васильев");
        // The app's own reading: each curator's registry holds their school's people.
        CHECK(PersonRepository(a->connection()).list(PersonFilter()).size() == 2);
        CHECK(PersonRepository(b->connection()).list(PersonFilter()).size() == 1);
    }
    CHECK(scalar(t.server.admin->connection(), QStringLiteral("SELECT count(*) FROM person WHERE org_id = %1").arg(t.schoolA)) == 2);

    QSqlDatabase b = t.server.rawConnection(t.curatorB, QStringLiteral("secret-b"));
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM person")) == 1);
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM person WHERE org_id = %1").arg(t.schoolA)) == 0);
    // Choosing a school is the coordinator's; a curator's stays theirs.
    QSqlQuery(b).exec(QStringLiteral("SET kurator.school = %1").arg(t.schoolA));
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM person")) == 1);
    QSqlQuery(b).exec(QStringLiteral("SET ROLE kurator_curator"));
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM person")) == 1);
    QSqlQuery(b).exec(QStringLiteral("RESET ROLE"));
    QSqlQuery update(b);
    REQUIRE(update.exec(QStringLiteral("UPDATE person SET phone = '+7 900 000-00-00'")));
    CHECK(update.numRowsAffected() == 1);
    REQUIRE(update.exec(QStringLiteral("DELETE FROM person WHERE org_id = %1").arg(t.schoolA)));
    CHECK(update.numRowsAffected() == 0);
    refused(b, QStringLiteral("INSERT INTO person (org_id, last_name, first_name, name_key, category, created_at, updated_at) "
                              "VALUES (%1, 'Чужой', 'Ч', 'чужой', 'pupil', 'x', 'x')").arg(t.schoolA),
            "row-level security");
    refused(b, QStringLiteral("UPDATE person SET org_id = %1").arg(t.schoolA), "row-level security");
    refused(b, QStringLiteral("SELECT * FROM kurator_account"), "permission denied");
    refused(b, QStringLiteral("ALTER TABLE person DISABLE ROW LEVEL SECURITY"), "must be owner");
    CHECK(scalar(b, QStringLiteral("SELECT count(*) FROM organisation")) == 1);
    CHECK(scalar(t.server.admin->connection(), QStringLiteral("SELECT count(*) FROM person WHERE org_id = %1").arg(t.schoolA)) == 2);
}

TEST_CASE("the coordinator reads every school's figures but no person's name or contacts", "[server]")
{
    TwoSchools t;
    addTestPerson(t.signIn(t.curatorA, "secret-a"), PersonCategory::Pupil, QDate(2012, 3, 1), "Антонов");
    addTestPerson(t.signIn(t.curatorB, "secret-b"), PersonCategory::Pupil, QDate(2011, 5, 2), "Васильев");

    QSqlDatabase c = t.server.rawConnection(t.coordinator, QStringLiteral("secret-c"));
    // The coordinator works in the municipality itself until asking for all schools (0) or one.
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM person")) == 0);
    QSqlQuery(c).exec(QStringLiteral("SET kurator.school = 0"));
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM person")) == 2);
    CHECK(scalar(c, QStringLiteral("SELECT count(DISTINCT org_id) FROM person WHERE category = 'pupil'")) == 2);
    for (const char *column : {"last_name", "first_name", "patronymic", "name_key", "phone", "email", "*"})
        refused(c, QStringLiteral("SELECT %1 FROM person").arg(QLatin1String(column)), "permission denied");
    refused(c, QStringLiteral("SELECT * FROM questionnaire_answer"), "permission denied");
    refused(c, QStringLiteral("SELECT body FROM mentoring_order"), "permission denied");
    refused(c, QStringLiteral("UPDATE person SET status = 'archived'"), "permission denied");
    // One school at a time when the coordinator chooses it.
    QSqlQuery(c).exec(QStringLiteral("SET kurator.school = %1").arg(t.schoolB));
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM person")) == 1);
    // The municipality's own roadmap is the coordinator's to write, a school's is not.
    QSqlQuery(c).exec(QStringLiteral("RESET kurator.school"));
    CHECK(scalar(c, QStringLiteral("SELECT count(*) FROM person")) == 0);
    QSqlQuery q(c);
    CHECK(q.exec(QStringLiteral("INSERT INTO academic_year (start_year) VALUES (2026)")));
    CHECK(scalar(c, QStringLiteral("SELECT org_id FROM academic_year WHERE start_year = 2026")) == 1);
    refused(c, QStringLiteral("INSERT INTO academic_year (org_id, start_year) VALUES (%1, 2027)").arg(t.schoolA),
            "row-level security");
    QSqlDatabase a = t.server.rawConnection(t.curatorA, QStringLiteral("secret-a"));
    REQUIRE(QSqlQuery(a).exec(QStringLiteral("INSERT INTO academic_year (start_year) VALUES (2025)"))); // school A's
    QSqlQuery(c).exec(QStringLiteral("SET kurator.school = %1").arg(t.schoolA));
    QSqlQuery touch(c);
    REQUIRE(touch.exec(QStringLiteral("UPDATE academic_year SET start_year = start_year")));
    CHECK(touch.numRowsAffected() == 0); // a school's year is not the coordinator's to change
    REQUIRE(touch.exec(QStringLiteral("DELETE FROM academic_year WHERE org_id = %1").arg(t.schoolA)));
    CHECK(touch.numRowsAffected() == 0);
}

TEST_CASE("kurator-cli works on the server as the signed-in curator", "[server]")
{
    TwoSchools t;
    addTestPerson(t.signIn(t.curatorA, "secret-a"), PersonCategory::Pupil, QDate(2012, 3, 1), "Антонов");
    auto cli = [&](const QString &conninfo, const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.start(QStringLiteral(KURATOR_CLI), QStringList{QStringLiteral("--pg"), conninfo} + args);
        p.write(input);
        p.closeWriteChannel();
        REQUIRE(p.waitForFinished(60000));
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    const auto a = cli(t.server.conninfo(t.curatorA, QStringLiteral("secret-a")), {QStringLiteral("people"), QStringLiteral("list")});
    CHECK(a.first == 0);
    CHECK(a.second.contains(QStringLiteral("Антонов")));
    const auto b = cli(t.server.conninfo(t.curatorB, QStringLiteral("secret-b")), {QStringLiteral("people"), QStringLiteral("list")});
    CHECK(b.first == 0);
    CHECK_FALSE(b.second.contains(QStringLiteral("Антонов")));

    const QString third = t.server.role("curator_c");
    const auto added = cli(t.server.conninfo(), {QStringLiteral("server"), QStringLiteral("add-school"), QStringLiteral("Лицей № 3"),
                                                 QStringLiteral("--curator"), third}, "pass-c\n");
    CHECK(added.first == 0);
    CHECK(added.second.contains(QStringLiteral("Лицей № 3")));
    const auto schools = cli(t.server.conninfo(), {QStringLiteral("server"), QStringLiteral("schools")});
    CHECK(schools.second.contains(third));
    CHECK(cli(t.server.conninfo(third, QStringLiteral("pass-c")), {QStringLiteral("stats")}).first == 0);
    // A curator is no administrator.
    const auto denied = cli(t.server.conninfo(t.curatorA, QStringLiteral("secret-a")),
                            {QStringLiteral("server"), QStringLiteral("add-coordinator"), t.server.role("x")}, "p\n");
    CHECK(denied.first == 1);
    const auto wrong = cli(t.server.conninfo(t.curatorA, QStringLiteral("wrong")), {QStringLiteral("stats")});
    CHECK(wrong.first == 1);
    CHECK(wrong.second.contains(QStringLiteral("Не удалось подключиться")));
    CHECK_FALSE(wrong.second.contains(QStringLiteral("wrong")));
}
