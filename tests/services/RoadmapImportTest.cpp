#include "services/RoadmapService.h"
#include "services/TableFile.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {
QString seed(const char *prefix)
{
    const QDir dir(QStringLiteral(KURATOR_TEST_DATA "/seeds"));
    return dir.filePath(dir.entryList({QLatin1String(prefix) + QStringLiteral("_*.txt")}).value(0));
}

RoadmapImport importSeed(const char *prefix, int startYear)
{
    const auto read = RoadmapService::readFile(seed(prefix), startYear);
    INFO(prefix << ": " << (read ? std::string() : read.error().toStdString()));
    REQUIRE(read.ok());
    return read.value();
}

const RoadmapItem *findItem(const RoadmapImport &import, const QString &start)
{
    for (const RoadmapItem &item : import.items)
        if (item.activity.startsWith(start))
            return &item;
    return nullptr;
}

QStringList sectionsOf(const RoadmapImport &import)
{
    QStringList sections;
    for (const RoadmapItem &item : import.items)
        if (!sections.contains(item.section))
            sections << item.section;
    return sections;
}

int recognised(const RoadmapImport &import)
{
    return int(std::count_if(import.items.begin(), import.items.end(),
                             [](const RoadmapItem &i) { return i.deadline.isRecognised(); }));
}
}

TEST_CASE("seed 000: a children's centre roadmap with section rows spanning the table")
{
    const RoadmapImport r = importSeed("000", 2024);
    CHECK(r.items.size() == 30);
    CHECK(sectionsOf(r) == QStringList{QStringLiteral("Организационно-методическое сопровождение деятельности"),
                                       QStringLiteral("Программно-методическое сопровождение деятельности"),
                                       QStringLiteral("Аналитическое сопровождение деятельности, мониторинг"),
                                       QStringLiteral("Информационное сопровождение деятельности"),
                                       QStringLiteral("Управление реализацией Целевой модели наставничества на уровне "
                                                      "образовательной организации")});
    CHECK(recognised(r) == r.items.size());
    CHECK(r.warnings.isEmpty());
    const RoadmapItem *mentees = findItem(r, QStringLiteral("Формирование базы наставляемых"));
    REQUIRE(mentees);
    CHECK(mentees->deadline.from == QDate(2024, 10, 1));
    CHECK(mentees->deadline.to == QDate(2024, 10, 31));
    CHECK(mentees->owners.contains(QStringLiteral("Королева Е.А.")));
    CHECK(mentees->kpi.value == 70.0); // «не менее 70 %», its text broken over two rows of the file
    const RoadmapItem *plans = findItem(r, QStringLiteral("Реализация индивидуальных планов"));
    REQUIRE(plans);
    CHECK(plans->deadline.from == QDate(2024, 12, 1));
    CHECK(plans->deadline.to == QDate(2025, 4, 30));
}

TEST_CASE("seed 001: the seven stages, each a numbered row whose stage name is broken over lines")
{
    const RoadmapImport r = importSeed("001", 2024);
    REQUIRE(r.items.size() == 7);
    CHECK(r.items.first().number == QStringLiteral("1."));
    CHECK(r.items.first().section == QStringLiteral("Подготовка условий для реализации системы наставничества"));
    CHECK(r.items[4].section == QStringLiteral("Организация и осуществление работы наставнических пар/групп"));
    CHECK(r.items[6].section == QStringLiteral("Информационная поддержка системы наставничества"));
    CHECK(r.items[4].activity.startsWith(QStringLiteral("1) Формирование наставнических пар/групп.")));
    // The garbled duplicate line of the PDF is reported, not glued to a stage.
    CHECK(r.warnings.filter(QStringLiteral("пропущена")).size() == 2);
}

TEST_CASE("seed 002: a municipal roadmap with exact dates, periodic items and rows shifted by the extraction")
{
    const RoadmapImport r = importSeed("002", 2023);
    CHECK(r.items.size() >= 30);
    CHECK(sectionsOf(r).filter(QStringLiteral("Аналитическая деятельность")).size() == 1);
    CHECK(recognised(r) >= r.items.size() - 1);
    const RoadmapItem *bank = findItem(r, QStringLiteral("Формирование банка наставляемых и наставников"));
    REQUIRE(bank);
    CHECK(bank->deadline.to == QDate(2023, 10, 10));
    CHECK(bank->owners.startsWith(QStringLiteral("Бочкова")));
    const RoadmapItem *monitoring = findItem(r, QStringLiteral("Участие в мониторинге наставничества"));
    REQUIRE(monitoring);
    CHECK(monitoring->deadline.recurrence == Recurrence::TwiceAYear);
    CHECK(monitoring->section.startsWith(QStringLiteral("Аналитическая деятельность")));
    const RoadmapItem *analysis = findItem(r, QStringLiteral("Анализ на уровне Управления образования"));
    REQUIRE(analysis);
    CHECK(analysis->deadline.from == QDate(2024, 4, 1));
}

