#include "domain/StatsTemplate.h"

#include <catch2/catch.hpp>

namespace {
const QStringList kForms{QStringLiteral("pupil_pupil"), QStringLiteral("teacher_teacher")};
const Kpi::Period kAutumn{{2024, 9, 1}, {2024, 12, 31}};

// Five people and three pairs, counted by hand below.
Kpi::Facts smallSchool()
{
    Kpi::Facts f;
    f.people = {
        {1, PersonCategory::Pupil, {2012, 3, 1}, {}, false, 0, true, ConsentStatus::Valid},  // 12 on 31.12.2024
        {2, PersonCategory::Pupil, {2016, 5, 1}, {}, true, 0, true, ConsentStatus::Valid},   // 8, ОВЗ
        {3, PersonCategory::Pupil, {2007, 1, 1}, {}, false, 0, true, ConsentStatus::Valid},  // 17
        {4, PersonCategory::Teacher, {1990, 1, 1}, {2000, 9, 1}, false, 0, true, ConsentStatus::Valid},
        {5, PersonCategory::Teacher, {1999, 1, 1}, {2023, 9, 1}, false, 0, true, ConsentStatus::Valid}, // young
        {6, PersonCategory::Pupil, {2011, 1, 1}, {}, false, 0, true, ConsentStatus::Valid},  // 13, takes no part
    };
    f.pairs = {{10, QStringLiteral("pupil_pupil"), false, {2024, 10, 1}, {}},
               {11, QStringLiteral("teacher_teacher"), false, {2023, 10, 1}, {}},
               {12, QStringLiteral("pupil_pupil"), true, {2024, 2, 1}, {2024, 5, 31}}}; // a group that ended before the period
    f.memberships = {{3, 10, MemberRole::Mentor, {2024, 10, 1}, {}},
                     {1, 10, MemberRole::Mentee, {2024, 10, 1}, {}},
                     {4, 11, MemberRole::Mentor, {2023, 10, 1}, {}},
                     {5, 11, MemberRole::Mentee, {2023, 10, 1}, {}},
                     {3, 12, MemberRole::Mentor, {2024, 2, 1}, {2024, 5, 31}},
                     {2, 12, MemberRole::Mentee, {2024, 2, 1}, {2024, 5, 31}}};
    f.planItems = {{10, true}, {10, false}, {11, true}, {12, true}};
    f.surveys = {{1, MemberRole::Mentee, {2024, 12, 20}, 8.0, 7}, {5, MemberRole::Mentee, {2024, 12, 21}, 5.0, 7}};
    f.partnerOrganisations = 2;
    return f;
}

QList<StatsTemplate::Figure> evaluate(const char *json)
{
    const auto t = StatsTemplate::parse(QByteArray(json), kForms);
    INFO((t.ok() ? std::string() : t.error().toStdString()));
    REQUIRE(t.ok());
    return StatsTemplate::evaluate(*t, smallSchool(), kAutumn);
}
} // namespace

