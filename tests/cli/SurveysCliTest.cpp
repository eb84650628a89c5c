#include "cli/CliRun.h"
#include "services/PairService.h"
#include "storage/SurveyRepository.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {
SurveyTemplate diagnostic(SurveyRepository &surveys, const char *kind)
{
    SurveyTemplate t;
    t.kind = QString::fromLatin1(kind);
    t.title = t.kind;
    t.questions = {{0, QStringLiteral("Уверенность в себе"), QStringLiteral("scale"), {}},
                   {0, QStringLiteral("Успеваемость"), QStringLiteral("scale"), {}},
                   {0, QStringLiteral("Нужна ли помощь?"), QStringLiteral("yesno"), {}}};
    return surveys.insertTemplate(t).value();
}

void answer(SurveyRepository &surveys, const SurveyTemplate &t, qint64 person, qint64 pair, const QDate &on, double a, double b)
{
    SurveyResponse r;
    r.templateId = t.id;
    r.personId = person;
    r.pairId = pair;
    r.yearStart = 2024;
    r.answeredOn = on;
    r.answers = {{t.questions.at(0).id, a}, {t.questions.at(1).id, b}, {t.questions.at(2).id, 0.0}}; // "no" is not a score
    REQUIRE(surveys.insertResponse(r));
}
} // namespace

TEST_CASE("surveys from the command line: satisfaction by the threshold, diagnostics before and after")
{
    DemoCopy demo;
    qint64 pairId = 0;
    {
        SurveyRepository surveys(demo.db->connection());
        QSqlQuery(QStringLiteral("DELETE FROM survey_response"), demo.db->connection()); // the demo's own diagnostics aside
        const PairCard pair = PairService(*demo.db).card(PairService(*demo.db).rows(2024, QDate(2024, 11, 15)).first().pair.id).value();
        const qint64 mentee = std::find_if(pair.pair.members.begin(), pair.pair.members.end(),
                                           [](const PairMember &m) { return m.role == MemberRole::Mentee; })->personId;
        const SurveyTemplate before = diagnostic(surveys, "diagnostic_before");
        const SurveyTemplate after = diagnostic(surveys, "diagnostic_after");
        answer(surveys, before, mentee, pair.pair.id, QDate(2024, 10, 1), 4, 5);
        answer(surveys, after, mentee, pair.pair.id, QDate(2025, 5, 20), 8, 8);
        pairId = pair.pair.id;
    }
    demo.db.reset(); // the command opens the file itself

    const Run results = cli({QStringLiteral("--db"), demo.path(), QStringLiteral("surveys"), QStringLiteral("results"),
                             QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--json")});
    REQUIRE(results.exitCode == 0);
    const QJsonArray sheets = QJsonDocument::fromJson(results.out.toUtf8()).array();
    REQUIRE(sheets.size() == 2);
    CHECK(sheets.at(0).toObject().value(QStringLiteral("mean")).toDouble() == 4.5); // the yes/no answer takes no part
    CHECK_FALSE(sheets.at(0).toObject().value(QStringLiteral("satisfied")).toBool());
    CHECK(sheets.at(1).toObject().value(QStringLiteral("satisfied")).toBool());

    const Run compared = cli({QStringLiteral("--db"), demo.path(), QStringLiteral("surveys"), QStringLiteral("compare"),
                              QStringLiteral("--year"), QStringLiteral("2024")});
    CHECK(compared.exitCode == 0);
    CHECK(compared.out.contains(QStringLiteral("4.5 → 8.0\t+3.5")));
    CHECK(compared.out.contains(QStringLiteral("Пара №%1: изменение 3.5").arg(pairId)));
    CHECK(cli({QStringLiteral("--db"), demo.path(), QStringLiteral("surveys"), QStringLiteral("averages")}).exitCode == 2);
}