TEST_CASE("seed 003: a college roadmap whose every cell sits on its own line")
{
    const RoadmapImport r = importSeed("003", 2020);
    QStringList numbers;
    for (const RoadmapItem &item : r.items)
        numbers << item.number;
    for (const char *n : {"1.1.", "1.4.", "2.1.", "3.3.", "4.1.", "5.3.", "6.3."})
        CHECK(numbers.contains(QLatin1String(n)));
    CHECK(sectionsOf(r).contains(QStringLiteral("Формирование базы наставляемых")));
    const RoadmapItem *study = findItem(r, QStringLiteral("Изучение и систематизация"));
    REQUIRE(study);
    CHECK(study->deadline.from == QDate(2020, 8, 1)); // «август 2020»: the year as written, before the school year
    CHECK(study->owners.startsWith(QStringLiteral("Заместитель директора")));
}

TEST_CASE("seed 004: owners and deadlines in one column, split")
{
    const RoadmapImport r = importSeed("004", 2021);
    REQUIRE(r.items.size() == 37);
    CHECK(r.items.last().number == QStringLiteral("37"));
    const RoadmapItem &mentees = r.items[10];
    CHECK(mentees.activity == QStringLiteral("Формирование базы (реестра) наставляемых"));
    CHECK(mentees.owners == QStringLiteral("руководители учреждений, кураторы"));
    CHECK(mentees.deadline.to == QDate(2021, 9, 30));
    CHECK(r.items[25].deadline.recurrence == Recurrence::Continuous); // «постоянно»
    CHECK(r.items[27].deadline.recurrence == Recurrence::Yearly);     // «не реже одного раза в календарный год»
    CHECK(r.items[18].owners == QStringLiteral("куратор"));
    CHECK(r.warnings.filter(QStringLiteral("в соответствии с планом работы совета")).size() == 1);
}

TEST_CASE("text tables: quoted CSV, windows-1251, and files that are not tables")
{
    const QByteArray csv = "\xd0\x9c\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbf\xd1\x80\xd0\xb8\xd1\x8f\xd1\x82\xd0\xb8\xd0\xb5;"
                           "\xd0\xa1\xd1\x80\xd0\xbe\xd0\xba\r\n\"A; \"\"b\"\"\nc\";x\r\n";
    const auto parsed = TableFile::parse(csv, false);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().encoding == QStringLiteral("UTF-8"));
    REQUIRE(parsed.value().rows.size() == 2);
    CHECK(parsed.value().rows[1] == QStringList{QStringLiteral("A; \"b\"\nc"), QStringLiteral("x")});

    const QByteArray cp1251 = "\xcc\xe5\xf0\xee\xef\xf0\xe8\xff\xf2\xe8\xe5;\xd1\xf0\xee\xea\n"; // «Мероприятие;Срок»
    const auto russian = TableFile::parse(cp1251, false);
    REQUIRE(russian.ok());
    CHECK(russian.value().encoding == QStringLiteral("windows-1251"));
    CHECK(russian.value().rows[0] == QStringList{QStringLiteral("Мероприятие"), QStringLiteral("Срок")});

    CHECK_FALSE(TableFile::parse(QByteArray("PK\x03\x04rest-of-a-zip", 18), false).ok());
    const auto unclosed = TableFile::parse("a;b\n\"open;x\ny;z\n", false);
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.error().contains(QStringLiteral("Строка 2")));
}

TEST_CASE("a roadmap from a template or a file is stored whole")
{
    TempDatabase t;
    RoadmapService service(t.db);
    const QList<RoadmapTemplate> templates = RoadmapService::templates();
    REQUIRE(templates.size() == 2);
    for (const RoadmapTemplate &tpl : templates) {
        const auto created = service.createFromTemplate(tpl.id, 2025);
        REQUIRE(created.ok());
        CHECK(created.value().items == tpl.items.size());
    }
    const QList<RoadmapItem> items = service.items(2025);
    CHECK(std::all_of(items.begin(), items.end(), [](const RoadmapItem &i) { return i.deadline.isRecognised(); }));
    CHECK(std::all_of(items.begin(), items.end(),
                      [](const RoadmapItem &i) { return AcademicYear(2025).contains(i.deadline.from); }));
    CHECK_FALSE(service.createFromTemplate(QStringLiteral("нет-такого"), 2025).ok());

    const auto imported = service.importFile(seed("004"), 2021, QString());
    REQUIRE(imported.ok());
    CHECK(service.items(2021).size() == 37);

    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("пусто.csv"));
    QFile file(empty);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Мероприятие;Срок;Ответственный\n");
    file.close();
    const auto nothing = service.importFile(empty, 2021, QString());
    CHECK_FALSE(nothing.ok());
    CHECK(RoadmapRepository(t.db->connection()).roadmaps(2021).size() == 1); // the failed import left nothing
}

