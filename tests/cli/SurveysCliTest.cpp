#include "cli/CliRun.h"
#include "services/PairService.h"
#include "storage/SurveyRepository.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QFile>
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

TEST_CASE("survey templates and answer sheets from the command line: list, write out, load, import survey FILE")
{
    DemoCopy demo;
    QString name, birth;
    {
        const PairCard pair = PairService(*demo.db).card(PairService(*demo.db).rows(2024, QDate(2024, 11, 15)).first().pair.id).value();
        const auto mentee = std::find_if(pair.pair.members.begin(), pair.pair.members.end(),
                                         [](const PairMember &m) { return m.role == MemberRole::Mentee; });
        name = pair.menteeNames.at(std::count_if(pair.pair.members.begin(), mentee, [](const PairMember &m) { return m.role == MemberRole::Mentee; }));
        QSqlQuery q(demo.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT birth_date FROM person WHERE id = %1").arg(mentee->personId)));
        REQUIRE(q.next());
        birth = QDate::fromString(q.value(0).toString(), Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy"));
    }
    demo.db.reset();
    const QString db = demo.path();

    const Run list = cli({QStringLiteral("--db"), db, QStringLiteral("surveys"), QStringLiteral("templates")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("satisfaction_mentor\tАнкета удовлетворённости наставника")));
    CHECK(list.out.contains(QStringLiteral("шкала 1–10\tОцените эффективность программы наставничества")));

    const QString json = demo.filePath(QStringLiteral("curator.json"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("surveys"), QStringLiteral("template"), QStringLiteral("curator"),
                 QStringLiteral("--out"), json}).exitCode == 0);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    CHECK(text.contains("\"kind\": \"curator\""));
    text.replace("Анкета куратора", "Анкета куратора (весна)");
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    const Run loaded = cli({QStringLiteral("--db"), db, QStringLiteral("surveys"), QStringLiteral("template"), QStringLiteral("--load"), json});
    CHECK(loaded.exitCode == 0);
    CHECK(loaded.out.contains(QStringLiteral("Анкета куратора (весна)")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("surveys"), QStringLiteral("template"), QStringLiteral("--load"),
               QStringLiteral(KURATOR_TEST_DATA "/questionnaires/mentees.xlsx")}).exitCode == 1);

    const QString csv = demo.filePath(QStringLiteral("mentor_survey.csv"));
    QFile table(csv);
    REQUIRE(table.open(QIODevice::WriteOnly));
    table.write(QStringLiteral("ФИО,Дата рождения,Дата заполнения,Оцените эффективность программы наставничества,"
                               "Насколько понятными были задачи\n%1,%2,10.11.2024,8,9\nПетров Пётр,01.01.2010,10.11.2024,7,7\n")
                    .arg(name, birth).toUtf8());
    table.close();
    const QStringList import{QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("survey"), csv,
                             QStringLiteral("--template"), QStringLiteral("satisfaction_mentee"), QStringLiteral("--year"), QStringLiteral("2024")};
    const Run strict = cli(import);
    CHECK(strict.exitCode == 1);
    CHECK(strict.out.contains(QStringLiteral("строка 3: Петров Пётр нет в базе")));
    const Run done = cli(import + QStringList{QStringLiteral("--skip-bad")});
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("Импортировано анкет: новых 1, заменено прежних 0, пропущено строк 1.")));
    const Run results = cli({QStringLiteral("--db"), db, QStringLiteral("surveys"), QStringLiteral("results"), QStringLiteral("--year"),
                             QStringLiteral("2024"), QStringLiteral("--kind"), QStringLiteral("satisfaction_mentee")});
    CHECK(results.out.contains(QStringLiteral("\t8.5\tудовлетворён")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("survey"), csv}).exitCode == 2);
}
