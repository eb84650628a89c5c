// «Забыть участника»: the person's personal data leave the file — not just the tables — and every
// figure of a past report stays as it was.
#include "services/BackupService.h"
#include "services/DashboardService.h"
#include "services/ForgetService.h"
#include "services/KpiService.h"
#include "services/PeopleService.h"
#include "storage/PersonalDataRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {
const QDate kToday(2024, 11, 15); // the demo school's day

QVariant scalar(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0) : QVariant();
}

void exec(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

// Every figure the reports of the school year and of its first two months are made of.
QStringList figures(const DatabasePtr &db)
{
    QStringList out;
    const KpiService kpis(db);
    for (const auto &period : {std::optional<Kpi::Period>(), std::optional<Kpi::Period>(Kpi::Period{{2024, 9, 1}, {2024, 10, 31}})})
        for (const KpiRow &row : kpis.compute(2024, period))
            out << QStringLiteral("%1 %2/%3").arg(row.value.code).arg(row.value.numerator).arg(row.value.denominator);
    const DashboardData dashboard = DashboardService(db).load(2024, kToday);
    for (auto it = dashboard.meetingsPerMonth.cbegin(); it != dashboard.meetingsPerMonth.cend(); ++it)
        out << QStringLiteral("meetings %1: %2").arg(it.key().toString(Qt::ISODate)).arg(it.value());
    for (const char *table : {"person", "mentee_profile", "mentor_profile", "mentoring_pair", "pair_member", "consent", "meeting_attendance",
                              "survey_response", "achievement"})
        out << QStringLiteral("%1: %2").arg(QString::fromLatin1(table)).arg(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).toInt());
    return out;
}

QByteArray storeBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}
} // namespace

