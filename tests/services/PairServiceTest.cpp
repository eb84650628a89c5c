#include "services/MatchingService.h"
#include "services/PairService.h"
#include "storage/PairRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
const QDate kToday(2024, 11, 15); // the demo school's day

const PairRow *find(const QList<PairRow> &rows, const std::function<bool(const PairRow &)> &test)
{
    const auto it = std::find_if(rows.begin(), rows.end(), test);
    return it == rows.end() ? nullptr : &*it;
}
} // namespace

TEST_CASE("the list of pairs shows each one's work and what needs attention", "[pairs]")
{
    DemoCopy demo;
    PairService pairs(*demo.db);
    CHECK(pairs.quietDays() == 30);
    const QList<PairRow> rows = pairs.rows(2024, kToday);
    REQUIRE(rows.size() > 50);
    const PairRow *working = find(rows, [](const PairRow &r) { return r.pair.status == PairStatus::Active && r.pair.meetingsHeld > 2; });
    REQUIRE(working);
    CHECK_FALSE(working->pair.mentors.isEmpty());
    CHECK_FALSE(working->pair.mentees.isEmpty());
    CHECK(working->pair.orderNumber == QStringLiteral("112-о"));
    CHECK(working->pair.lastHeld <= kToday);
    CHECK(working->pair.planItems > 0);
    // A finished pair never needs attention; a pair with an overdue plan item does.
    for (const PairRow &r : rows) {
        if (r.pair.status == PairStatus::Completed || r.pair.status == PairStatus::EndedEarly)
            CHECK(r.attention.isEmpty());
        if (r.pair.status == PairStatus::Active && r.pair.planOverdue > 0)
            CHECK(r.attention.join(QLatin1Char(' ')).contains(QStringLiteral("просрочено пунктов плана")));
    }
    // A shorter threshold makes more pairs quiet.
    const auto quiet = [&] {
        const QList<PairRow> now = pairs.rows(2024, kToday);
        return std::count_if(now.begin(), now.end(), [](const PairRow &r) {
            return r.attention.join(QLatin1Char(' ')).contains(QStringLiteral("нет встреч"));
        });
    };
    const auto before = quiet();
    REQUIRE(pairs.setQuietDays(3));
    CHECK(quiet() > before);
    CHECK_FALSE(pairs.setQuietDays(0));
}

TEST_CASE("consents withdrawn or lapsing show in the attention list of the member's pair", "[pairs]")
{
    DemoCopy demo;
    PairService pairs(*demo.db);
    const auto reasonsOf = [&](qint64 pairId) {
        for (const PairRow &r : pairs.rows(2024, kToday))
            if (r.pair.id == pairId)
                return r.attention.join(QStringLiteral("; "));
        return QString();
    };
    // A working pair whose members all have a valid consent that does not lapse soon.
    QSqlQuery q(demo.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT p.id, min(m.person_id) FROM mentoring_pair p JOIN pair_member m ON m.pair_id = p.id "
                                  "WHERE p.status = 'active' GROUP BY p.id")));
    qint64 pairId = 0, personId = 0;
    while (q.next() && !pairId) {
        if (!reasonsOf(q.value(0).toLongLong()).contains(QStringLiteral("соглас"))) {
            pairId = q.value(0).toLongLong();
            personId = q.value(1).toLongLong();
        }
    }
    REQUIRE(pairId);
    const auto setConsent = [&](const QString &sql) {
        QSqlQuery u(demo.db->connection());
        REQUIRE(u.exec(sql.arg(personId)));
    };
    setConsent(QStringLiteral("UPDATE consent SET valid_until = '%1' WHERE person_id = %2")
                   .arg(kToday.addDays(10).toString(Qt::ISODate), QStringLiteral("%1")));
    CHECK(reasonsOf(pairId).contains(QStringLiteral("согласие истекает в ближайшие 30 дн.: 1 уч.")));
    setConsent(QStringLiteral("UPDATE consent SET withdrawn_on = '%1' WHERE person_id = %2")
                   .arg(kToday.addDays(-1).toString(Qt::ISODate), QStringLiteral("%1")));
    CHECK(reasonsOf(pairId).contains(QStringLiteral("согласие на обработку ПДн отозвано: 1 уч.")));
}

