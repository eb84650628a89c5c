#include "services/PairService.h"
#include "services/SurveyService.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

namespace {
const QDate kToday(2024, 11, 15);

QList<SurveyAnswer> answersOf(const SurveyTemplate &t, double scale)
{
    QList<SurveyAnswer> answers;
    for (const SurveyQuestion &q : t.questions)
        if (q.answerType == QLatin1String("scale"))
            answers.append({q.id, scale});
    return answers;
}
} // namespace

TEST_CASE("the shipped questionnaires are installed once into a new store", "[survey]")
{
    TempDatabase temp;
    SurveyService surveys(*temp.db);
    REQUIRE(surveys.installDefaults());
    REQUIRE(surveys.installDefaults());
    const QList<SurveyTemplate> templates = surveys.templates();
    REQUIRE(templates.size() == 5);
    QStringList kinds;
    for (const SurveyTemplate &t : templates)
        kinds << t.kind;
    CHECK(kinds == QStringList{QStringLiteral("satisfaction_mentee"), QStringLiteral("satisfaction_mentor"), QStringLiteral("diagnostic_before"),
                               QStringLiteral("diagnostic_after"), QStringLiteral("curator")});
    const SurveyTemplate mentee = surveys.templateOfKind(QStringLiteral("satisfaction_mentee")).value();
    CHECK(mentee.satisfiedThreshold == 7);
    CHECK(mentee.questions.size() == 11);
    CHECK(mentee.questions.first().answerType == QStringLiteral("scale"));
    CHECK(mentee.questions.last().answerType == QStringLiteral("text"));

    // A template written out reads back as itself: the file format is the shipped one.
    const auto again = SurveyService::parseTemplates(SurveyService::templateJson(mentee));
    REQUIRE(again);
    CHECK(again->first().questions.size() == mentee.questions.size());
    CHECK(again->first().title == mentee.title);
    CHECK(SurveyService::parseTemplates("{\"surveys\": [{\"kind\": \"curator\", \"title\": \"x\"}]}").error().contains(QStringLiteral("ни одного вопроса")));
    CHECK_FALSE(SurveyService::parseTemplates("не json").ok());
}

TEST_CASE("answer sheets: checked, one per person and year, the pair found, satisfaction by threshold, undo", "[survey]")
{
    DemoCopy demo;
    SurveyService surveys(*demo.db);
    SurveyTemplate survey = surveys.templateOfKind(QStringLiteral("satisfaction_mentee")).value();
    PairService pairs(*demo.db);
    const qint64 pairId = pairs.rows(2024, kToday).first().pair.id;
    const Pair pair = pairs.card(pairId)->pair;
    const auto mentee = std::find_if(pair.members.begin(), pair.members.end(), [](const PairMember &m) { return m.role == MemberRole::Mentee; });
    const qint64 personId = mentee->personId;

    SurveyResponse r;
    r.templateId = survey.id;
    r.yearStart = 2024;
    r.answeredOn = QDate(2024, 11, 14);
    r.answers = answersOf(survey, 8);
    CHECK(surveys.saveResponse(r, kToday).error().contains(QStringLiteral("Выберите участника")));
    r.personId = personId;
    r.answeredOn = QDate(2024, 11, 20);
    CHECK(surveys.saveResponse(r, kToday).error().contains(QStringLiteral("ещё не наступила")));
    r.answeredOn = QDate(2024, 11, 14);
    r.answers.first().value = 12.0;
    CHECK(surveys.saveResponse(r, kToday).error().contains(QStringLiteral("вопрос 1")));
    r.answers = {};
    CHECK(surveys.saveResponse(r, kToday).error().contains(QStringLiteral("ни одного ответа")));
    r.answers = answersOf(survey, 8);
    r.answers.append({survey.questions.at(6).id, 1.0}); // «понравилось»: да
    const auto id = surveys.saveResponse(r, kToday);
    REQUIRE(id);
    const SurveyResponse stored = surveys.response(id.value()).value();
    CHECK(stored.pairId == pairId); // found from the membership
    CHECK(stored.answers.size() == 7);
    CHECK(surveys.saveResponse(r, kToday).error().contains(QStringLiteral("уже заполнил")));

    auto scoreOf = [&](qint64 responseId) {
        for (const SurveyScore &s : surveys.scores(2024))
            if (s.responseId == responseId)
                return s;
        return SurveyScore();
    };
    CHECK(scoreOf(id.value()).satisfied()); // the yes/no answer does not enter the mean
    CHECK(scoreOf(id.value()).mean == Approx(8));

    SurveyResponse edited = stored;
    edited.answers = answersOf(survey, 6);
    REQUIRE(surveys.saveResponse(edited, kToday));
    CHECK_FALSE(scoreOf(id.value()).satisfied());
    CHECK(surveys.response(id.value())->answers.size() == 6);

    // The threshold is the template's: lowered to 6, the same sheet is satisfied.
    survey.satisfiedThreshold = 6;
    REQUIRE(surveys.saveTemplate(survey));
    CHECK(scoreOf(id.value()).satisfied());

    const SurveyResponse before = surveys.response(id.value()).value();
    REQUIRE(surveys.removeResponse(id.value()));
    CHECK_FALSE(surveys.response(id.value()).has_value());
    REQUIRE(surveys.restoreResponse(before));
    CHECK(surveys.response(id.value())->answers.size() == 6);
}

TEST_CASE("editing a template keeps the answers it has meaningful", "[survey]")
{
    DemoCopy demo;
    SurveyService surveys(*demo.db);
    SurveyTemplate curator = surveys.templateOfKind(QStringLiteral("curator")).value();
    // No answers yet: anything goes.
    curator.questions.removeLast();
    SurveyQuestion added;
    added.text = QStringLiteral("Сколько пар вы сопровождали");
    added.answerType = QStringLiteral("choice");
    added.choices = QStringLiteral("до 5;6–15;больше 15");
    curator.questions.prepend(added);
    const auto saved = surveys.saveTemplate(curator);
    REQUIRE(saved);
    curator = surveys.templateById(curator.id).value();
    CHECK(curator.questions.size() == 5);
    CHECK(curator.questions.first().text == added.text);

    // A diagnostic already answered by the demo's mentees: its answered questions stay.
    SurveyTemplate before = surveys.templateOfKind(QStringLiteral("diagnostic_before")).value();
    REQUIRE_FALSE(surveys.responses(2024, before.id).isEmpty());
    SurveyTemplate changed = before;
    changed.questions.removeFirst();
    CHECK(surveys.saveTemplate(changed).error().contains(QStringLiteral("нельзя удалить")));
    changed = before;
    changed.questions.first().answerType = QStringLiteral("text");
    CHECK(surveys.saveTemplate(changed).error().contains(QStringLiteral("тип ответа")));
    changed = before;
    changed.questions.first().text = QStringLiteral("Уверенность в себе");
    REQUIRE(surveys.saveTemplate(changed));
    CHECK(surveys.templateById(before.id)->questions.first().text == QStringLiteral("Уверенность в себе"));
    CHECK(surveys.removeTemplate(before.id).error().contains(QStringLiteral("уже есть ответы")));

    SurveyTemplate fresh;
    fresh.kind = QStringLiteral("curator");
    fresh.title = QStringLiteral("Опрос педсовета");
    fresh.questions = {added};
    const auto created = surveys.saveTemplate(fresh);
    REQUIRE(created);
    REQUIRE(surveys.removeTemplate(created->id));
    CHECK_FALSE(surveys.templateById(created->id).has_value());
}
