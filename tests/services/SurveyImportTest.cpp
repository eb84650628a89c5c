#include "services/PairService.h"
#include "services/QuestionnaireImport.h"
#include "services/SurveyService.h"
#include "storage/PersonRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace {
// Mentees of the demo's pairs, each once.
QList<Person> demoMentees(Database &db, int count)
{
    QList<Person> people;
    PairService pairs(db);
    for (const PairRow &row : pairs.rows(2024, QDate(2024, 11, 15))) {
        const Pair pair = pairs.card(row.pair.id)->pair;
        for (const PairMember &m : pair.members)
            if (m.role == MemberRole::Mentee && people.size() < count
                && std::none_of(people.begin(), people.end(), [&m](const Person &p) { return p.id == m.personId; }))
                people << PersonRepository(db.connection()).find(m.personId).value();
    }
    return people;
}

QString writeFile(const DemoCopy &demo, const QString &text)
{
    const QString path = demo.filePath(QStringLiteral("survey.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return path;
}

QString row(const Person &p, const QString &answers)
{
    return QStringLiteral("15.11.2024 10:00:00;%1;%2;%3\n").arg(p.fullName(), p.birthDate.toString(QStringLiteral("dd.MM.yyyy")), answers);
}
} // namespace

TEST_CASE("answer sheets of a survey are imported with the questionnaires' importer and mapping", "[survey]")
{
    DemoCopy demo;
    SurveyService surveys(*demo.db);
    const SurveyTemplate survey = surveys.templateOfKind(QStringLiteral("satisfaction_mentee")).value();
    const QList<Person> mentees = demoMentees(*demo.db, 3);
    REQUIRE(mentees.size() == 3);

    // A forms service's export: numbered questions with a question mark, one column it does not know.
    const QString header = QStringLiteral("Отметка времени;ФИО;Дата рождения;1. Оцените эффективность программы наставничества?;"
                                          "Насколько комфортным было общение с наставником;7) Понравилось ли вам участвовать в программе;"
                                          "Что было самым ценным в программе:;Адрес электронной почты\n");
    Person stranger;
    stranger.lastName = QStringLiteral("Неизвестнова");
    stranger.firstName = QStringLiteral("Анна");
    stranger.birthDate = QDate(2011, 3, 4);
    const QString text = header + row(mentees[0], QStringLiteral("9;8 из 10;Да;Поддержка;a@b.ru"))
                         + row(mentees[1], QStringLiteral("6;5;нет;;"))
                         + row(stranger, QStringLiteral("9;9;да;;"))
                         + row(mentees[2], QStringLiteral("11;9;да;;"))
                         + row(mentees[0], QStringLiteral("9;9;да;;"));
    const TableData table = TableFile::read(writeFile(demo, text)).value();

    QuestionnaireImport importer(demo.db, survey);
    const ImportPreview p = importer.preview(table, QuestionnaireKind::Survey, 2024, QStringLiteral("survey.csv"));
    const auto fieldOf = [&](qint64 questionIndex) { return QStringLiteral("q%1").arg(survey.questions.at(questionIndex).id); };
    CHECK(p.mapping.fieldOfColumn == QStringList{QStringLiteral("submitted"), QStringLiteral("full_name"), QStringLiteral("birth_date"),
                                                 fieldOf(0), fieldOf(1), fieldOf(6), fieldOf(9), QString()});
    REQUIRE(p.rows.size() == 2);
    REQUIRE(p.problems.size() == 3);
    CHECK(p.problems.at(0).row == 4);
    CHECK(p.problems.at(0).message.contains(QStringLiteral("нет в базе")));
    CHECK(p.problems.at(1).row == 5);
    CHECK(p.problems.at(1).message.contains(QStringLiteral("вопрос 1")));
    CHECK(p.problems.at(2).message.contains(QStringLiteral("повторяет строку 2")));

    // All or nothing: with bad rows and no permission to skip them nothing is written.
    CHECK_FALSE(importer.commit(p, false).ok());
    CHECK(surveys.responseOf(survey.id, mentees[0].id, 2024) == 0);
    const auto report = importer.commit(p, true);
    REQUIRE(report);
    CHECK(report->created == 2);
    CHECK(report->skipped.size() == 3);
    const qint64 sheet = surveys.responseOf(survey.id, mentees[0].id, 2024);
    REQUIRE(sheet != 0);
    const SurveyResponse first = surveys.response(sheet).value();
    CHECK(first.answeredOn == QDate(2024, 11, 15));
    CHECK(first.pairId != 0);
    CHECK(first.answers.size() == 4); // 9, 8, yes, the text; the e-mail is not an answer
    CHECK(importer.savedMapping(QuestionnaireKind::Survey).value(QStringLiteral("адрес электронной почты")).toString().isEmpty());

    // The same file again replaces the sheets instead of doubling them; the saved mapping is used.
    const ImportPreview again = QuestionnaireImport(demo.db, survey).preview(table, QuestionnaireKind::Survey, 2024, QStringLiteral("survey.csv"));
    CHECK(again.mapping.fieldOfColumn == p.mapping.fieldOfColumn);
    const auto second = QuestionnaireImport(demo.db, survey).commit(again, true);
    REQUIRE(second);
    CHECK(second->created == 0);
    CHECK(second->updated == 2);
    CHECK(surveys.responses(2024, survey.id).size() == 2);
}