TEST_CASE("a pair's plan from a template, its meetings planned and logged, its closure and undo", "[pairs]")
{
    DemoCopy demo;
    MatchingService matching(demo.db);
    REQUIRE(matching.approve(matching.lastRun(2024)->runId, QDate(2024, 11, 18)));
    PairService pairs(*demo.db);
    const QList<PairRow> rows = pairs.rows(2024, kToday);
    const PairRow *fresh = find(rows, [](const PairRow &r) { return r.pair.startedOn == QDate(2024, 11, 18); });
    REQUIRE(fresh);
    const qint64 id = fresh->pair.id;
    CHECK(fresh->pair.orderNumber.isEmpty());
    CHECK(pairs.plan(id).id == 0);

    SECTION("the plan: drafted from the template of its form, saved, overdue items counted")
    {
        const auto chosen = pairs.templateFor(id);
        REQUIRE(chosen);
        const auto draft = pairs.draftPlan(id, chosen->code);
        REQUIRE(draft);
        REQUIRE(draft->items.size() == chosen->items.size());
        CHECK(draft->goal == chosen->goal);
        CHECK(draft->items.first().deadline >= QDate(2024, 11, 18));
        CHECK(draft->items.last().deadline == QDate(2025, 5, 31)); // at 1.0: the planned end
        REQUIRE(pairs.savePlan(draft.value()));
        IndividualPlan plan = pairs.plan(id);
        REQUIRE(plan.id > 0);
        CHECK(plan.items.size() == draft->items.size());
        plan.items[0].done = true;
        plan.items[0].doneOn = QDate(2024, 11, 25);
        REQUIRE(pairs.savePlan(plan));
        CHECK(pairs.plan(id).items.first().done);
        const PairWork::PlanProgress p = PairWork::progress(pairs.plan(id).items, QDate(2025, 3, 1));
        CHECK(p.done == 1);
        CHECK(p.overdue > 0);
        plan.items[1].activity = QStringLiteral("  ");
        CHECK_FALSE(pairs.savePlan(plan));
        const auto html = pairs.planHtml(id, kToday);
        REQUIRE(html);
        CHECK(html->contains(plan.items.at(2).activity.toHtmlEscaped()));
        CHECK(html->contains(QStringLiteral("выполнено 25.11.2024")));
        CHECK_FALSE(pairs.draftPlan(id, QStringLiteral("no-such")).ok());
    }
    SECTION("meetings: the standard sequence planned once, a meeting logged, a future one refused")
    {
        const auto planned = pairs.planMeetings(id);
        REQUIRE(planned);
        CHECK(planned.value() > 5);
        CHECK(pairs.planMeetings(id).value() == 0); // nothing planned twice
        QList<Meeting> diary = pairs.meetings(id);
        REQUIRE(diary.first().kind == QStringLiteral("intro"));
        Meeting intro = diary.first();
        intro.heldOn = QDate(2024, 11, 26);
        intro.durationMinutes = 45;
        intro.outcome = QStringLiteral("договорились о целях");
        REQUIRE(pairs.saveMeeting(intro));
        CHECK(pairs.meetings(id).first().heldOn == QDate(2024, 11, 26));
        Meeting future = intro;
        future.id = 0;
        future.heldOn = QDate::currentDate().addDays(3);
        CHECK_FALSE(pairs.saveMeeting(future).ok());
        Meeting beforeStart = future;
        beforeStart.heldOn = pairs.card(id).value().pair.startedOn.addDays(-1);
        const auto refused = pairs.saveMeeting(beforeStart);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("раньше начала работы пары")));
        REQUIRE(pairs.removeMeeting(intro.id));
        CHECK(pairs.meetings(id).size() == diary.size() - 1);
        REQUIRE(pairs.restoreMeeting(intro));
        CHECK(pairs.meetings(id).first().id == intro.id);
    }
    SECTION("closure: a reason for an early end, results written back to the registries, undone")
    {
        const PairCard before = pairs.card(id).value();
        PairClosure early;
        early.status = PairStatus::EndedEarly;
        early.endedOn = QDate(2024, 12, 20);
        CHECK_FALSE(pairs.close(id, early)); // no reason
        early.endedOn = QDate(2024, 11, 1);
        early.reason = QStringLiteral("переезд наставляемого");
        CHECK_FALSE(pairs.close(id, early)); // before the start
        early.endedOn = QDate(2024, 12, 20);
        REQUIRE(pairs.close(id, early));
        const PairCard ended = pairs.card(id).value();
        CHECK(ended.pair.status == PairStatus::EndedEarly);
        CHECK(ended.pair.endReason == QStringLiteral("переезд наставляемого"));
        CHECK_FALSE(pairs.history(id).isEmpty());
        // A completed pair's results and case show on its members' registry rows (the banks read the pair links).
        PairClosure done;
        done.endedOn = QDate(2025, 5, 30);
        done.results = QStringLiteral("адаптировался в классе");
        done.caseLink = QStringLiteral("https://school.example/cases/17");
        REQUIRE(pairs.close(id, done));
        CHECK(pairs.card(id)->results == QStringLiteral("адаптировался в классе"));
        int written = 0;
        for (const PairLink &l : PairRepository(demo.db->connection()).links(2024))
            written += l.pairId == id && l.caseLink == done.caseLink && l.results == done.results ? 1 : 0;
        CHECK(written == int(before.pair.members.size()));
        PairClosure reopened{before.pair.status, before.pair.endedOn, before.pair.endReason, before.results, before.caseLink};
        REQUIRE(pairs.reopen(id, reopened));
        CHECK(pairs.card(id)->pair.status == PairStatus::Active);
    }
}

TEST_CASE("plan templates: the shipped set, the curator's own set checked before it is saved", "[pairs]")
{
    TempDatabase temp;
    PairService pairs(*temp.db);
    const QList<PlanTemplate> shipped = pairs.planTemplates();
    REQUIRE(shipped.size() == 3);
    CHECK(shipped.first().forms.contains(QStringLiteral("teacher_teacher")));
    CHECK_FALSE(pairs.savePlanTemplates("{\"templates\": [{\"code\": \"x\", \"title\": \"X\", \"items\": [{\"activity\": \"a\", \"at\": 2}]}]}"));
    CHECK_FALSE(pairs.savePlanTemplates("not json"));
    REQUIRE(pairs.savePlanTemplates("{\"templates\": [{\"code\": \"x\", \"title\": \"Свой\", \"items\": [{\"activity\": \"a\", \"at\": 0.5}]}]}"));
    CHECK(pairs.planTemplates().size() == 1);
    CHECK(pairs.planTemplates().first().title == QStringLiteral("Свой"));
    REQUIRE(pairs.savePlanTemplates({}));
    CHECK(pairs.planTemplates().size() == 3);
}
