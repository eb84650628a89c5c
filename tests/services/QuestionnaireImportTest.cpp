#include "domain/CellValues.h"
#include "services/OfficeTables.h"
#include "services/QuestionnaireImport.h"
#include "services/ReferenceData.h"
#include "storage/MatchingRepository.h"
#include "storage/PersonRepository.h"
#include "support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <xlsxwriter.h>

namespace {
QString fixture(const char *name) { return QStringLiteral(KURATOR_TEST_DATA "/questionnaires/") + QString::fromUtf8(name); }

ImportPreview previewOf(QuestionnaireImport &importer, const char *file, QuestionnaireKind kind)
{
    const Result<TableData> table = TableFile::read(fixture(file));
    REQUIRE(table);
    return importer.preview(*table, kind, 2024, QString::fromUtf8(file));
}

int count(const DatabasePtr &db, const QString &sql)
{
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
}

namespace {
QString bigXlsx(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("big.xlsx"));
    lxw_workbook *book = workbook_new(path.toUtf8().constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    worksheet_write_string(sheet, 0, 0, "ФИО", nullptr);
    for (int i = 1; i <= rows; ++i)
        worksheet_write_string(sheet, lxw_row_t(i), 0, QByteArray("Ученик " + QByteArray::number(i)).constData(), nullptr);
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    return path;
}

// A progress callback that records what it heard and answers `goOn` after `allowed` reports.
struct Listener
{
    int allowed = 1 << 30;
    QList<std::pair<qint64, qint64>> heard;
    ProgressCallback callback()
    {
        return [this](qint64 done, qint64 total) {
            heard << std::pair{done, total};
            return heard.size() <= allowed;
        };
    }
    bool grows() const
    {
        for (int i = 0; i < heard.size(); ++i)
            if (heard[i].first > heard[i].second || (i > 0 && heard[i].first <= heard[i - 1].first))
                return false;
        return !heard.isEmpty();
    }
};
}

TEST_CASE("reading and checking a big file report how far they got and stop on cancel")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
    QuestionnaireImport importer(t.db);
    const QByteArray csv = pupilsCsv(10000);

    Listener reading;
    const auto table = TableFile::parse(csv, false, reading.callback());
    REQUIRE(table);
    CHECK(table->rows.size() == 10001);
    CHECK(reading.heard.size() >= 4); // every 2048 rows
    CHECK(reading.grows());

    Listener stopped;
    stopped.allowed = 1;
    const auto cancelled = TableFile::parse(csv, false, stopped.callback());
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error() == TableFile::readingCancelled());
    CHECK(stopped.heard.size() == 2);
    CHECK_FALSE(TableFile::parse(pupilsCsv(3000).replace(';', '\t'), true, [](qint64, qint64) { return false; }));

    const ImportPreview recognised = importer.recognise(*table, QuestionnaireKind::Mentee, 2024, QStringLiteral("big.csv"));
    CHECK(recognised.headers.size() == 3);
    CHECK(recognised.mapping.columnOf(QStringLiteral("full_name")) == 0);
    CHECK(recognised.rows.isEmpty()); // the rows are left for the check

    Listener checking;
    const ImportPreview p = importer.preview(*table, QuestionnaireKind::Mentee, 2024, QStringLiteral("big.csv"), nullptr,
                                             checking.callback());
    CHECK_FALSE(p.cancelled);
    CHECK(p.rows.size() == 10000);
    CHECK(checking.heard.size() == 20); // every 500 rows
    CHECK(checking.grows());

    Listener halted;
    halted.allowed = 2;
    const ImportPreview part = importer.preview(*table, QuestionnaireKind::Mentee, 2024, QStringLiteral("big.csv"), nullptr,
                                                halted.callback());
    CHECK(part.cancelled);
    CHECK(part.rows.size() < 2000);

    QTemporaryDir dir;
    const QString xlsx = bigXlsx(dir, 5000);
    Listener sheet;
    const auto book = TableFile::read(xlsx, {}, sheet.callback());
    REQUIRE(book);
    CHECK(book->rows.size() == 5001);
    CHECK(sheet.heard.size() == 4); // every 1024 rows
    CHECK(sheet.grows());
    const auto stoppedBook = TableFile::read(xlsx, {}, [](qint64, qint64) { return false; });
    REQUIRE_FALSE(stoppedBook);
    CHECK(stoppedBook.error() == TableFile::readingCancelled());
}

