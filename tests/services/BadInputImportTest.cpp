// Bad input on the way in: encodings beyond UTF-8 and windows-1251, formulas in imported cells,
// quotes and SQL metacharacters in names, a birth date in the future, a negative capacity.
#include "domain/CellValues.h"
#include "services/PeopleService.h"
#include "services/ProfileService.h"
#include "services/QuestionnaireImport.h"
#include "services/RegistryExport.h"
#include "domain/PersonValidator.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {
const QString kTable = QStringLiteral("Фамилия;Имя;Отчество;Класс;Дата рождения;Запрос\n"
                                      "Щукина;Людмила;Эдуардовна;7Б;12.03.2011;подготовка к олимпиаде по химии\n");

// The bytes of `text` in an encoding, made by python's codecs (not by the decoder under test).
QByteArray encoded(const QString &text, const char *codec)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QStringLiteral("import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('%1'))")
                                       .arg(QString::fromLatin1(codec))});
    p.write(text.toUtf8());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

ImportPreview previewOf(QuestionnaireImport &importer, const QByteArray &csv)
{
    const Result<TableData> table = TableFile::parse(csv, false);
    REQUIRE(table.ok());
    return importer.preview(*table, QuestionnaireKind::Mentee, 2024, QStringLiteral("анкеты.csv"));
}
} // namespace

TEST_CASE("UTF-16, KOI8-R and CP866 tables are read as Russian, each named", "[badinput]")
{
    const struct { const char *codec; const char *name; } cases[] = {
        {"utf-16", "UTF-16"},       // python writes the byte order mark, as Excel's «Текст Юникод» does
        {"utf-16-be", "UTF-16"},    // with the mark added below
        {"koi8_r", "KOI8-R"},
        {"cp866", "IBM866"},
        {"cp1251", "windows-1251"},
    };
    for (const auto &c : cases) {
        QByteArray bytes = encoded(kTable, c.codec);
        if (QByteArray(c.codec) == "utf-16-be")
            bytes.prepend("\xfe\xff");
        INFO(c.codec);
        const Result<TableData> table = TableFile::parse(bytes, false);
        REQUIRE(table.ok());
        CHECK(table->encoding == QString::fromLatin1(c.name));
        REQUIRE(table->rows.size() == 2);
        CHECK(table->rows.at(0).at(0) == QStringLiteral("Фамилия"));
        CHECK(table->rows.at(1).at(5) == QStringLiteral("подготовка к олимпиаде по химии"));
    }
}

TEST_CASE("formulas in imported cells are stored as text and leave in exports neutralised", "[badinput]")
{
    TempDatabase t;
    QuestionnaireImport importer(t.db);
    const QString csv = QStringLiteral("Фамилия;Имя;Отчество;Класс;Дата рождения;Запрос\n"
                                       "Щукина;Людмила;Эдуардовна;7Б;12.03.2011;\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Нажми\"\")\"\n"
                                       "Осипов;Тимур;;7Б;01.04.2011;@SUM(1+1)\n");
    const ImportPreview p = previewOf(importer, csv.toUtf8());
    REQUIRE(p.problems.isEmpty());
    REQUIRE(importer.commit(p, false).ok());
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT request FROM mentee_profile ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Нажми\")")); // kept as typed, never run
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("@SUM(1+1)"));

    // An independent reader sees text cells beginning with the apostrophe, no formula.
    const QString out = t.dirPath() + QStringLiteral("/mentees.xlsx");
    REQUIRE(RegistryExport::bank(t.db, MemberRole::Mentee, 2024, {2024, 11, 15}, out).ok());
    QProcess reader;
    reader.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(KURATOR_TEST_DATA "/read_xlsx.py"), out});
    REQUIRE(reader.waitForFinished(60000));
    const QJsonArray rows = QJsonDocument::fromJson(reader.readAllStandardOutput()).array().at(0).toObject().value(QLatin1String("rows")).toArray();
    QStringList requests;
    for (const QJsonValue &row : rows)
        for (const QJsonValue &cell : row.toArray())
            if (cell.toObject().value(QLatin1String("v")).toString().contains(QStringLiteral("HYPERLINK"))
                || cell.toObject().value(QLatin1String("v")).toString().contains(QStringLiteral("SUM(")))
                requests << cell.toObject().value(QLatin1String("v")).toString();
    CHECK(requests == QStringList{QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"Нажми\")"), QStringLiteral("'@SUM(1+1)")});
}

TEST_CASE("quotes and SQL metacharacters in names are stored, found and read back as typed", "[badinput]")
{
    TempDatabase t;
    PeopleService people(t.db);
    const QStringList names{QStringLiteral("Д'Артаньян"), QStringLiteral("O'Brien"), QStringLiteral("\"Ёлочка\""),
                            QStringLiteral("'); DROP TABLE person;--"), QStringLiteral("Под_чёркнутый"), QStringLiteral("Обратный\\слэш")};
    QList<qint64> ids;
    for (const QString &name : names) {
        Person p;
        p.lastName = name;
        p.firstName = QStringLiteral("Иван");
        p.category = PersonCategory::Teacher;
        const auto saved = people.save({p, std::nullopt, {}, std::nullopt});
        INFO(name);
        REQUIRE(saved.ok());
        ids << saved->personId;
    }
    for (int i = 0; i < names.size(); ++i) {
        CHECK(people.find(ids.at(i))->lastName == names.at(i));
        PersonFilter byName;
        byName.search = names.at(i);
        const QList<Person> found = people.list(byName);
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == ids.at(i));
    }
    // «_» and «\» are letters of a search, not LIKE's wildcards.
    PersonFilter underscore;
    underscore.search = QStringLiteral("_");
    CHECK(people.list(underscore).size() == 1);
    QSqlQuery q(t.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM person")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == names.size());
}