TEST_CASE("statistics of participants equal the hand-counted figures of a small school")
{
    const auto f = evaluate(R"({"rows": [
        {"section": "Наставляемые"},
        {"id": "mentees", "label": "all mentees", "count": "participants", "role": "mentee"},
        {"id": "m1019", "label": "pupils 10-19", "count": "participants", "role": "mentee", "category": "pupil", "age": "10-19"},
        {"label": "ovz", "count": "participants", "role": "mentee", "ovz": true},
        {"label": "young", "count": "participants", "role": "mentee", "category": "young_teacher"},
        {"label": "everyone", "count": "participants"},
        {"id": "p1019", "label": "pupils 10-19 in school", "count": "people", "category": "pupil", "age": "10-19"},
        {"label": "share", "share": ["m1019", "p1019"]},
        {"label": "pairs", "count": "pairs"},
        {"label": "groups", "count": "groups"},
        {"label": "formed", "count": "pairs_formed"},
        {"label": "pupil pairs", "count": "pairs", "form": "pupil_pupil"},
        {"id": "items", "label": "items", "count": "plan_items"},
        {"id": "done", "label": "done", "count": "plan_items_done"},
        {"label": "plans", "share": ["done", "items"]},
        {"id": "asked", "label": "respondents", "count": "respondents", "role": "mentee"},
        {"id": "happy", "label": "satisfied", "count": "satisfied", "role": "mentee"},
        {"label": "satisfaction", "share": ["happy", "asked"]},
        {"id": "none", "label": "mentors among employers", "count": "participants", "role": "mentor", "category": "employer"},
        {"label": "nothing to divide by", "share": ["none", "none"]},
        {"label": "partners", "count": "partner_organisations"}]})");
    REQUIRE(f.size() == 21);
    CHECK(f.at(0).section);
    CHECK(f.at(1).count == 2);  // pupil 1 and teacher 5; pupil 2's group ended in May
    CHECK(f.at(2).count == 1);  // pupil 1 (12); pupil 2 is not in the period
    CHECK(f.at(3).count == 0);
    CHECK(f.at(4).count == 1);  // teacher 5, one year of experience
    CHECK(f.at(5).count == 4);  // 1, 3, 4, 5 — pupil 3 counted once though in two pairs
    CHECK(f.at(6).count == 3);  // pupils 1, 3, 6 aged 10–19 on 31.12.2024
    CHECK(f.at(7).share);
    CHECK(f.at(7).count == 1);
    CHECK(f.at(7).denominator == 3);
    CHECK(*f.at(7).percent == Approx(100.0 / 3));
    CHECK(f.at(8).count == 2);  // pairs 10 and 11
    CHECK(f.at(9).count == 0);  // the group ended before September
    CHECK(f.at(10).count == 1); // pair 10 began in October
    CHECK(f.at(11).count == 1);
    CHECK(f.at(12).count == 3); // the items of pairs 10 and 11
    CHECK(f.at(13).count == 2);
    CHECK(*f.at(14).percent == Approx(200.0 / 3));
    CHECK(f.at(15).count == 2);
    CHECK(f.at(16).count == 1);
    CHECK(*f.at(17).percent == Approx(50.0));
    CHECK(f.at(18).count == 0);
    CHECK_FALSE(f.at(19).percent.has_value()); // «нет данных», never 0 %
    CHECK(f.at(20).count == 2);
}

TEST_CASE("a statistics template with a mistake is refused naming its row")
{
    auto problem = [](const char *json) {
        const auto t = StatsTemplate::parse(QByteArray(json), kForms);
        REQUIRE_FALSE(t.ok());
        return t.error();
    };
    CHECK(problem("not json").contains(QStringLiteral("не JSON")));
    CHECK(problem(R"({"rows": []})").contains(QStringLiteral("нет строк")));
    CHECK(problem(R"({"rows": [{"section": "x"}, {"label": "a", "count": "pupils"}]})").contains(QStringLiteral("Строка 2 шаблона: неизвестный счёт «pupils»")));
    CHECK(problem(R"({"rows": [{"label": "a", "count": "people", "colour": "red"}]})").contains(QStringLiteral("неизвестное поле «colour»")));
    CHECK(problem(R"({"rows": [{"label": "a", "count": "people", "category": "alien"}]})").contains(QStringLiteral("категория «alien»")));
    CHECK(problem(R"({"rows": [{"label": "a", "count": "pairs", "form": "dragon_knight"}]})").contains(QStringLiteral("форма наставничества «dragon_knight»")));
    CHECK(problem(R"({"rows": [{"label": "a", "count": "people", "age": "old"}]})").contains(QStringLiteral("возраст «old»")));
    CHECK(problem(R"({"rows": [{"label": "a", "count": "people", "role": "boss"}]})").contains(QStringLiteral("роль «boss»")));
    CHECK(problem(R"({"rows": [{"id": "a", "label": "a", "count": "people"}, {"label": "b", "share": ["a", "missing"]}]})")
              .contains(QStringLiteral("Строка 2 шаблона: доля ссылается на строку «missing»")));
    CHECK(problem(R"({"rows": [{"id": "a", "label": "a", "count": "people"}, {"id": "a", "label": "b", "count": "pairs"}]})")
              .contains(QStringLiteral("«a» уже есть")));
    CHECK(problem(R"({"rows": [{"count": "people"}]})").contains(QStringLiteral("нет подписи")));
}
