#include "domain/PairWork.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace PairWork;

TEST_CASE("the meeting sequence of the target model is planned from the start to the planned end", "[pairwork]")
{
    // Start Monday 7 October 2024, planned end Friday 30 May 2025.
    const QList<Meeting> plan = standardSequence(QDate(2024, 10, 7), QDate(2025, 5, 30));
    REQUIRE(plan.size() > 10);
    CHECK(plan.at(0).kind == QStringLiteral("intro"));
    CHECK(plan.at(0).plannedOn == QDate(2024, 10, 14));
    CHECK(plan.at(1).kind == QStringLiteral("trial"));
    CHECK(plan.at(1).plannedOn == QDate(2024, 10, 21));
    CHECK(plan.at(2).kind == QStringLiteral("planning"));
    CHECK(plan.at(2).plannedOn == QDate(2024, 10, 28));
    CHECK(plan.at(3).kind == QStringLiteral("regular"));
    CHECK(plan.at(3).plannedOn == QDate(2024, 11, 11));
    CHECK(plan.last().kind == QStringLiteral("final"));
    CHECK(plan.last().plannedOn == QDate(2025, 5, 23));
    CHECK(plan.last().topic == QStringLiteral("итоговая встреча"));
    for (int i = 0; i < plan.size(); ++i) {
        CHECK(plan.at(i).plannedOn.dayOfWeek() <= 5);
        CHECK_FALSE(plan.at(i).held());
        if (i > 0)
            CHECK(plan.at(i - 1).plannedOn < plan.at(i).plannedOn);
    }
    CHECK(plan.at(plan.size() - 2).plannedOn.daysTo(plan.last().plannedOn) >= 14);
    // A start on Saturday moves the first meeting to a weekday; a short programme has no regular meetings.
    CHECK(standardSequence(QDate(2024, 10, 5), QDate(2024, 11, 29)).at(0).plannedOn == QDate(2024, 10, 14));
    const QList<Meeting> shortOne = standardSequence(QDate(2024, 10, 7), QDate(2024, 11, 22));
    CHECK(shortOne.size() == 4);
    CHECK(shortOne.last().kind == QStringLiteral("final"));
    CHECK(standardSequence(QDate(2024, 10, 7), QDate(2024, 10, 1)).isEmpty());
}

TEST_CASE("plan progress counts done and overdue items", "[pairwork]")
{
    const QDate today(2024, 12, 10);
    PlanItem done;
    done.done = true;
    done.deadline = QDate(2024, 11, 1);
    PlanItem late;
    late.deadline = QDate(2024, 12, 9);
    PlanItem dueToday;
    dueToday.deadline = today;
    PlanItem undated;
    const PlanProgress p = progress({done, late, dueToday, undated}, today);
    CHECK(p.total == 4);
    CHECK(p.done == 1);
    CHECK(p.overdue == 1);
    CHECK(p.percent() == 25);
    CHECK(progress({}, today).percent() == 0);
}

TEST_CASE("a working pair needs attention when it is quiet, late with its plan or never met", "[pairwork]")
{
    const QDate today(2024, 12, 10);
    PairState s;
    s.startedOn = QDate(2024, 10, 1);
    s.lastHeld = QDate(2024, 11, 20);
    s.introHeld = true;
    s.meetingsHeld = 5;
    CHECK(attention(s, today, 30).isEmpty());
    s.lastHeld = QDate(2024, 11, 5); // 35 days
    CHECK(attention(s, today, 30) == QStringList{QStringLiteral("нет встреч 35 дн.")});
    CHECK(attention(s, today, 40).isEmpty());
    s.overdueItems = 2;
    CHECK(attention(s, today, 40) == QStringList{QStringLiteral("просрочено пунктов плана: 2")});

    PairState silent;
    silent.startedOn = QDate(2024, 11, 1);
    silent.introPlannedOn = QDate(2024, 11, 8);
    const QStringList reasons = attention(silent, today, 30);
    REQUIRE(reasons.size() == 2);
    CHECK(reasons.at(0) == QStringLiteral("ни одной встречи за 39 дн. с начала работы"));
    CHECK(reasons.at(1) == QStringLiteral("встреча-знакомство не состоялась (план — 08.11.2024)"));

    silent.status = PairStatus::Completed;
    CHECK(attention(silent, today, 30).isEmpty());
    silent.status = PairStatus::Active;
    silent.startedOn = QDate(2025, 1, 10);
    CHECK(attention(silent, today, 30).isEmpty());
}

TEST_CASE("a pair whose member's consent is withdrawn, lapsed or about to lapse needs attention, even before it starts", "[pairwork]")
{
    const QDate today(2024, 12, 10);
    PairState s;
    s.status = PairStatus::Forming;
    CHECK(attention(s, today, 30).isEmpty());
    s.consentsWithdrawn = 1;
    s.consentsLapsed = 2;
    s.consentsLapsing = 1;
    CHECK(attention(s, today, 30)
          == QStringList{QStringLiteral("согласие на обработку ПДн отозвано: 1 уч."),
                         QStringLiteral("нет действующего согласия на обработку ПДн: 2 уч."),
                         QStringLiteral("согласие истекает в ближайшие 30 дн.: 1 уч.")});
    s.status = PairStatus::Completed; // a finished pair's papers are the archive's business
    CHECK(attention(s, today, 30).isEmpty());
}

TEST_CASE("a pair needs a mentor and a mentee, and a mentor is never his own mentee", "[pairwork]")
{
    const auto member = [](qint64 id, MemberRole role) {
        PairMember m;
        m.personId = id;
        m.role = role;
        return m;
    };
    CHECK(checkMembers({member(1, MemberRole::Mentor), member(2, MemberRole::Mentee)}).ok());
    CHECK(checkMembers({member(1, MemberRole::Mentor)}).error().contains(QStringLiteral("ни одного наставляемого")));
    CHECK(checkMembers({member(2, MemberRole::Mentee)}).error().contains(QStringLiteral("нет наставника")));
    CHECK(checkMembers({member(1, MemberRole::Mentor), member(1, MemberRole::Mentee)}).error().contains(QStringLiteral("дважды")));
}

TEST_CASE("who was at a meeting: counted when marked, said so when held without marks", "[pairwork]")
{
    Meeting m;
    m.plannedOn = {2024, 10, 1};
    CHECK(PairWork::attendanceText(m).isEmpty()); // not held yet
    m.heldOn = {2024, 10, 1};
    CHECK(PairWork::attendanceText(m) == QStringLiteral("не отмечено"));
    m.attendance = {{1, true}, {2, false}, {3, true}};
    CHECK(PairWork::attendanceText(m) == QStringLiteral("2 из 3"));
}
