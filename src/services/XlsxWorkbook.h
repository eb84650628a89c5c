#pragma once
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;
struct lxw_chart;

// A report workbook written with libxlsxwriter, in the layout every Kurator report shares: a
// title row, the report date, a bold wrapped header that stays frozen and carries an autofilter,
// dates as real dates shown dd.mm.yyyy, shares as percentages, landscape pages fitted to width
// with the header repeated. Sheet names are made to follow Excel's rules.
class XlsxWorkbook
{
public:
    enum class Kind { Text, Integer, Number, Percent, Date };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
        double width = 14;
    };

    // A sheet being written; rows go below its header.
    class Sheet
    {
    public:
        // One row: QString, QDate, int/double; a Percent column takes a share 0…1; null is empty.
        // The values may have been made on another thread (RegistryExport writes on a second core).
        void writeRow(const QVariantList &cells, bool highlighted = false);
        int rows() const { return m_rows; }
        // The Excel range of a column's data, for charts: "'Показатели'!$D$4:$D$13".
        QString range(int column) const;

    private:
        friend class XlsxWorkbook;
        // False when there is nothing to write: null, empty text, an invalid date.
        bool writeCell(int row, int column, Kind kind, const QVariant &value, lxw_format *format);
        XlsxWorkbook *m_book = nullptr;
        lxw_worksheet *m_sheet = nullptr;
        QString m_name;
        QList<Column> m_columns;
        int m_headerRow = 0;
        int m_rows = 0;
    };

    // `constantMemory`: rows go straight to disk (for 100,000-row registries); each row must
    // then be written in order, which every report here does. Such a workbook is also packed at
    // zlib's fastest level (FastDeflate): its packing would otherwise take as long as its rows.
    explicit XlsxWorkbook(const QString &path, bool constantMemory = false);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    // Why the workbook could not be started (no libxlsxwriter, a folder not writable), if it could not.
    Status opened() const { return m_book ? Status() : Status::failure(m_openError); }
    Sheet *addSheet(const QString &name, const QString &title, const QDate &reportDate, const QList<Column> &columns);
    // A native bar chart of some of a sheet's columns against its first column, placed on `on`.
    void addBarChart(Sheet *on, const Sheet &data, const QList<int> &valueColumns, const QString &title,
                        int row, int column);
    // Writes the file; the workbook cannot be used after.
    Status close();

    // Excel's rules: at most 31 characters, none of []:*?/\, not empty, unique in the book.
    QString sheetName(const QString &wanted) const;

private:
    void finishSheet(Sheet &sheet);

    QString m_path;
    bool m_constantMemory = false;
    QString m_partPath;
    QString m_openError;
    lxw_workbook *m_book = nullptr;
    QList<Sheet *> m_sheets;
    lxw_format *m_title = nullptr, *m_header = nullptr, *m_date = nullptr, *m_percent = nullptr,
               *m_number = nullptr, *m_wrap = nullptr;
    lxw_format *m_highlightText = nullptr, *m_highlightDate = nullptr, *m_highlightPercent = nullptr,
               *m_highlightNumber = nullptr;
};
