#include "domain/Kpi.h"

#include <catch2/catch.hpp>

namespace {
const Kpi::Period kYear{QDate(2024, 9, 1), QDate(2025, 5, 31)};

Kpi::Person pupil(qint64 id, const QDate &born, bool ovz = false)
{
    Kpi::Person p;
    p.id = id;
    p.category = PersonCategory::Pupil;
    p.birthDate = born;
    p.ovz = ovz;
    return p;
}

Kpi::Person teacher(qint64 id, const QDate &since, const QDate &born = QDate(1980, 1, 1))
{
    Kpi::Person p;
    p.id = id;
    p.category = PersonCategory::Teacher;
    p.pedagogicalSince = since;
    p.birthDate = born;
    return p;
}

Kpi::Value valueOf(const QList<Kpi::Value> &values, const QString &code)
{
    for (const Kpi::Value &v : values)
        if (v.code == code)
            return v;
    FAIL("no KPI " << code.toStdString());
    return {};
}
}

TEST_CASE("a pupil in two pairs counts once")
{
    Kpi::Facts f;
    f.people = {pupil(1, QDate(2012, 3, 1)), pupil(2, QDate(2012, 5, 1)), teacher(3, QDate(2000, 9, 1))};
    f.memberships = {{1, 10, MemberRole::Mentee, QDate(2024, 10, 1), {}},
                     {1, 11, MemberRole::Mentee, QDate(2024, 11, 1), {}},
                     {3, 10, MemberRole::Mentor, QDate(2024, 10, 1), {}}};
    const auto v = valueOf(Kpi::compute(f, kYear), Kpi::PupilsMentees);
    CHECK(v.numerator == 1);
    CHECK(v.denominator == 2);
    CHECK(*v.percent() == Approx(50.0));
}

TEST_CASE("age is taken on the last day of the period")
{
    Kpi::Facts f;
    // Turns 10 on 31 May 2025 (the last day) — counts; turns 10 on 1 June 2025 — does not.
    f.people = {pupil(1, QDate(2015, 5, 31)), pupil(2, QDate(2015, 6, 1)), pupil(3, QDate(2005, 6, 1)),
                pupil(4, QDate(2005, 5, 31))};
    f.memberships = {{1, 10, MemberRole::Mentee, QDate(2024, 10, 1), {}}};
    const auto v = valueOf(Kpi::compute(f, kYear), Kpi::PupilsMentees);
    CHECK(v.numerator == 1);
    CHECK(v.denominator == 2); // 3 is still 19 on 31 May 2025, 4 has turned 20
}

TEST_CASE("a pair active on one day of the period counts; one outside it does not")
{
    Kpi::Facts f;
    f.people = {pupil(1, QDate(2012, 1, 1)), pupil(2, QDate(2012, 1, 1)), pupil(3, QDate(2012, 1, 1)),
                pupil(4, QDate(2012, 1, 1))};
    f.memberships = {{1, 10, MemberRole::Mentee, QDate(2024, 3, 1), QDate(2024, 9, 1)},   // ends on the first day
                     {2, 11, MemberRole::Mentee, QDate(2025, 5, 31), {}},                 // starts on the last day
                     {3, 12, MemberRole::Mentee, QDate(2024, 1, 1), QDate(2024, 8, 31)},  // over before it
                     {4, 13, MemberRole::Mentee, {}, {}}};                                // never started
    CHECK(valueOf(Kpi::compute(f, kYear), Kpi::PupilsMentees).numerator == 2);
}

TEST_CASE("a zero denominator gives no data, not 0 %")
{
    const auto values = Kpi::compute({}, kYear);
    REQUIRE(values.size() == Kpi::defaultCodes().size());
    for (const Kpi::Value &v : values) {
        INFO(v.code.toStdString());
        CHECK_FALSE(v.percent().has_value());
    }
}

