#include "services/OfficeTables.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QFile>
#include <QHash>
#include <algorithm>
#include <unzip.h>

// Helpers live inside the namespace so that lupdate files their messages under "OfficeTables".
namespace OfficeTables {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("OfficeTables", text); }

// Excel's sheet: a file that claims rows or columns beyond it is damaged or crafted.
constexpr int kExcelRows = 1048576;
constexpr int kExcelColumns = 16384;
constexpr int kWordColumns = 63;
// Cells of a table read, counting the empty ones a far cell reference or a wide merge implies:
// a few bytes of XML can ask for millions of them. A questionnaire of 100,000 rows has ~3 million.
constexpr qint64 kMaxCells = 10'000'000;

QString tooManyCells(const QString &part)
{
    return tr("Часть %1: таблица больше %2 млн ячеек — это не анкеты и не дорожная карта; файл не прочитан.")
        .arg(part).arg(kMaxCells / 1'000'000);
}

// The archive, closed when it goes out of scope.
class Archive
{
public:
    static QString tr(const char *text) { return QCoreApplication::translate("OfficeTables::Archive", text); }
    explicit Archive(const QString &path) : m_zip(unzOpen64(QFile::encodeName(path).constData())) {}
    ~Archive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;
    bool isOpen() const { return m_zip != nullptr; }

    // One member, or nothing when it is missing, damaged, encrypted or inflates beyond reason;
    // problem() then says which of the last three.
    std::optional<QByteArray> read(const QString &name)
    {
        m_problem.clear();
        unz_file_info64 info{};
        if (!m_zip || unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK
            || unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return std::nullopt;
        if (info.flag & 1u) {
            m_problem = tr("часть %1 зашифрована: файл защищён паролем. Снимите пароль в Excel или Word и сохраните файл снова.")
                            .arg(name);
            return std::nullopt;
        }
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return std::nullopt;
        QByteArray bytes;
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
            bytes.append(buffer, n);
            // Office parts compress some 5–50 times; hundreds of times over many megabytes is a zip bomb.
            const bool bomb = bytes.size() > kMaxPartBytes
                              || (bytes.size() > kSuspectPartBytes && quint64(bytes.size()) > kMaxRatio * std::max<quint64>(1, info.compressed_size));
            if (bomb) {
                unzCloseCurrentFile(m_zip);
                m_problem = tr("часть %1 распаковывается в сотни мегабайт из %2 КБ — это не похоже на документ Office "
                               "(«zip-бомба»); файл не прочитан.").arg(name).arg(info.compressed_size / 1024);
                return std::nullopt;
            }
        }
        const int closed = unzCloseCurrentFile(m_zip);
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
        const bool intact = (closed == UNZ_OK || closed == UNZ_CRCERROR) && n == 0; // let mutated XML through
#else
        const bool intact = closed == UNZ_OK && n == 0;
#endif
        return intact ? std::optional<QByteArray>(bytes) : std::nullopt;
    }
    QString problem() const { return m_problem; }

private:
    static constexpr qint64 kMaxPartBytes = 1024LL * 1024 * 1024;
    static constexpr qint64 kSuspectPartBytes = 64LL * 1024 * 1024;
    static constexpr quint64 kMaxRatio = 200;
    unzFile m_zip;
    QString m_problem;
};

Result<QByteArray> required(Archive &archive, const QString &path, const QString &name, const QString &kind)
{
    if (!archive.isOpen())
        return Result<QByteArray>::failure(tr("Файл %1 не является документом %2: это не zip-архив Office. "
                                              "Возможно, расширение не соответствует содержимому.").arg(path, kind));
    if (auto bytes = archive.read(name))
        return *bytes;
    if (!archive.problem().isEmpty())
        return Result<QByteArray>::failure(tr("Файл %1 не прочитан: %2").arg(path, archive.problem()));
    return Result<QByteArray>::failure(tr("В файле %1 нет части %2: это не документ %3.").arg(path, name, kind));
}

QString xmlError(const QXmlStreamReader &xml, const QString &part)
{
    return tr("Часть %1 повреждена (строка %2: %3).").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
}

// Column number of a cell reference: "C7" → 2.
int columnOf(const QString &ref)
{
    int column = 0;
    for (QChar c : ref) {
        const char16_t letter = c.toUpper().unicode();
        if (letter < u'A' || letter > u'Z')
            break;
        column = column * 26 + (letter - u'A' + 1);
        if (column > kExcelColumns)
            return kExcelColumns; // beyond the sheet: refused by the caller, and no overflow on the way
    }
    return column - 1;
}

QStringList sharedStrings(const QByteArray &bytes)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    QString current;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inItem) {
            current += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
            strings << current;
            inItem = false;
        }
    }
    return strings;
}

// The sheets in the workbook's order: their names and their paths inside the archive.
QList<std::pair<QString, QString>> sheetPaths(Archive &archive)
{
    const auto workbook = archive.read(QStringLiteral("xl/workbook.xml"));
    const auto rels = archive.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels)
        return {{QString(), QStringLiteral("xl/worksheets/sheet1.xml")}};
    QHash<QString, QString> targets;
    for (QXmlStreamReader xml(*rels); !xml.atEnd();)
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")) {
            const QString target = xml.attributes().value(QStringLiteral("Target")).toString();
            targets.insert(xml.attributes().value(QStringLiteral("Id")).toString(),
                           target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target);
        }
    QList<std::pair<QString, QString>> sheets;
    for (QXmlStreamReader xml(*workbook); !xml.atEnd();)
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet"))
            sheets.append({xml.attributes().value(QStringLiteral("name")).toString(),
                           targets.value(xml.attributes().value(QStringLiteral("r:id")).toString())});
    if (sheets.isEmpty())
        sheets.append({QString(), QStringLiteral("xl/worksheets/sheet1.xml")});
    return sheets;
}
} // namespace

