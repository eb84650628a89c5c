#include "cli/CliRun.h"
#include "domain/AcademicYear.h"
#include "support/TestSupport.h"
#include "support/WorkbookReadBack.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QStringList headerOf(const QJsonObject &sheet)
{
    QStringList header;
    for (const QJsonValue &c : sheet.value(QLatin1String("rows")).toArray().at(2).toArray())
        header << c.toObject().value(QLatin1String("v")).toString();
    return header;
}

struct DemoStore
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("school.sqlite"));
    QString year = QString::number(AcademicYear::containing(QDate::currentDate()).startYear());
    DemoStore() { REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--demo")}).exitCode == 0); }
    Run run(const QStringList &args) const { return cli(QStringList{QStringLiteral("--db"), db} + args); }
    QString file(const QString &name) const { return dir.filePath(name); }
};
}

TEST_CASE("a bank exported in the curator's column set: chosen, ordered and renamed columns, dates as dates")
{
    DemoStore s;
    const Run shown = s.run({QStringLiteral("columns"), QStringLiteral("mentees")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.startsWith(QStringLiteral("number\t№ п/п\nname\tФИО наставляемого\n")));
    CHECK(shown.out.contains(QStringLiteral("Можно добавить:")));
    CHECK(shown.out.contains(QStringLiteral("birth_date")));

    QFile set(s.file(QStringLiteral("столбцы.json")));
    REQUIRE(set.open(QIODevice::WriteOnly));
    set.write(R"({"bank": "mentees", "columns": [{"field": "class", "title": "Класс"}, {"field": "name", "title": "Ученик"},
                 {"field": "birth_date", "title": "Родился"}, {"field": "age", "title": "Лет"}, {"field": "partners", "title": "Наставник"}]})");
    set.close();
    REQUIRE(s.run({QStringLiteral("columns"), QStringLiteral("mentees"), QStringLiteral("--load"), set.fileName()}).exitCode == 0);
    const Run json = s.run({QStringLiteral("columns"), QStringLiteral("mentees"), QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("columns")).toArray().size() == 5);

    const QString out = s.file(QStringLiteral("банк (ПДн).xlsx"));
    REQUIRE(s.run({QStringLiteral("export"), QStringLiteral("mentees"), QStringLiteral("--year"), s.year, QStringLiteral("--out"), out})
                .exitCode == 0);
    const QJsonObject bank = readBack(out).at(0).toObject();
    CHECK(headerOf(bank) == QStringList{QStringLiteral("Класс"), QStringLiteral("Ученик"), QStringLiteral("Родился"),
                                        QStringLiteral("Лет"), QStringLiteral("Наставник")});
    CHECK(bank.value(QLatin1String("filter")).toString().startsWith(QStringLiteral("A3:E")));
    int pupils = 0;
    const int rows = bank.value(QLatin1String("rows")).toArray().size();
    for (int r = 4; r <= rows; ++r) {
        const QJsonObject born = cellAt(bank, r, 3), age = cellAt(bank, r, 4);
        if (born.value(QLatin1String("v")).isNull())
            continue;
        CHECK(born.value(QLatin1String("t")).toString() == QStringLiteral("datetime"));
        CHECK(born.value(QLatin1String("f")).toString() == QStringLiteral("dd.mm.yyyy"));
        CHECK(age.value(QLatin1String("t")).toString() == QStringLiteral("int"));
        pupils += cellAt(bank, r, 1).value(QLatin1String("v")).toString().isEmpty() ? 0 : 1;
    }
    CHECK(pupils > 20);

    // A set given for one export only, the saved one kept; a set of the other bank refused.
    QFile mentors(s.file(QStringLiteral("наставники.json")));
    REQUIRE(mentors.open(QIODevice::WriteOnly));
    mentors.write(R"({"bank": "mentors", "columns": [{"field": "name", "title": "Наставник"}, {"field": "about", "title": "Чем силён"}]})");
    mentors.close();
    const QString mentorsOut = s.file(QStringLiteral("наставники (ПДн).xlsx"));
    REQUIRE(s.run({QStringLiteral("export"), QStringLiteral("mentors"), QStringLiteral("--year"), s.year, QStringLiteral("--out"),
                   mentorsOut, QStringLiteral("--template"), mentors.fileName()})
                .exitCode == 0);
    CHECK(headerOf(readBack(mentorsOut).at(0).toObject()) == QStringList{QStringLiteral("Наставник"), QStringLiteral("Чем силён")});
    const Run other = s.run({QStringLiteral("export"), QStringLiteral("mentees"), QStringLiteral("--out"), out,
                             QStringLiteral("--template"), mentors.fileName()});
    CHECK(other.exitCode == 1);
    CHECK(other.err.contains(QStringLiteral("«mentors»")));
    const Run bad = s.run({QStringLiteral("columns"), QStringLiteral("mentors"), QStringLiteral("--load"), set.fileName()});
    CHECK(bad.exitCode == 1);
    CHECK(s.run({QStringLiteral("columns"), QStringLiteral("mentees"), QStringLiteral("--reset")}).exitCode == 0);
    CHECK(s.run({QStringLiteral("columns"), QStringLiteral("mentees")}).out.contains(QStringLiteral("ФИО наставляемого")));
    CHECK(s.run({QStringLiteral("columns"), QStringLiteral("пингвины")}).exitCode == 2);
}

