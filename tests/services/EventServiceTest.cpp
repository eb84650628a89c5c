#include "services/EventService.h"
#include "services/PairService.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace {
const QDate kToday(2024, 11, 15);
}

TEST_CASE("common events of all pairs: planned, held, attendance of the year's participants, undo", "[events]")
{
    DemoCopy demo;
    EventService events(*demo.db);
    const QList<Meeting> demoEvents = events.events(2024);
    REQUIRE(demoEvents.size() == 2); // the networking meeting in September, the final event in May
    CHECK(demoEvents.first().held());
    CHECK_FALSE(demoEvents.last().held());
    const QList<EventInvitee> invitees = events.invitees(2024);
    REQUIRE(invitees.size() > 50);
    CHECK(std::any_of(invitees.begin(), invitees.end(), [](const EventInvitee &i) { return i.mentor; }));
    CHECK(std::any_of(invitees.begin(), invitees.end(), [](const EventInvitee &i) { return i.mentee && !i.className.isEmpty(); }));

    Meeting e;
    e.kind = QStringLiteral("common");
    e.plannedOn = QDate(2024, 12, 20);
    CHECK(events.save(e, kToday).error().contains(QStringLiteral("тему")));
    e.topic = QStringLiteral("Новогодний квест наставнических пар");
    e.attendance = {{invitees.at(0).personId, true}};
    CHECK(events.save(e, kToday).error().contains(QStringLiteral("проведённой")));
    e.heldOn = QDate(2024, 12, 20);
    CHECK(events.save(e, kToday).error().contains(QStringLiteral("в будущем")));
    e.heldOn = QDate(2024, 11, 14);
    e.attendance = {{invitees.at(0).personId, true}, {invitees.at(1).personId, false}, {invitees.at(0).personId, false}};
    CHECK(events.save(e, kToday).error().contains(QStringLiteral("дважды")));
    e.attendance.removeLast();
    e.attendance << Attendance{invitees.at(2).personId, true};
    const auto id = events.save(e, kToday);
    REQUIRE(id);
    Meeting stored = events.find(id.value()).value();
    CHECK(stored.attendance.size() == 3);
    CHECK(stored.presentCount() == 2);
    CHECK(events.events(2024).size() == 3);

    stored.attendance[1].present = true;
    REQUIRE(events.save(stored, kToday));
    CHECK(events.find(id.value())->presentCount() == 3);

    const Meeting before = events.find(id.value()).value();
    REQUIRE(events.remove(id.value()));
    CHECK_FALSE(events.find(id.value()).has_value());
    REQUIRE(events.restore(before));
    CHECK(events.find(id.value())->attendance == before.attendance);

    // A pair's meeting is not an event of all pairs.
    const qint64 pairId = PairService(*demo.db).rows(2024, kToday).first().pair.id;
    const qint64 pairMeeting = PairService(*demo.db).meetings(pairId).first().id;
    CHECK_FALSE(events.find(pairMeeting).has_value());
    CHECK_FALSE(events.remove(pairMeeting).ok());
}

TEST_CASE("a pair's meeting records who came; the undo of a removal brings the attendance back", "[events]")
{
    DemoCopy demo;
    PairService pairs(*demo.db);
    const qint64 pairId = pairs.rows(2024, kToday).first().pair.id;
    const Pair pair = pairs.card(pairId)->pair;
    Meeting m = pairs.meetings(pairId).first();
    for (const PairMember &member : pair.members)
        m.attendance << Attendance{member.personId, member.role == MemberRole::Mentor};
    REQUIRE(pairs.saveMeeting(m));
    Meeting stored = pairs.meetings(pairId).first();
    CHECK(stored.attendance.size() == pair.members.size());
    CHECK(stored.presentCount() == 1);
    REQUIRE(pairs.removeMeeting(stored.id));
    REQUIRE(pairs.restoreMeeting(stored));
    CHECK(pairs.meetings(pairId).first().attendance == stored.attendance);
}