TEST_CASE("a roadmap in an Excel workbook with merged section rows")
{
    const auto read = RoadmapService::readFile(QStringLiteral(KURATOR_TEST_DATA "/office/roadmap_000.xlsx"), 2024);
    REQUIRE(read.ok());
    const RoadmapImport &r = read.value();
    const RoadmapImport fromText = importSeed("000", 2024);
    REQUIRE(r.items.size() == fromText.items.size());
    CHECK(sectionsOf(r) == sectionsOf(fromText));
    for (int i = 0; i < r.items.size(); ++i) {
        CHECK(r.items[i].activity == fromText.items[i].activity);
        CHECK(r.items[i].deadline.from == fromText.items[i].deadline.from);
        CHECK(r.items[i].owners == fromText.items[i].owners);
    }
}

TEST_CASE("a roadmap in a Word table with spanning sections and merged cells")
{
    const auto read = RoadmapService::readFile(QStringLiteral(KURATOR_TEST_DATA "/office/roadmap_004.docx"), 2021);
    INFO((read ? std::string() : read.error().toStdString()));
    REQUIRE(read.ok());
    const RoadmapImport &r = read.value();
    REQUIRE(r.items.size() >= 15);
    CHECK(r.items.first().number == QStringLiteral("1"));
    CHECK(r.items.first().section == QStringLiteral("Организационный этап"));
    CHECK(sectionsOf(r) == QStringList{QStringLiteral("Организационный этап"),
                                       QStringLiteral("Этап обучения и закрепления пар")});
    const RoadmapItem *mentees = findItem(r, QStringLiteral("Формирование базы (реестра) наставляемых"));
    REQUIRE(mentees);
    CHECK(mentees->owners == QStringLiteral("руководители учреждений, кураторы"));
    CHECK(mentees->deadline.to == QDate(2021, 9, 30));
    CHECK(mentees->section == QStringLiteral("Организационный этап"));
    CHECK(findItem(r, QStringLiteral("Организация и проведение серии обучающих"))->section
          == QStringLiteral("Этап обучения и закрепления пар"));
}

TEST_CASE("an Office file that is not what it claims is refused with a reason")
{
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("карта.xlsx"));
    QFile text(fake);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("Мероприятие;Срок\n");
    text.close();
    const auto notZip = RoadmapService::readFile(fake, 2024);
    REQUIRE_FALSE(notZip.ok());
    CHECK(notZip.error().contains(QStringLiteral("не является документом")));

    // A real workbook renamed to .docx: a zip, but without a Word document inside.
    const QString renamed = dir.filePath(QStringLiteral("карта.docx"));
    REQUIRE(QFile::copy(QStringLiteral(KURATOR_TEST_DATA "/office/roadmap_000.xlsx"), renamed));
    const auto wrongKind = RoadmapService::readFile(renamed, 2024);
    REQUIRE_FALSE(wrongKind.ok());
    CHECK(wrongKind.error().contains(QStringLiteral("word/document.xml")));
    CHECK_FALSE(RoadmapService::readFile(dir.filePath(QStringLiteral("старый.doc")), 2024).ok());
}

TEST_CASE("a roadmap whose headers the import does not know is imported with the columns mapped by hand")
{
    const QString path = QStringLiteral(KURATOR_TEST_DATA "/roadmaps/unnamed_columns.csv");
    const auto table = RoadmapService::readTable(path);
    REQUIRE(table.ok());
    CHECK(table.value().columns.activity < 0); // «Что делаем; Когда; Кто» names no column the import knows
    const auto unmapped = RoadmapService::readFile(path, 2024);
    REQUIRE_FALSE(unmapped.ok());
    CHECK(unmapped.error().contains(QStringLiteral("не найден столбец с мероприятиями")));

    const auto columns = RoadmapTableImporter::parseColumns(QStringLiteral("header=2, activity=1, deadline=2, owners=3"));
    REQUIRE(columns.ok());
    CHECK(columns.value().headerRow == 1);
    CHECK(columns.value().owners == 2);
    CHECK(RoadmapTableImporter::columnsText(columns.value()) == QStringLiteral("header=2,activity=1,deadline=2,owners=3"));
    const auto mapped = RoadmapService::readFile(path, 2024, columns.value());
    REQUIRE(mapped.ok());
    const RoadmapImport &import = mapped.value();
    REQUIRE(import.items.size() == 3);
    CHECK(import.items[0].section == QStringLiteral("Организационный этап"));
    CHECK(import.items[1].activity == QStringLiteral("Формирование пар"));
    CHECK(import.items[1].owners == QStringLiteral("куратор, классные руководители"));
    CHECK(import.items[1].deadline.to == QDate(2024, 10, 10));
    CHECK(import.items[2].deadline.from == QDate(2025, 5, 1)); // a bare «май» within the school year
    CHECK(import.warnings.isEmpty());

    for (const char *wrong : {"activity", "activity=0", "activity=x", "colour=2", "deadline=2"}) {
        const auto refused = RoadmapTableImporter::parseColumns(QString::fromUtf8(wrong));
        INFO(wrong);
        CHECK_FALSE(refused.ok());
    }
    CHECK(RoadmapTableImporter::parseColumns(QStringLiteral("colour=2")).error().contains(QStringLiteral("owners_deadline")));
}
