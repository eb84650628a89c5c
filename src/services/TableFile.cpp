#include "services/TableFile.h"

#include "services/OfficeTables.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("TableFile", text); }

constexpr int kMaxCellChars = 32767;
constexpr qint64 kMaxTextBytes = 512LL * 1024 * 1024;

bool hasUtf16Bom(const QByteArray &bytes)
{
    return bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff");
}

bool looksBinary(const QByteArray &bytes)
{
    if (hasUtf16Bom(bytes)) // Excel's «Текст Юникод»: NUL bytes, yet text
        return false;
    const QByteArray head = bytes.left(4096);
    return head.startsWith("PK\x03\x04") || head.contains('\0');
}

// How Russian a decoded text looks: the most frequent lower-case letters count for it, characters
// that are neither ASCII nor Cyrillic letters against it. A text in KOI8-R read as windows-1251
// comes out in capitals, one in CP866 full of box drawings and signs.
int russianScore(const QString &text)
{
    static const QString frequent = QStringLiteral("оеаинтсрвлкмдпу");
    int score = 0;
    for (QChar c : QStringView(text).left(65536)) {
        if (c.unicode() < 0x80)
            continue;
        if (frequent.contains(c))
            score += 2;
        else if (c.unicode() < 0x0400 || c.unicode() > 0x045f)
            score -= 2;
    }
    return score;
}

// UTF-16 with its byte order mark, UTF-8 (with or without one), else the 8-bit Russian encoding
// under which the text reads best: windows-1251 (Excel's «CSV»), KOI8-R or CP866 (old DOS and
// Unix exports).
std::optional<QString> decode(const QByteArray &bytes, QString *encoding)
{
    const bool utf16 = hasUtf16Bom(bytes);
    QStringDecoder unicode(utf16 ? QStringDecoder::Utf16 : QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = unicode.decode(bytes);
    if (!unicode.hasError()) {
        *encoding = utf16 ? QStringLiteral("UTF-16") : QStringLiteral("UTF-8");
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        return text;
    }
    if (utf16)
        return std::nullopt;
    std::optional<QString> best;
    int bestScore = 0;
    for (const char *name : {"windows-1251", "KOI8-R", "IBM866"}) {
        QStringDecoder decoder(name);
        if (!decoder.isValid())
            continue;
        QString decoded = decoder.decode(bytes);
        const int score = russianScore(decoded);
        if (!best || score > bestScore) {
            best = std::move(decoded);
            bestScore = score;
            *encoding = QString::fromLatin1(name);
        }
    }
    return best;
}

// The delimiter that splits the first lines most consistently.
QChar detectDelimiter(const QString &text)
{
    const QStringList lines = text.left(8192).split(QLatin1Char('\n'));
    QChar best = QLatin1Char(';');
    int bestCount = 0;
    for (QChar d : {QChar(QLatin1Char('\t')), QChar(QLatin1Char(';')), QChar(QLatin1Char(','))}) {
        int count = 0;
        for (const QString &line : lines)
            count += int(line.count(d));
        if (count > bestCount) {
            best = d;
            bestCount = count;
        }
    }
    return best;
}

// The rows of a text table, or where an unclosed quote began, or that the reader cancelled.
struct SplitRows
{
    QList<QStringList> rows;
    int unclosedQuoteLine = 0;
    bool cancelled = false;
};

constexpr int kRowsPerReport = 2048;

// Every few thousand rows: how far into the text the split has got.
bool reportRows(const ProgressCallback &progress, const QList<QStringList> &rows, qsizetype at, qsizetype size)
{
    return rows.size() % kRowsPerReport != 0 || reportProgress(progress, at, size);
}

SplitRows splitPlain(const QString &text, QChar delimiter, const ProgressCallback &progress)
{
    SplitRows split;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        QStringView line = QStringView(text).mid(start, end - start);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        split.rows.append(line.toString().split(delimiter));
        start = end + 1;
        if (!reportRows(progress, split.rows, start, text.size())) {
            split.cancelled = true;
            return split;
        }
    }
    return split;
}

// RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks.
SplitRows splitQuoted(const QString &text, QChar delimiter, const ProgressCallback &progress)
{
    SplitRows split;
    QList<QStringList> &rows = split.rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                continue; // a Windows line break inside a cell is one line break
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            quoted = true;
            split.unclosedQuoteLine = line; // where an unclosed quote began, should it stay open
            cell.clear();
        } else if (c == delimiter) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++line;
            if (!reportRows(progress, rows, i, text.size())) {
                split.cancelled = true;
                return split;
            }
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (!quoted)
        split.unclosedQuoteLine = 0;
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return split;
}
}

namespace TableFile {

Result<TableData> parse(const QByteArray &bytes, bool tabSeparated, const ProgressCallback &progress)
{
    using R = Result<TableData>;
    if (looksBinary(bytes))
        return R::failure(tr("Файл не является текстовой таблицей (CSV или текст с табуляцией). Если это книга "
                             "Excel или документ Word, откройте его как .xlsx или .docx."));
    TableData table;
    const auto text = decode(bytes, &table.encoding);
    if (!text)
        return R::failure(tr("Не удалось определить кодировку файла: это не UTF-8, не UTF-16 и не windows-1251, KOI8-R или CP866."));
    table.delimiter = tabSeparated ? QChar(QLatin1Char('\t')) : detectDelimiter(*text);
    SplitRows split = table.delimiter == QLatin1Char('\t') ? splitPlain(*text, table.delimiter, progress)
                                                            : splitQuoted(*text, table.delimiter, progress);
    if (split.cancelled)
        return R::failure(readingCancelled());
    if (split.unclosedQuoteLine)
        return R::failure(tr("Строка %1: кавычка открыта и не закрыта до конца файла.").arg(split.unclosedQuoteLine));
    table.rows = std::move(split.rows);
    return table;
}

QString readingCancelled()
{
    return tr("Чтение файла отменено.");
}

namespace {
// Excel keeps at most 32,767 characters in a cell: a longer one is no questionnaire's answer, and
// it could not be written back to a report. Blank rows at the end (a sheet formatted a million rows
// down) are dropped.
Result<TableData> withinLimits(Result<TableData> read)
{
    if (!read)
        return read;
    TableData &table = read.value();
    while (!table.rows.isEmpty() && std::all_of(table.rows.last().cbegin(), table.rows.last().cend(),
                                                [](const QString &c) { return c.trimmed().isEmpty(); }))
        table.rows.removeLast();
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.rows.at(r).size(); ++c)
            if (table.rows.at(r).at(c).size() > kMaxCellChars)
                return Result<TableData>::failure(tr("Строка %1, столбец %2: в ячейке %3 символов, а Excel допускает не больше "
                                                     "%4. Файл не прочитан: проверьте, тот ли это файл.")
                                                      .arg(r + 1).arg(c + 1).arg(table.rows.at(r).at(c).size()).arg(kMaxCellChars));
    return read;
}
}

Result<TableData> read(const QString &path, const QString &sheet, const ProgressCallback &progress)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Result<TableData>::failure(tr("«%1» — это папка, а не файл таблицы.").arg(path));
    if (!info.exists())
        return Result<TableData>::failure(tr("Файла %1 нет.").arg(path));
    if (!info.isReadable())
        return Result<TableData>::failure(tr("Файл %1 не читается: нет прав.").arg(path));
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("docx"))
        return withinLimits(OfficeTables::readDocx(path));
    if (suffix == QLatin1String("xlsx"))
        return withinLimits(OfficeTables::readXlsx(path, sheet, progress));
    if (suffix == QLatin1String("doc") || suffix == QLatin1String("xls"))
        return Result<TableData>::failure(tr("Старые форматы .doc и .xls не читаются: сохраните файл как .docx или .xlsx."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<TableData>::failure(tr("Не удалось открыть файл %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxTextBytes)
        return Result<TableData>::failure(tr("Файл %1 больше %2 МБ: это не таблица анкет или дорожной карты.")
                                              .arg(path).arg(kMaxTextBytes / (1024 * 1024)));
    return withinLimits(parse(file.readAll(), suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"), progress));
}

} // namespace TableFile
