#include "services/AnalyticReport.h"
#include "services/BankColumnSets.h"
#include "services/ReferenceData.h"
#include "services/RegistryExport.h"
#include "services/ReportCatalogue.h"
#include "services/XlsxWorkbook.h"
#include "storage/MeetingRepository.h"
#include "storage/PairRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlanRepository.h"
#include "storage/ProfileRepository.h"
#include "support/TestSupport.h"
#include "support/WorkbookReadBack.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <unzip.h>
#include <zlib.h>

TEST_CASE("the banks' column sets: the shipped ones of domain.md, the curator's saved, a wrong one refused")
{
    TempDatabase t;
    REQUIRE(ReferenceData::installDefaults(*t.db).ok());
    BankColumnSets sets(t.db);
    CHECK(sets.columns(MemberRole::Mentee).size() == 13);
    CHECK(sets.columns(MemberRole::Mentor).size() == 15);
    CHECK(sets.columns(MemberRole::Mentee).at(1).title == QStringLiteral("ФИО наставляемого"));

    const QByteArray mine = R"({"bank": "mentees", "columns": [{"field": "name", "title": "ФИО"}, {"field": "age", "title": "Лет"}]})";
    REQUIRE(sets.save(MemberRole::Mentee, mine).ok());
    CHECK(sets.columns(MemberRole::Mentee).size() == 2);
    CHECK(sets.columns(MemberRole::Mentor).size() == 15); // the other bank keeps its own

    const Status wrong = sets.save(MemberRole::Mentee, R"({"columns": [{"field": "about", "title": "О себе"}]})");
    CHECK_FALSE(wrong.ok());
    CHECK(wrong.error().contains(QStringLiteral("Столбец 1")));
    CHECK(sets.columns(MemberRole::Mentee).size() == 2); // unchanged

    REQUIRE(sets.save(MemberRole::Mentee, {}).ok());
    CHECK(sets.columns(MemberRole::Mentee).size() == 13);
}

TEST_CASE("a bank's export reports its progress row by row and stops on cancel, leaving no file")
{
    DemoCopy demo;
    const QString path = demo.filePath(QStringLiteral("bank.xlsx"));
    QList<QPair<qint64, qint64>> calls;
    RegistryExport::Options options;
    options.progress = [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    };
    REQUIRE(RegistryExport::bank(demo.db, MemberRole::Mentee, 2024, {2024, 11, 15}, path, options).ok());
    REQUIRE(calls.size() >= 2);
    CHECK(calls.first().first == 0);
    CHECK(calls.last().first == calls.last().second); // the last word: all rows written
    CHECK(calls.last().second > 50);
    CHECK(QFileInfo::exists(path));

    const QString cancelled = demo.filePath(QStringLiteral("cancelled.xlsx"));
    options.progress = [](qint64, qint64) { return false; };
    const Status stopped = RegistryExport::bank(demo.db, MemberRole::Mentee, 2024, {2024, 11, 15}, cancelled, options);
    CHECK_FALSE(stopped.ok());
    CHECK(stopped.error().contains(QStringLiteral("отменено")));
    CHECK_FALSE(QFileInfo::exists(cancelled));
    CHECK(QDir(QFileInfo(path).path()).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral(".part")).isEmpty());
}

namespace {
// A small school counted by hand: two pupils in pairs through the autumn, one paired for the
// spring only, one never paired; one mentor; plans, meetings, a pair ended early.
struct SmallSchool
{
    TempDatabase t;
    qint64 early = 0, later = 0, anna = 0;