TEST_CASE("an imported birth date in the future or over 110 years back is a problem of its row, as in the form", "[badinput]")
{
    TempDatabase t;
    QuestionnaireImport importer(t.db);
    const QString csv = QStringLiteral("Фамилия;Имя;Отчество;Класс;Дата рождения;Запрос\n"
                                       "Щукина;Людмила;;7Б;12.03.2099;химия\n"
                                       "Осипов;Тимур;;7Б;01.04.1812;история\n"
                                       "Лаптев;Игорь;;7Б;01.04.2011;физика\n"
                                       "Гусев;Пётр;;7Б;01.04.1905;химия\n");
    const ImportPreview p = previewOf(importer, csv.toUtf8());
    REQUIRE(p.problems.size() == 3);
    CHECK(p.problems.at(0).row == 2);
    CHECK(p.problems.at(0).message.contains(QStringLiteral("12.03.2099")));
    CHECK(p.problems.at(1).row == 3);
    // 1905 passed the import's own «before 1900» rule while the form refused it: now one rule.
    CHECK(p.problems.at(2).row == 5);
    Person old;
    old.lastName = QStringLiteral("Гусев");
    old.firstName = QStringLiteral("Пётр");
    old.category = PersonCategory::Teacher;
    old.birthDate = QDate(1905, 4, 1);
    CHECK(PersonValidator::validate(old, {QDate::currentDate(), false}).contains(QStringLiteral("Дата рождения 01.04.1905 невозможна.")));
    CHECK(p.rows.size() == 1);
}

TEST_CASE("a negative capacity of a mentor is refused before it reaches the store", "[badinput]")
{
    MentorProfile profile;
    profile.capacity = -1;
    const QStringList errors = ProfileService::validate(profile);
    CHECK(errors.join(QLatin1Char(' ')).contains(QStringLiteral("не может быть отрицательным")));
}

TEST_CASE("rows that would merge two people, or split one, are refused, each naming the other row", "[badinput]")
{
    TempDatabase t;
    QuestionnaireImport importer(t.db);
    const auto problemOf = [](const ImportPreview &p, int row) {
        for (const RowProblem &problem : p.problems)
            if (problem.row == row)
                return problem.message;
        return QString();
    };
    const QByteArray header = "ФИО;Дата рождения;Класс;Отметка времени\n";
    // Control characters are no name; an invisible character does not make a copy another person;
    // a row without a birth date cannot be told from another of its name.
    const ImportPreview one = previewOf(importer, header +
        "\x01\x02 \x03\x04;12.03.2012;7А;\n"                                   // row 2
        "Новиков Олег Ильич;12.03.2012;7A;01.10.2024 10:15\n"                  // row 3, Latin A
        "Новиков\xe2\x80\x8b Олег Ильич;12.03.2012;7А;\n"                       // row 4, zero-width space
        "Новиков Олег Ильич;;7А;\n"                                              // row 5
        "Орлова Анна Петровна;01.02.2012;7А;31.02.2024\n"                      // row 6
        "Орлова Мария Петровна;01.02.2012;7А;01.10.2099\n");                   // row 7
    CHECK(problemOf(one, 2).contains(QStringLiteral("нет ФИО")));
    CHECK(problemOf(one, 3).isEmpty());
    CHECK(problemOf(one, 4) == QStringLiteral("повторяет строку 3"));
    CHECK(problemOf(one, 5).contains(QStringLiteral("строке 3")));
    CHECK(problemOf(one, 6).contains(QStringLiteral("31.02.2024")));
    CHECK(problemOf(one, 7).contains(QStringLiteral("ещё не наступила")));
    REQUIRE(one.rows.size() == 1);
    CHECK(one.rows.first().person.className == QStringLiteral("7А")); // Cyrillic

    // A person stored without a birth date is updated by one row, not by two of different dates.
    REQUIRE(importer.commit(previewOf(importer, header + "Жуков Иван Петрович;;5А;\n"), false).ok());
    const ImportPreview two = previewOf(importer, header + "Жуков Иван Петрович;12.03.2013;5А;\n"
                                                           "Жуков Иван Петрович;13.03.2013;5А;\n");
    CHECK(problemOf(two, 2).isEmpty());
    CHECK(problemOf(two, 3).contains(QStringLiteral("строке 2")));
}

TEST_CASE("a table that is missing, or is a folder, is named as such", "[badinput]")
{
    QTemporaryDir dir;
    const auto missing = TableFile::read(dir.filePath(QStringLiteral("анкеты.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("нет")));
    const auto folder = TableFile::read(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().contains(QStringLiteral("это папка")));
}
