#pragma once
#include "domain/Progress.h"
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

// A table read from a file the curator chose: rows of cells, with what was detected about it.
struct TableData
{
    QList<QStringList> rows;
    QString encoding;  // "UTF-8", "UTF-16", "windows-1251", "KOI8-R" or "IBM866"
    QChar delimiter;   // tab, ';' or ','
};

// Reads tables: .docx and .xlsx through OfficeTables; .csv (quoted fields, ';' or ',' as Russian Excel writes them) and tab-separated
// .tsv/.txt (text copied out of Word or PDF, where quotes are just characters). The encoding is
// UTF-16 after its byte order mark, UTF-8 when the bytes are valid UTF-8, otherwise the one of
// windows-1251, KOI8-R and CP866 under which the text reads as Russian. A file that is not text (a zip,
// an image, an .xlsx renamed to .csv) is refused with a message instead of read as garbage.
namespace TableFile {
// `progress` hears how far into the text (of an .xlsx: into the sheet) the reading has got; answering
// false stops it with readingCancelled() as the error.
Result<TableData> read(const QString &path, const QString &sheet = {}, const ProgressCallback &progress = {}); // sheet: of an .xlsx
Result<TableData> parse(const QByteArray &bytes, bool tabSeparated, const ProgressCallback &progress = {});
QString readingCancelled();
}