    SmallSchool()
    {
        REQUIRE(ReferenceData::installDefaults(*t.db).ok());
        const QSqlDatabase c = t.db->connection();
        const auto person = [this](PersonCategory category, const QDate &born, const char *last) {
            return addTestPerson(t.db, category, born, last);
        };
        anna = person(PersonCategory::Pupil, {2012, 4, 1}, "Анина");
        const qint64 boris = person(PersonCategory::Pupil, {2011, 4, 1}, "Борин");
        const qint64 vova = person(PersonCategory::Pupil, {2010, 4, 1}, "Вовин");
        const qint64 gleb = person(PersonCategory::Pupil, {2010, 5, 1}, "Глебов");
        const qint64 teacher = person(PersonCategory::Teacher, {1980, 1, 1}, "Учителева");
        ProfileRepository profiles(c);
        for (qint64 id : {anna, boris, vova, gleb}) {
            MenteeProfile m;
            m.personId = id;
            m.yearStart = 2024;
            REQUIRE(profiles.saveMentee(m).ok());
        }
        const auto pair = [&](const QDate &start, const QDate &end, PairStatus status, qint64 mentee) {
            Pair p;
            p.yearStart = 2024;
            p.startedOn = start;
            p.endedOn = end;
            p.status = status;
            p.members = {{teacher, MemberRole::Mentor, {}}, {mentee, MemberRole::Mentee, {}}};
            return PairRepository(c).insert(p).value();
        };
        const qint64 working = pair({2024, 10, 1}, {}, PairStatus::Active, anna);
        early = pair({2024, 9, 15}, {2024, 11, 30}, PairStatus::EndedEarly, boris);
        later = pair({2025, 2, 1}, {}, PairStatus::Active, vova);
        PlanRepository plans(c);
        const auto items = [](int all, int done) {
            QList<PlanItem> list;
            for (int i = 0; i < all; ++i) {
                PlanItem item;
                item.activity = QStringLiteral("Пункт %1").arg(i + 1);
                item.done = i < done;
                list << item;
            }
            return list;
        };
        REQUIRE(plans.insertPlan(working, {}, {}, items(3, 3)).ok());
        REQUIRE(plans.insertPlan(early, {}, {}, items(4, 1)).ok());
        MeetingRepository meetings(c);
        const auto meeting = [&](qint64 pairId, const QDate &planned, const QDate &held) {
            Meeting m;
            m.pairId = pairId;
            m.kind = QStringLiteral("regular");
            m.plannedOn = planned;
            m.heldOn = held;
            REQUIRE(meetings.insert(m).ok());
        };
        meeting(working, {2024, 10, 5}, {2024, 10, 5});
        meeting(working, {2024, 11, 10}, {2024, 11, 10});
        meeting(working, {2024, 11, 20}, {});         // missed
        meeting(working, {2024, 12, 25}, {});         // after the report date: not yet missed
        meeting(early, {2024, 9, 20}, {2024, 9, 20});
        meeting(later, {2025, 2, 10}, {2025, 2, 10}); // outside the period
        (void)gleb;
    }
};
}

TEST_CASE("a bank's workbook names each mentee's mentor, looked up on a second connection of the school's file")
{
    SmallSchool school;
    const QString path = school.t.dirPath() + QStringLiteral("/bank.xlsx");
    REQUIRE(RegistryExport::bank(school.t.db, MemberRole::Mentee, 2024, {2025, 3, 1}, path).ok());
    const QJsonObject bank = readBack(path).at(0).toObject();
    const auto mentorOf = [&](int row) { return cellAt(bank, row, 7).value(QLatin1String("v")).toString(); };
    CHECK(cellAt(bank, 4, 2).value(QLatin1String("v")).toString() == QStringLiteral("Анина Тест"));
    CHECK(mentorOf(4) == QStringLiteral("Учителева Тест"));
    CHECK(cellAt(bank, 6, 2).value(QLatin1String("v")).toString() == QStringLiteral("Вовин Тест"));
    CHECK(mentorOf(6) == QStringLiteral("Учителева Тест"));
    CHECK(cellAt(bank, 7, 2).value(QLatin1String("v")).toString() == QStringLiteral("Глебов Тест"));
    CHECK(mentorOf(7).isEmpty()); // never paired
}

namespace {
// A part of a zip archive: its bytes, and how many it takes packed.
struct ZipPart
{
    QByteArray data;
    qint64 packed = 0;
};

ZipPart zipPart(const QString &archive, const char *name)
{
    ZipPart part;
    unzFile zip = unzOpen64(QFile::encodeName(archive).constData());
    REQUIRE(zip);
    unz_file_info64 info{};
    REQUIRE(unzLocateFile(zip, name, 1) == UNZ_OK);
    REQUIRE(unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK);
    part.packed = qint64(info.compressed_size);
    part.data.resize(qsizetype(info.uncompressed_size));
    REQUIRE(unzOpenCurrentFile(zip) == UNZ_OK);
    CHECK(unzReadCurrentFile(zip, part.data.data(), unsigned(part.data.size())) == int(part.data.size()));
    unzCloseCurrentFile(zip);
    unzClose(zip);
    return part;
}

// The size of the bytes deflated at a zlib level, without the header and checksum a zip part has not.
qint64 deflated(const QByteArray &data, int level)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    REQUIRE(compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
                      uLong(data.size()), level) == Z_OK);
    return qint64(size) - 6;
}
}

TEST_CASE("a workbook written row by row is packed at zlib's fastest level, any other at its default")
{
    QTemporaryDir dir;
    for (const bool rowByRow : {true, false}) {
        INFO("row by row: " << rowByRow);
        const QString path = dir.filePath(QStringLiteral("book.xlsx"));
        XlsxWorkbook book(path, rowByRow);
        XlsxWorkbook::Sheet *sheet = book.addSheet(QStringLiteral("Лист"), QStringLiteral("Проверка"), {2025, 3, 1},
                                                   {{QStringLiteral("№")}, {QStringLiteral("ФИО")}, {QStringLiteral("Дата"), XlsxWorkbook::Kind::Date}});
        for (int i = 1; i <= 3000; ++i)
            sheet->writeRow({i, QStringLiteral("Ученик %1 Тестович").arg(i), QDate(2012, 9, 1).addDays(i % 365)});
        REQUIRE(book.close().ok());
        const ZipPart part = zipPart(path, "xl/worksheets/sheet1.xml");
        const qint64 fastest = deflated(part.data, Z_BEST_SPEED), usual = deflated(part.data, Z_DEFAULT_COMPRESSION);
        INFO("packed " << part.packed << ", fastest " << fastest << ", default " << usual);
        REQUIRE(fastest > usual + usual / 20); // the levels are told apart
        if (rowByRow)
            CHECK(std::abs(part.packed - fastest) < std::abs(part.packed - usual));
        else
            CHECK(std::abs(part.packed - usual) < std::abs(part.packed - fastest));
    }
}