Result<TableData> readDocx(const QString &path)
{
    using R = Result<TableData>;
    Archive archive(path);
    const auto document = required(archive, path, QStringLiteral("word/document.xml"), QStringLiteral("Word (.docx)"));
    if (!document)
        return R::failure(document.error());
    TableData table;
    table.encoding = QStringLiteral("UTF-8");
    table.delimiter = QLatin1Char('\t');
    QXmlStreamReader xml(document.value());
    QStringList row;
    QString cell;
    int span = 1, depth = 0; // tables inside cells are read as text of the outer cell
    qint64 cells = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("tbl"))
                ++depth;
            else if (depth == 1 && name == QLatin1String("tr"))
                row.clear();
            else if (depth == 1 && name == QLatin1String("tc")) {
                cell.clear();
                span = 1;
            } else if (depth == 1 && name == QLatin1String("gridSpan"))
                span = std::clamp(xml.attributes().value(QStringLiteral("w:val")).toInt(), 1, kWordColumns);
            else if (name == QLatin1String("t"))
                cell += xml.readElementText();
            else if (name == QLatin1String("tab"))
                cell += QLatin1Char(' ');
            else if (name == QLatin1String("p") && !cell.isEmpty())
                cell += QLatin1Char('\n');
        } else if (xml.isEndElement()) {
            if (name == QLatin1String("tbl")) {
                if (--depth == 0)
                    table.rows << QStringList(); // a blank row between tables
            } else if (depth == 1 && name == QLatin1String("tc")) {
                row << cell.trimmed();
                for (int i = 1; i < span; ++i)
                    row << QString();
            } else if (depth == 1 && name == QLatin1String("tr")) {
                table.rows << row;
                if ((cells += row.size() + 1) > kMaxCells)
                    return R::failure(tooManyCells(QStringLiteral("word/document.xml")));
            }
        }
    }
    if (xml.hasError())
        return R::failure(xmlError(xml, QStringLiteral("word/document.xml")));
    if (table.rows.isEmpty())
        return R::failure(tr("В документе %1 нет таблиц.").arg(path));
    return table;
}

Result<QStringList> xlsxSheets(const QString &path)
{
    Archive archive(path);
    if (const auto workbook = required(archive, path, QStringLiteral("xl/workbook.xml"), QStringLiteral("Excel (.xlsx)")); !workbook)
        return Result<QStringList>::failure(workbook.error());
    QStringList names;
    for (const auto &sheet : sheetPaths(archive))
        names << sheet.first;
    return names;
}

Result<TableData> readXlsx(const QString &path, const QString &sheetName, const ProgressCallback &progress)
{
    using R = Result<TableData>;
    Archive archive(path);
    const auto sheets = sheetPaths(archive);
    auto chosen = sheets.cbegin();
    if (!sheetName.isEmpty()) {
        chosen = std::find_if(sheets.cbegin(), sheets.cend(), [&](const auto &s) { return s.first == sheetName; });
        if (chosen == sheets.cend())
            return R::failure(tr("В книге %1 нет листа «%2».").arg(path, sheetName));
    }
    const QString sheetPath = chosen->second;
    const auto sheet = required(archive, path, sheetPath, QStringLiteral("Excel (.xlsx)"));
    if (!sheet)
        return R::failure(sheet.error());
    const QStringList strings = sharedStrings(archive.read(QStringLiteral("xl/sharedStrings.xml")).value_or(QByteArray()));
    TableData table;
    table.encoding = QStringLiteral("UTF-8");
    table.delimiter = QLatin1Char('\t');
    QXmlStreamReader xml(sheet.value());
    int rowNumber = 0;
    qint64 cells = 0;
    QStringList row;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            // Empty rows are left out of the file; keep the numbering so messages name the right row.
            const int r = xml.attributes().value(QStringLiteral("r")).toInt();
            if (r > kExcelRows)
                return R::failure(tr("В листе %1 строка %2 — за пределами листа Excel (%3 строк): файл повреждён.")
                                      .arg(sheetPath).arg(r).arg(kExcelRows));
            if ((cells += std::max(0, r - rowNumber)) > kMaxCells)
                return R::failure(tooManyCells(sheetPath));
            while (r > rowNumber + 1) {
                table.rows << QStringList();
                ++rowNumber;
            }
            row.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const QString type = xml.attributes().value(QStringLiteral("t")).toString();
            const int column = columnOf(xml.attributes().value(QStringLiteral("r")).toString());
            if (column >= kExcelColumns)
                return R::failure(tr("В листе %1, строка %2: ячейка «%3» — за пределами листа Excel: файл повреждён.")
                                      .arg(sheetPath).arg(rowNumber + 1).arg(xml.attributes().value(QStringLiteral("r")).toString()));
            QString value;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("c")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t")))
                    value += xml.readElementText();
            }
            if (type == QLatin1String("s"))
                value = strings.value(value.toInt());
            if ((cells += std::max<qint64>(1, column - row.size() + 1)) > kMaxCells)
                return R::failure(tooManyCells(sheetPath));
            while (row.size() < column)
                row << QString();
            row << value;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            table.rows << row;
            ++rowNumber;
            if (rowNumber % 1024 == 0 && !reportProgress(progress, xml.characterOffset(), sheet.value().size()))
                return R::failure(TableFile::readingCancelled());
        }
    }
    if (xml.hasError())
        return R::failure(xmlError(xml, sheetPath));
    return table;
}

} // namespace OfficeTables
