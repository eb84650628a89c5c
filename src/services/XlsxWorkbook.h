#pragma once
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>
#include <vector>

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

    // A cell as the workbook stores it: UTF-8 text, a number or a date; made on any thread.
    struct Cell
    {
        enum class Type { Empty, Text, Number, Date } type = Type::Empty;
        QByteArray text; // NUL-terminated
        double number = 0;
        int year = 0, month = 0, day = 0;
    };
    using Row = std::vector<Cell>;

    // A sheet being written; rows go below its header.
    class Sheet
    {
    public:
        // One row: QString, QDate, int/double; a Percent column takes a share 0…1; null is empty.
        void writeRow(const QVariantList &cells, bool highlighted = false) { writeRow(prepare(cells), highlighted); }
        // The same in two steps: `prepare` reads only the columns, so a long report prepares its rows
        // on one thread while another writes them in order.
        Row prepare(const QVariantList &cells) const;
        void writeRow(const Row &cells, bool highlighted = false);
        int rows() const { return m_rows; }
        // The Excel range of a column's data, for charts: "'Показатели'!$D$4:$D$13".
        QString range(int column) const;

    private:
        friend class XlsxWorkbook;
        static Cell prepared(Kind kind, const QVariant &value);
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