TEST_CASE("the analytic report for December: a workbook of figures and a PDF, counts only")
{
    DemoStore s;
    const QStringList autumn{QStringLiteral("--year"), s.year, QStringLiteral("--from"), QStringLiteral("01.09.%1").arg(s.year),
                             QStringLiteral("--to"), QStringLiteral("31.12.%1").arg(s.year)};
    const QString xlsx = s.file(QStringLiteral("анализ.xlsx"));
    const Run written = s.run(QStringList{QStringLiteral("export"), QStringLiteral("analytic"), QStringLiteral("--out"), xlsx} + autumn);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK_FALSE(written.err.contains(QStringLiteral("персональные")));
    const QJsonArray book = readBack(xlsx);
    QStringList names;
    for (const QJsonValue &sheet : book)
        names << sheet.toObject().value(QLatin1String("name")).toString();
    CHECK(names == QStringList{QStringLiteral("Выводы"), QStringLiteral("Показатели"), QStringLiteral("Пары и группы"),
                               QStringLiteral("Планы и встречи"), QStringLiteral("Без наставника")});
    const QJsonObject summary = book.at(0).toObject();
    CHECK(cellAt(summary, 1, 1).value(QLatin1String("v")).toString().contains(QStringLiteral("с 01.09.%1 по 31.12.%1").arg(s.year)));
    CHECK(cellAt(summary, 4, 1).value(QLatin1String("v")).toString().startsWith(QStringLiteral("За период с 01.09.")));
    const QJsonObject kpis = book.at(1).toObject();
    CHECK(kpis.value(QLatin1String("freeze")).toString() == QStringLiteral("A4"));
    CHECK(cellAt(kpis, 4, 2).value(QLatin1String("t")).toString() == QStringLiteral("int"));
    CHECK(cellAt(kpis, 4, 4).value(QLatin1String("f")).toString() == QStringLiteral("0.0%"));
    // The pairs by form add up to the total row.
    const QJsonObject forms = book.at(2).toObject();
    const int formRows = forms.value(QLatin1String("rows")).toArray().size();
    int formed = 0;
    for (int r = 4; r < formRows; ++r)
        formed += cellAt(forms, r, 2).value(QLatin1String("v")).toInt();
    CHECK(cellAt(forms, formRows, 1).value(QLatin1String("v")).toString() == QStringLiteral("Всего"));
    CHECK(cellAt(forms, formRows, 2).value(QLatin1String("v")).toInt() == formed);
    CHECK(formed > 0);
    // No sheet names a person: every text cell is a heading, a form, a month, a reason or the summary.
    const Run names_ = s.run({QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray people = QJsonDocument::fromJson(names_.out.toUtf8()).array();
    REQUIRE(people.size() > 100);
    const QString all = QString::fromUtf8(QJsonDocument(book).toJson());
    for (int i = 0; i < people.size(); i += 25)
        CHECK_FALSE(all.contains(people.at(i).toObject().value(QLatin1String("last_name")).toString() + QLatin1Char(' ')
                                 + people.at(i).toObject().value(QLatin1String("first_name")).toString()));

    const QString pdf = s.file(QStringLiteral("анализ.pdf"));
    REQUIRE(s.run(QStringList{QStringLiteral("export"), QStringLiteral("analytic"), QStringLiteral("--out"), pdf} + autumn).exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    // A PDF only of the analytic report; a period only of the reports that take one.
    CHECK(s.run({QStringLiteral("export"), QStringLiteral("kpi"), QStringLiteral("--out"), s.file(QStringLiteral("k.pdf"))}).exitCode == 2);
    CHECK(s.run(QStringList{QStringLiteral("export"), QStringLiteral("kpi"), QStringLiteral("--out"), s.file(QStringLiteral("k.xlsx"))}
                + autumn).exitCode == 2);
    CHECK(s.run({QStringLiteral("export"), QStringLiteral("analytic"), QStringLiteral("--out"), xlsx, QStringLiteral("--from"),
                 QStringLiteral("31.12.%1").arg(s.year), QStringLiteral("--to"), QStringLiteral("01.09.%1").arg(s.year)})
              .exitCode == 2);
}
