#include "services/MatchingService.h"
#include "services/ReferenceData.h"
#include "storage/PersonRepository.h"
#include "storage/ProfileRepository.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {
const int kYear = 2024;
const QDate kStart(2024, 10, 1);

class Cohort
{
public:
    explicit Cohort(const DatabasePtr &db) : m_people(db->connection()), m_profiles(db->connection()) {}

    qint64 person(const char *last, const QString &className, const QDate &born, bool consent = true)
    {
        Person p;
        p.lastName = QString::fromUtf8(last);
        p.firstName = QStringLiteral("Тест");
        p.category = PersonCategory::Pupil;
        p.className = className;
        p.birthDate = born;
        const qint64 id = m_people.insert(p).value();
        if (consent) {
            Consent c;
            c.personId = id;
            c.signedOn = QDate(2024, 9, 2);
            REQUIRE(m_people.addConsent(c));
        }
        return id;
    }
    qint64 mentee(const char *last, const QString &className, const QDate &born, const QString &request, bool consent = true)
    {
        const qint64 id = person(last, className, born, consent);
        MenteeProfile m;
        m.personId = id;
        m.yearStart = kYear;
        m.request = request;
        REQUIRE(m_profiles.saveMentee(m));
        return id;
    }
    qint64 mentor(const char *last, const QString &className, const QDate &born, const QString &competencies, int capacity)
    {
        const qint64 id = person(last, className, born);
        MentorProfile m;
        m.personId = id;
        m.yearStart = kYear;
        m.competencies = competencies;
        m.capacity = capacity;
        REQUIRE(m_profiles.saveMentor(m));
        return id;
    }

private:
    PersonRepository m_people;
    ProfileRepository m_profiles;
};

qint64 mentorOf(const MatchResult &r, qint64 mentee)
{
    for (const ProposedPair &p : r.pairs)
        if (p.menteeId == mentee)
            return p.mentorId;
    return 0;
}

QString reasonOf(const MatchResult &r, qint64 mentee)
{
    for (const UnmatchedMentee &u : r.unmatched)
        if (u.menteeId == mentee)
            return u.reason;
    return {};
}
}

TEST_CASE("a matching run proposes the best pairs, explains the left-out and keeps the curator's word")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
    Cohort c(t.db);
    const qint64 maths = c.mentor("Математикова", QStringLiteral("10А"), QDate(2008, 5, 1), QStringLiteral("олимпиадная математика"), 2);
    const qint64 chess = c.mentor("Шахматова", QStringLiteral("11Б"), QDate(2007, 5, 1), QStringLiteral("шахматы, логика"), 1);
    const qint64 anna = c.mentee("Анина", QStringLiteral("7А"), QDate(2012, 3, 1), QStringLiteral("подготовка к олимпиаде по математике"));
    const qint64 boris = c.mentee("Борин", QStringLiteral("6А"), QDate(2013, 3, 1), QStringLiteral("хочу научиться играть в шахматы"));
    const qint64 vera = c.mentee("Верина", QStringLiteral("7Б"), QDate(2012, 6, 1), QStringLiteral("математика"));
    const qint64 gleb = c.mentee("Глебов", QStringLiteral("5А"), QDate(2014, 1, 1), QStringLiteral("шахматы"), false);
    MatchingService service(t.db);

    const Result<MatchResult> first = service.run(kYear, kStart);
    REQUIRE(first);
    CHECK(mentorOf(*first, anna) == maths);
    CHECK(mentorOf(*first, vera) == maths); // a group: capacity 2
    CHECK(mentorOf(*first, boris) == chess);
    CHECK(reasonOf(*first, gleb).contains(QStringLiteral("согласия наставляемого")));
    CHECK(first->names.value(anna).startsWith(QStringLiteral("Анина")));
    CHECK(first->status == QStringLiteral("proposed"));

    SECTION("a pin and a must-not pair hold in the next run, which shows what changed")
    {
        MatchConstraints con;
        con.pinned = {{boris, maths}};
        con.mustNot = {{anna, maths}};
        REQUIRE(service.setConstraints(kYear, con));
        const Result<MatchResult> second = service.run(kYear, kStart);
        REQUIRE(second);
        CHECK(mentorOf(*second, boris) == maths);
        CHECK(mentorOf(*second, anna) == chess);
        CHECK_FALSE(second->changes.isEmpty());
        CHECK(MatchingService(t.db).lastRun(kYear)->runId == second->runId);
        // The first run is superseded and can no longer be approved.
        CHECK_FALSE(service.approve(first->runId, kStart));
    }
    SECTION("a minimum score leaves a weak pair out, with the reason")
    {
        MatchOptions o = service.options();
        o.minScore = 90;
        REQUIRE(service.setOptions(o));
        CHECK(service.options().minScore == 90);
        const Result<MatchResult> strict = service.run(kYear, kStart);
        REQUIRE(strict);
        CHECK(reasonOf(*strict, boris).contains(QStringLiteral("минимального балла")));
    }
    SECTION("approving forms a group and a pair, once")
    {
        const Result<QList<qint64>> pairs = service.approve(first->runId, kStart);
        REQUIRE(pairs);
        CHECK(pairs->size() == 2);
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT kind, status, matching_run_id, started_on FROM mentoring_pair ORDER BY id")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("group"));
        CHECK(q.value(1).toString() == QStringLiteral("active"));
        CHECK(q.value(2).toLongLong() == first->runId);
        CHECK(q.value(3).toString() == QStringLiteral("2024-10-01"));
        CHECK(service.lastRun(kYear)->status == QStringLiteral("approved"));
        CHECK_FALSE(service.approve(first->runId, kStart));
        // Paired mentees leave the pool: the next run sees only Глебов, and no free seats.
        const Result<MatchResult> next = service.run(kYear, kStart);
        REQUIRE(next);
        CHECK(next->pairs.isEmpty());
        CHECK(next->unmatched.size() == 1);
        CHECK(next->changes.isEmpty()); // approved pairs are not changes of the new proposal
    }
}

TEST_CASE("an explanation names each criterion's part of a pair's score")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
    Cohort c(t.db);
    const qint64 mentor = c.mentor("Математикова", QStringLiteral("10А"), QDate(2008, 5, 1), QStringLiteral("олимпиадная математика"), 1);
    const qint64 mentee = c.mentee("Анина", QStringLiteral("7А"), QDate(2012, 3, 1), QStringLiteral("олимпиада по математике"));
    const PairExplanation e = MatchingService(t.db).explain(kYear, {mentee, mentor}, kStart);
    REQUIRE(e.found);
    CHECK(e.mentor.request == QStringLiteral("олимпиадная математика"));
    const Match::Explanation &x = e.explanation;
    REQUIRE(x.parts.size() == Match::CriterionCount);
    CHECK(x.parts.first().detail == QStringLiteral("совпало: олимпиада, математике"));
    CHECK(x.score > 50);
}

TEST_CASE("a mentor cannot be pinned to himself as his own mentee")
{
    DemoCopy demo;
    MatchingService matching(demo.db);
    MatchConstraints own;
    own.pinned.append({42, 42});
    const Status refused = matching.setConstraints(2024, own);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("самому себе")));
    CHECK(matching.constraints(2024).pinned.isEmpty()); // nothing stored
    MatchConstraints half;
    half.must.append({0, 42});
    CHECK_FALSE(matching.setConstraints(2024, half).ok());
}