TEST_CASE("young teachers, teachers as mentors, pupils with disabilities, organisations")
{
    Kpi::Facts f;
    f.people = {teacher(1, QDate(2023, 9, 1)), teacher(2, QDate(2022, 9, 1)), teacher(3, QDate(1999, 9, 1)),
                pupil(4, QDate(2012, 1, 1), true), pupil(5, QDate(2013, 1, 1), true)};
    Kpi::Person employer;
    employer.id = 6;
    employer.category = PersonCategory::Employer;
    employer.partnerId = 77;
    f.people << employer;
    f.partnerOrganisations = 4;
    f.memberships = {{1, 10, MemberRole::Mentee, QDate(2024, 9, 2), {}}, {3, 10, MemberRole::Mentor, QDate(2024, 9, 2), {}},
                     {4, 11, MemberRole::Mentee, QDate(2024, 9, 2), {}}, {6, 11, MemberRole::Mentor, QDate(2024, 9, 2), {}}};
    const auto values = Kpi::compute(f, kYear);
    const auto young = valueOf(values, Kpi::YoungTeachersMentees);
    CHECK(young.numerator == 1);
    CHECK(young.denominator == 2); // since 2022: 2 full years on 31 May 2025 — young; since 1999 — not
    CHECK(valueOf(values, Kpi::TeachersMentors).numerator == 1);
    CHECK(valueOf(values, Kpi::TeachersMentors).denominator == 3);
    CHECK(valueOf(values, Kpi::OvzMentees).numerator == 1);
    CHECK(valueOf(values, Kpi::OvzMentees).denominator == 2);
    CHECK(valueOf(values, Kpi::OrganisationsMentors).numerator == 1);
    CHECK(valueOf(values, Kpi::OrganisationsMentors).denominator == 4);

    f.contingent.insert(Kpi::ContingentTeachers, 40); // the school has more teachers than the file knows
    const auto withContingent = valueOf(Kpi::compute(f, kYear), Kpi::TeachersMentors);
    CHECK(withContingent.denominator == 40);
    CHECK(withContingent.denominatorFromContingent);
}

TEST_CASE("satisfaction by the threshold, plans done, consents")
{
    Kpi::Facts f;
    f.people = {pupil(1, QDate(2012, 1, 1)), pupil(2, QDate(2012, 1, 1)), teacher(3, QDate(2000, 9, 1))};
    f.people[0].consentAtEnd = ConsentStatus::Valid;
    f.people[2].consentAtEnd = ConsentStatus::Valid;
    f.people[1].consentAtEnd = ConsentStatus::Expired;
    f.memberships = {{1, 10, MemberRole::Mentee, QDate(2024, 9, 2), {}}, {2, 10, MemberRole::Mentee, QDate(2024, 9, 2), {}},
                     {3, 10, MemberRole::Mentor, QDate(2024, 9, 2), {}}};
    f.surveys = {{1, MemberRole::Mentee, QDate(2024, 12, 20), 5.0, 7}, // the later answer decides
                 {1, MemberRole::Mentee, QDate(2025, 5, 20), 8.5, 7},
                 {2, MemberRole::Mentee, QDate(2025, 5, 20), 6.9, 7},
                 {3, MemberRole::Mentor, QDate(2025, 5, 20), 7.0, 7},
                 {2, MemberRole::Mentee, QDate(2025, 6, 20), 10, 7}}; // after the period
    f.planItems = {{10, true}, {10, true}, {10, false}, {99, false}}; // pair 99 was not active
    const auto values = Kpi::compute(f, kYear);
    CHECK(valueOf(values, Kpi::SatisfactionMentees).numerator == 1);
    CHECK(valueOf(values, Kpi::SatisfactionMentees).denominator == 2);
    CHECK(valueOf(values, Kpi::SatisfactionMentors).numerator == 1);
    CHECK(valueOf(values, Kpi::PlansDone).numerator == 2);
    CHECK(valueOf(values, Kpi::PlansDone).denominator == 3);
    CHECK(valueOf(values, Kpi::Consents).numerator == 2);
    CHECK(valueOf(values, Kpi::Consents).denominator == 3);
}