TEST_CASE("the analytic report for December counts pairs, plans, meetings and mentees without a mentor by hand")
{
    SmallSchool school;
    const Kpi::Period autumn{{2024, 9, 1}, {2024, 12, 31}};
    const AnalyticFigures f = AnalyticService(school.t.db).compute(2024, autumn, {2024, 12, 20});
    CHECK(f.total.active == 2);   // the working pair and the one ended in November
    CHECK(f.total.formed == 2);   // the spring pair starts after the period
    CHECK(f.total.finished == 1);
    CHECK(f.endedEarly == 1);
    CHECK(f.total.groups == 0);
    CHECK(f.menteesActive == 2);
    CHECK(f.mentorsActive == 1);  // one mentor of two pairs counts once
    CHECK(f.planItems == 7);
    CHECK(f.planItemsDone == 4);
    CHECK(f.plans == 2);
    CHECK(f.plansDone == 1);      // 3 of 3; 1 of 4 is not ≥ 90 %
    CHECK(f.meetingsHeld == 3);
    CHECK(f.meetingsMissed == 1);
    CHECK(f.meetingsPerMonth.value({2024, 11, 1}) == 1);
    CHECK(f.menteesInBank == 4);
    CHECK(f.menteesWithoutPair == 1); // the spring pair is already formed; only one pupil has none
    REQUIRE(f.withoutPairReasons.size() == 1);
    CHECK(f.withoutPairReasons.first().second == 1);
    CHECK(f.summary.size() == 6);
    CHECK(f.summary.first().contains(QStringLiteral("работали наставнических пар и групп — 2")));
    CHECK(f.summary.at(2).contains(QStringLiteral("4 из 7")));

    // In the spring, the pupil whose pair ended early in November is without a mentor again.
    const AnalyticFigures spring = AnalyticService(school.t.db).compute(2024, Kpi::Period{{2025, 1, 1}, {2025, 4, 30}}, {2025, 4, 30});
    CHECK(spring.total.active == 2);
    CHECK(spring.menteesWithoutPair == 2);

    // The whole school year: the spring pair and its meeting join.
    const AnalyticFigures year = AnalyticService(school.t.db).compute(2024, std::nullopt, {2025, 8, 31});
    CHECK(year.total.active == 3);
    CHECK(year.meetingsHeld == 4);
    CHECK(year.meetingsMissed == 2);

    // Counts only: no name of a participant in the text or the document.
    const QString html = AnalyticReport::html(f);
    for (const char *name : {"Анина", "Борин", "Вовин", "Глебов", "Учителева"}) {
        CHECK_FALSE(html.contains(QString::fromUtf8(name)));
        CHECK_FALSE(f.summary.join(QLatin1Char(' ')).contains(QString::fromUtf8(name)));
    }
}

TEST_CASE("the analytic report is written as a PDF document and as a workbook")
{
    SmallSchool school;
    const ReportCatalogue::Report *report = ReportCatalogue::find(QStringLiteral("analytic"));
    REQUIRE(report);
    CHECK(report->pdf);
    CHECK(report->periodic);
    CHECK_FALSE(report->personal);
    ReportCatalogue::Request request;
    request.startYear = 2024;
    request.reportDate = {2024, 12, 20};
    request.period = Kpi::Period{{2024, 9, 1}, {2024, 12, 31}};
    const QString pdf = school.t.dirPath() + QStringLiteral("/анализ.pdf");
    REQUIRE(report->write(school.t.db, request, pdf).ok());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(file.size() > 10000);
    CHECK((QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    const QString xlsx = school.t.dirPath() + QStringLiteral("/анализ.xlsx");
    REQUIRE(report->write(school.t.db, request, xlsx).ok());
    CHECK(QFileInfo(xlsx).size() > 5000);
}

TEST_CASE("a workbook asked for in a missing folder or over a folder says so before writing anything")
{
    QTemporaryDir dir;
    const XlsxWorkbook missing(dir.filePath(QStringLiteral("нет/отчёт.xlsx")));
    REQUIRE_FALSE(missing.opened().ok());
    CHECK(missing.opened().error().contains(QStringLiteral("папки")));
    QDir(dir.path()).mkdir(QStringLiteral("папка.xlsx"));
    const XlsxWorkbook folder(dir.filePath(QStringLiteral("папка.xlsx")));
    REQUIRE_FALSE(folder.opened().ok());
    CHECK(folder.opened().error().contains(QStringLiteral("это папка")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // not even a part file
}
