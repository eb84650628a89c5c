// Files crafted to hurt a reader: a zip bomb, an encrypted workbook, a sheet claiming rows beyond
// Excel's, a 10 MB cell, a million blank lines. Each is refused with a reason, or read in bounded time.
#include "services/TableFile.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <catch2/catch.hpp>

namespace {
// Writes a zip with python's zipfile: {member: text}, deflated; `encryptedFlag` marks the members
// encrypted, as a password-protected archive does.
void writeZip(const QString &path, const QString &membersPython, bool encryptedFlag = false)
{
    const QString script = QStringLiteral(
        "import sys, zipfile\n"
        "members = %1\n"
        "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
        "    for name, data in members.items():\n"
        "        info = zipfile.ZipInfo(name)\n"
        "        info.compress_type = zipfile.ZIP_DEFLATED\n"
        "        z.writestr(info, data)\n"
        "if %2:\n" // zipfile writes no encrypted members: set their flag in the local and central headers
        "    raw = bytearray(open(sys.argv[1], 'rb').read())\n"
        "    for signature, offset in ((b'PK\\x03\\x04', 6), (b'PK\\x01\\x02', 8)):\n"
        "        at = raw.find(signature)\n"
        "        while at >= 0:\n"
        "            raw[at + offset] |= 1\n"
        "            at = raw.find(signature, at + 4)\n"
        "    open(sys.argv[1], 'wb').write(raw)\n").arg(membersPython, encryptedFlag ? QStringLiteral("True") : QStringLiteral("False"));
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    REQUIRE(p.waitForFinished(120000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
}

const QString kSheetStart = QStringLiteral("'<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>'");
}

TEST_CASE("a zip bomb posing as a workbook is refused before it fills the memory", "[badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
    // 300 MB of spaces inflate from about 300 KB.
    writeZip(path, QStringLiteral("{'xl/worksheets/sheet1.xml': %1 + ' ' * (300 * 1024 * 1024)}").arg(kSheetStart));
    REQUIRE(QFile(path).size() < 2 * 1024 * 1024);
    const auto read = TableFile::read(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().contains(QStringLiteral("zip-бомба")));
}

TEST_CASE("an encrypted workbook is refused as protected by a password", "[badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.xlsx"));
    writeZip(path, QStringLiteral("{'xl/worksheets/sheet1.xml': %1 + '</sheetData></worksheet>'}").arg(kSheetStart), true);
    const auto read = TableFile::read(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().contains(QStringLiteral("паролем")));
}

TEST_CASE("a sheet that claims rows or columns beyond Excel's is refused, not padded", "[badinput]")
{
    QTemporaryDir dir;
    const QString rows = dir.filePath(QStringLiteral("rows.xlsx"));
    writeZip(rows, QStringLiteral("{'xl/worksheets/sheet1.xml': %1 + '<row r=\"99999999\"><c r=\"A99999999\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>'}")
                       .arg(kSheetStart));
    const auto farRow = TableFile::read(rows);
    REQUIRE_FALSE(farRow.ok());
    CHECK(farRow.error().contains(QStringLiteral("за пределами листа Excel")));

    const QString columns = dir.filePath(QStringLiteral("columns.xlsx"));
    writeZip(columns, QStringLiteral("{'xl/worksheets/sheet1.xml': %1 + '<row r=\"1\"><c r=\"ZZZZZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>'}")
                          .arg(kSheetStart));
    const auto farColumn = TableFile::read(columns);
    REQUIRE_FALSE(farColumn.ok());
    CHECK(farColumn.error().contains(QStringLiteral("ZZZZZZZZZZ1")));
}

// Kept with the fuzz corpus (tests/fuzz/regressions): a few hundred bytes that asked for a
// billion merged columns, or for 11 million empty cells before 700 far ones.
TEST_CASE("a merge over a billion columns or a sheet of far cells cannot exhaust the memory", "[badinput]")
{
    const QString regressions = QStringLiteral(KURATOR_TEST_DATA "/../fuzz/regressions/");
    const auto merged = TableFile::read(regressions + QStringLiteral("docx/grid_span_billion.docx"));
    REQUIRE(merged.ok());
    CHECK(merged->rows.value(0).size() == 63); // Word's widest table
    const auto far = TableFile::read(regressions + QStringLiteral("xlsx/far_cells.xlsx"));
    REQUIRE_FALSE(far.ok());
    CHECK(far.error().contains(QStringLiteral("больше 10 млн ячеек")));
}

TEST_CASE("a 10 MB cell is refused naming its row and column", "[badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("ФИО;Запрос\nИванов Иван;коротко\nПетров Пётр;");
    file.write(QByteArray(10 * 1024 * 1024, 'a'));
    file.write("\n");
    file.close();
    const auto read = TableFile::read(path);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().contains(QStringLiteral("Строка 3, столбец 2")));
}

TEST_CASE("a million blank lines after the data are dropped quickly", "[badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("ФИО;Класс\nИванов Иван;5А\n");
    file.write(QByteArray(1000000, '\n'));
    file.close();
    QElapsedTimer t;
    t.start();
    const auto read = TableFile::read(path);
    REQUIRE(read.ok());
    CHECK(read->rows.size() == 2);
    CHECK(t.elapsed() < 10000); // generous: a hang, not a speed target, is what this catches
}