TEST_CASE("forgetting a person removes their personal data from the file and keeps every past figure", "[forget]")
{
    DemoCopy demo;
    // A pupil in a pair with meetings, a legal representative of theirs alone and a consent,
    // given names found nowhere else, and mentioned by name around their pair.
    const qint64 id = scalar(demo.db, QStringLiteral(
        "SELECT m.person_id FROM pair_member m JOIN legal_representative r ON r.minor_id = m.person_id "
        "WHERE m.role = 'mentee' AND (SELECT count(*) FROM legal_representative o WHERE o.representative_id = r.representative_id) = 1 "
        "AND NOT EXISTS (SELECT 1 FROM pair_member o WHERE o.person_id = r.representative_id) "
        "AND EXISTS (SELECT 1 FROM meeting WHERE pair_id = m.pair_id) AND EXISTS (SELECT 1 FROM consent WHERE person_id = m.person_id) "
        "ORDER BY m.person_id LIMIT 1")).toLongLong();
    REQUIRE(id > 0);
    const qint64 parent = scalar(demo.db, QStringLiteral("SELECT representative_id FROM legal_representative WHERE minor_id = %1").arg(id)).toLongLong();
    const qint64 pair = scalar(demo.db, QStringLiteral("SELECT pair_id FROM pair_member WHERE person_id = %1").arg(id)).toLongLong();
    exec(demo.db, QStringLiteral("UPDATE person SET last_name = 'Квазимодова', first_name = 'Евлампия', patronymic = 'Феофилактовна', "
                                 "name_key = 'квазимодова евлампия феофилактовна', phone = '+7 900 111-22-33', email = 'evlampia@example.ru' WHERE id = %1").arg(id));
    exec(demo.db, QStringLiteral("UPDATE person SET last_name = 'Квазимодов', first_name = 'Феофилакт', patronymic = 'Ипатьевич', "
                                 "name_key = 'квазимодов феофилакт ипатьевич', phone = '+7 900 444-55-66' WHERE id = %1").arg(parent));
    exec(demo.db, QStringLiteral("UPDATE meeting SET outcome = 'Евлампии понравилось, Квазимодову сообщили' WHERE pair_id = %1").arg(pair));
    exec(demo.db, QStringLiteral("UPDATE mentoring_pair SET results = 'Квазимодова Е. Ф. — призёр олимпиады' WHERE id = %1").arg(pair));
    exec(demo.db, QStringLiteral("INSERT INTO mentoring_order (number, issued_on, title, body) VALUES ('9-о', '2024-09-10', 'О закреплении', "
                                 "'<td>Квазимодова Евлампия</td><td>6А</td>')"));
    exec(demo.db, QStringLiteral("UPDATE mentee_profile SET request = 'Евлампия хочет подготовиться к олимпиаде' WHERE person_id = %1").arg(id));
    exec(demo.db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QStringList before = figures(demo.db);
    REQUIRE(storeBytes(demo.path()).contains(QByteArray("Квазимод")));

    const auto report = ForgetService(demo.db).forget(id);
    REQUIRE(report.ok());
    CHECK(report->label == QStringLiteral("Удалённый участник №%1").arg(id));
    CHECK(report->representativesForgotten == QList<qint64>{parent});
    CHECK(report->textsRedacted >= 4); // the meetings' outcomes, the pair's results, the order

    SECTION("the names, contacts and texts are gone from the tables and from the file")
    {
        const std::optional<Person> after = PeopleService(demo.db).find(id);
        REQUIRE(after);
        CHECK(after->fullName() == report->label);
        CHECK(after->phone.isEmpty());
        CHECK(after->email.isEmpty());
        CHECK(PeopleService(demo.db).find(parent)->fullName() == ForgetService::label(parent));
        CHECK(PeopleService(demo.db).representativesOf(id).isEmpty());
        CHECK(PersonalDataRepository(demo.db->connection()).isForgotten(id));
        CHECK(scalar(demo.db, QStringLiteral("SELECT request FROM mentee_profile WHERE person_id = %1").arg(id)).isNull());
        CHECK(scalar(demo.db, QStringLiteral("SELECT outcome FROM meeting WHERE pair_id = %1 AND outcome IS NOT NULL").arg(pair)).toString()
              == QStringLiteral("[удалено] понравилось, [удалено] сообщили"));
        CHECK(scalar(demo.db, QStringLiteral("SELECT body FROM mentoring_order WHERE number = '9-о'")).toString()
              == QStringLiteral("<td>[удалено] [удалено]</td><td>6А</td>"));
        CHECK(scalar(demo.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'person' AND entity_id = %1 AND action = 'forget'").arg(id)).toInt() == 1);
        const QByteArray bytes = storeBytes(demo.path());
        for (const char *trace : {"Квазимод", "Евлампи", "Феофилакт", "900 111", "900 444", "evlampia"})
            CHECK_FALSE(bytes.contains(QByteArray(trace)));
    }
    SECTION("every figure of the year and of a past period is the same")
    {
        CHECK(figures(demo.db) == before);
    }
    SECTION("a person is forgotten once; an unknown one is reported")
    {
        CHECK_FALSE(ForgetService(demo.db).forget(id).ok());
        const auto unknown = ForgetService(demo.db).forget(999999);
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().contains(QStringLiteral("не найден")));
    }
}

TEST_CASE("after forgetting, the old backups that still hold the data can be replaced by a fresh one", "[forget]")
{
    DemoCopy demo;
    const BackupService backups(demo.path());
    REQUIRE(backups.makeAutomatic(10, QDateTime({2024, 11, 1}, {9, 0})).ok());
    REQUIRE(backups.makeAutomatic(10, QDateTime({2024, 11, 2}, {9, 0})).ok());
    REQUIRE(backups.backups().size() == 2);
    const auto removed = backups.replaceAllWithFresh(QDateTime({2024, 11, 3}, {9, 0}));
    REQUIRE(removed.ok());
    CHECK(*removed == 2);
    REQUIRE(backups.backups().size() == 1);
    CHECK(backups.backups().first().fileName().contains(QStringLiteral("2024-11-03")));
}