TEST_CASE("usual Russian headers are recognised; a saved mapping wins")
{
    const QStringList headers{QStringLiteral("Отметка времени"), QStringLiteral("Ф.И.О."), QStringLiteral("Класс"),
                              QStringLiteral("Информация о себе"), QStringLiteral("Ваш ключевой запрос")};
    const ColumnMapping m = ColumnMapping::guess(headers, QuestionnaireKind::Mentee);
    CHECK(m.fieldOfColumn == QStringList{QStringLiteral("submitted"), QStringLiteral("full_name"), QStringLiteral("class"),
                                         QString(), QStringLiteral("request")});
    const ColumnMapping saved = ColumnMapping::guess(headers, QuestionnaireKind::Mentee,
                                                     QJsonObject{{QStringLiteral("информация о себе"), QStringLiteral("interests")}});
    CHECK(saved.fieldOfColumn.at(3) == QStringLiteral("interests"));
    CHECK(saved.toJson(headers).value(QStringLiteral("ф.и.о.")).toString() == QStringLiteral("full_name"));
}

TEST_CASE("questionnaires of mentees and mentors fill the people and the year's banks")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
    QuestionnaireImport importer(t.db);

    SECTION("an .xlsx with dates as Excel serial numbers and as text")
    {
        const ImportPreview p = previewOf(importer, "mentees.xlsx", QuestionnaireKind::Mentee);
        REQUIRE(p.problems.isEmpty());
        REQUIRE(p.rows.size() == 3);
        CHECK(p.rows.at(0).person.birthDate == QDate(2011, 9, 1)); // a serial number in the file
        CHECK(p.rows.at(1).person.birthDate == QDate(2012, 1, 17));
        CHECK(p.rows.at(2).person.birthDate == QDate(2011, 9, 1));
        REQUIRE(importer.commit(p, false));
        CHECK(MatchingRepository(t.db->connection()).mentees(2024).size() == 3);
        CHECK(importer.savedMapping(QuestionnaireKind::Mentee).value(QStringLiteral("запрос")).toString() == QStringLiteral("request"));
    }
    SECTION("the writing reports its progress, and a cancel writes nothing")
    {
        const ImportPreview p = previewOf(importer, "mentees.xlsx", QuestionnaireKind::Mentee);
        REQUIRE(p.rows.size() == 3);
        const auto cancelled = importer.commit(p, false, [](qint64, qint64) { return false; });
        REQUIRE_FALSE(cancelled);
        CHECK(cancelled.error() == QStringLiteral("Импорт отменён: ничего не записано."));
        CHECK(count(t.db, QStringLiteral("SELECT count(*) FROM person")) == 0);
        CHECK(importer.savedMapping(QuestionnaireKind::Mentee).isEmpty());
        QList<qint64> heard;
        REQUIRE(importer.commit(p, false, [&](qint64 done, qint64 total) {
            CHECK(total == 3);
            heard << done;
            return true;
        }));
        CHECK(heard == QList<qint64>{0, 3}); // the start and the end of a file this small
        CHECK(count(t.db, QStringLiteral("SELECT count(*) FROM person")) == 3);
    }
    SECTION("a windows-1251 file: bad rows block everything unless skipped; a known person is updated")
    {
        const ImportPreview p = previewOf(importer, "mentees_cp1251.csv", QuestionnaireKind::Mentee);
        CHECK(p.problems.size() == 4);
        CHECK_FALSE(importer.commit(p, false));
        CHECK(count(t.db, QStringLiteral("SELECT count(*) FROM person")) == 0);
        const Result<ImportReport> r = importer.commit(p, true);
        REQUIRE(r);
        CHECK(r->created == 2);
        CHECK(r->skipped.size() == 4);
        // The quoted cell keeps its ';' and its line break.
        CHECK(count(t.db, QStringLiteral("SELECT count(*) FROM mentee_profile WHERE request LIKE '%ОГЭ' "
                                         "OR request LIKE 'Адаптация в новом классе,\nобщение'")) == 2);
        // Again: ИВАНОВ and Семёнова are the people already stored, updated and not duplicated.
        const ImportPreview again = previewOf(importer, "mentees_cp1251.csv", QuestionnaireKind::Mentee);
        CHECK(again.knownPeople() == 2);
        REQUIRE(importer.commit(again, true));
        CHECK(count(t.db, QStringLiteral("SELECT count(*) FROM person")) == 2);
        CHECK(count(t.db, QStringLiteral("SELECT count(*) FROM questionnaire_response")) == 4);
    }
    SECTION("mentors with their capacity, desired age and form; then their preferences")
    {
        const ImportPreview p = previewOf(importer, "mentors_utf8bom.csv", QuestionnaireKind::Mentor);
        REQUIRE(p.problems.size() == 1);
        CHECK(p.problems.first().message.contains(QStringLiteral("«-1»")));
        REQUIRE(importer.commit(p, true));
        const QList<MatchPoolRow> mentors = MatchingRepository(t.db->connection()).mentors(2024);
        REQUIRE(mentors.size() == 2);
        CHECK(mentors.at(0).seats == 3);
        CHECK(mentors.at(0).desiredAgeFrom == 11);
        CHECK(mentors.at(1).desiredAgeTo == 16);
        CHECK(mentors.at(0).formId != 0);
        CHECK(mentors.at(0).category == PersonCategory::Teacher);

        REQUIRE(importer.commit(previewOf(importer, "mentees_cp1251.csv", QuestionnaireKind::Mentee), true));
        const Result<ImportReport> prefs = importer.commit(previewOf(importer, "preferences.csv", QuestionnaireKind::Preference), false);
        REQUIRE(prefs);
        CHECK(prefs->created == 0);         // «Семенова  Анна» is Семёнова Анна: ё = е, spaces folded
        CHECK(prefs->warnings.size() == 1); // «Никто Неизвестный»
        const auto chosen = MatchingRepository(t.db->connection()).preferences(2024);
        CHECK(chosen.size() == 2);
    }
}

TEST_CASE("a workbook's sheets are listed and the chosen one is read")
{
    const auto sheets = OfficeTables::xlsxSheets(fixture("two_sheets.xlsx"));
    REQUIRE(sheets);
    CHECK(sheets.value() == QStringList{QStringLiteral("Инструкция"), QStringLiteral("Наставники")});
    CHECK(TableFile::read(fixture("two_sheets.xlsx"))->rows.value(0).value(0).startsWith(QStringLiteral("Заполните")));
    const auto mentors = TableFile::read(fixture("two_sheets.xlsx"), QStringLiteral("Наставники"));
    REQUIRE(mentors);
    REQUIRE(mentors->rows.size() == 3);
    CHECK(mentors->rows.at(1).value(0) == QStringLiteral("Лебедева Нина Павловна"));
    CHECK(CellValues::date(mentors->rows.at(1).value(1)) == QDate(1979, 5, 6));
    const auto missing = TableFile::read(fixture("two_sheets.xlsx"), QStringLiteral("Лист9"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().contains(QStringLiteral("нет листа «Лист9»")));
    CHECK_FALSE(OfficeTables::xlsxSheets(fixture("picture.csv")));
}
