#include "services/XlsxWorkbook.h"

#include "domain/CellValues.h"
#include "services/FastDeflate.h"
#include "services/XlsxLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <xlsxwriter.h>

#include <cstdio>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("XlsxWorkbook", text); }

constexpr int kExcelCellChars = 32767;
constexpr uint32_t kHighlight = 0xF8D7D7; // the pale red of overdue rows in the app

lxw_format *makeFormat(lxw_workbook *book, const char *numberFormat, bool highlighted, bool wrap = false)
{
    lxw_format *f = workbook_add_format(book);
    if (numberFormat)
        format_set_num_format(f, numberFormat);
    if (highlighted)
        format_set_bg_color(f, kHighlight);
    if (wrap)
        format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// Why the file cannot be written where it is asked for, said before libxlsxwriter tries (it would
// guess «Usually a permissions error» in English on stderr); empty when it can be.
QString placeProblem(const QString &path)
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (target.isDir())
        return QCoreApplication::translate("XlsxWorkbook", "«%1» — это папка, а не файл.").arg(path);
    if (!folder.isDir())
        return QCoreApplication::translate("XlsxWorkbook", "Не удалось создать файл %1: папки %2 нет.").arg(path, folder.filePath());
    if (!folder.isWritable())
        return QCoreApplication::translate("XlsxWorkbook", "Не удалось создать файл %1: нет прав на запись в папку %2.").arg(path, folder.filePath());
    return {};
}

// libxlsxwriter's errors in Russian where the user can act on them; its own words otherwise.
QString closeError(lxw_error error)
{
    switch (error) {
    case LXW_ERROR_MEMORY_MALLOC_FAILED: return QCoreApplication::translate("XlsxWorkbook", "не хватило памяти");
    case LXW_ERROR_CREATING_XLSX_FILE: return QCoreApplication::translate("XlsxWorkbook", "файл не создаётся: нет прав на запись или папку удалили");
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE: return QCoreApplication::translate("XlsxWorkbook", "не удалось записать временный файл: места на диске или прав на временную папку нет");
    default: return QString::fromUtf8(lxw_strerror(error));
    }
}

// A1 notation of a cell: (3, 2) → "$C$4".
QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return QStringLiteral("$%1$%2").arg(letters).arg(row + 1);
}
}

// Written beside the target under a hidden name, made owner-only, then renamed over it: a failed or
// abandoned report never leaves half a file nor spoils an earlier one, and nobody else reads it.
XlsxWorkbook::XlsxWorkbook(const QString &path, bool constantMemory)
    : m_path(path), m_constantMemory(constantMemory), m_partPath(QFileInfo(path).dir().filePath(QStringLiteral(".%1.part").arg(QFileInfo(path).fileName())))
{
    m_openError = placeProblem(path);
    if (m_openError.isEmpty())
        m_openError = XlsxLibrary::load();
    if (!m_openError.isEmpty())
        return;
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    m_book = workbook_new_opt(QFile::encodeName(m_partPath).constData(), &options);
    if (!m_book) {
        m_openError = tr("Не удалось создать файл %1.").arg(path);
        return;
    }
    m_title = workbook_add_format(m_book);
    format_set_bold(m_title);
    format_set_font_size(m_title, 14);
    m_header = workbook_add_format(m_book);
    format_set_bold(m_header);
    format_set_text_wrap(m_header);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(m_header, 0xDCE6F1);
    format_set_border(m_header, LXW_BORDER_THIN);
    m_wrap = makeFormat(m_book, nullptr, false, true);
    m_date = makeFormat(m_book, "dd.mm.yyyy", false);
    m_percent = makeFormat(m_book, "0.0%", false);
    m_number = makeFormat(m_book, "0", false);
    m_highlightText = makeFormat(m_book, nullptr, true, true);
    m_highlightDate = makeFormat(m_book, "dd.mm.yyyy", true);
    m_highlightPercent = makeFormat(m_book, "0.0%", true);
    m_highlightNumber = makeFormat(m_book, "0", true);
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_book) {
        const FastDeflate fast; // an abandoned report: what it wrote is packed only to be discarded
        workbook_close(m_book);
        QFile::remove(m_partPath);
    }
    qDeleteAll(m_sheets);
}

QString XlsxWorkbook::sheetName(const QString &wanted) const
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString base = QString(wanted).replace(forbidden, QStringLiteral("_")).trimmed();
    if (base.startsWith(QLatin1Char('\'')))
        base.remove(0, 1);
    if (base.isEmpty())
        base = tr("Лист");
    base = base.left(31);
    QString name = base;
    for (int n = 2; std::any_of(m_sheets.begin(), m_sheets.end(),
                                [&](const Sheet *s) { return s->m_name.compare(name, Qt::CaseInsensitive) == 0; });
         ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    return name;
}

XlsxWorkbook::Sheet *XlsxWorkbook::addSheet(const QString &name, const QString &title, const QDate &reportDate,
                                            const QList<Column> &columns)
{
    auto *sheet = new Sheet;
    sheet->m_book = this;
    sheet->m_name = sheetName(name);
    sheet->m_columns = columns;
    sheet->m_headerRow = 2;
    m_sheets << sheet;
    sheet->m_sheet = workbook_add_worksheet(m_book, sheet->m_name.toUtf8().constData());
    lxw_worksheet *ws = sheet->m_sheet;
    worksheet_write_string(ws, 0, 0, title.toUtf8().constData(), m_title);
    worksheet_write_string(ws, 1, 0, tr("Дата отчёта: %1").arg(reportDate.toString(QStringLiteral("dd.MM.yyyy")))
                                         .toUtf8().constData(), nullptr);
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), columns[c].width, nullptr);
        worksheet_write_string(ws, lxw_row_t(sheet->m_headerRow), lxw_col_t(c), columns[c].title.toUtf8().constData(),
                               m_header);
    }
    worksheet_freeze_panes(ws, lxw_row_t(sheet->m_headerRow + 1), 0);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, lxw_row_t(sheet->m_headerRow), lxw_row_t(sheet->m_headerRow));
    const QString header = QStringLiteral("&L%1&R&D").arg(QString(title).replace(QLatin1Char('&'), QStringLiteral("&&")));
    worksheet_set_header(ws, header.left(250).toUtf8().constData());
    worksheet_set_footer(ws, "&C&P / &N");
    return sheet;
}

void XlsxWorkbook::Sheet::writeRow(const QVariantList &cells, bool highlighted)
{
    const XlsxWorkbook &b = *m_book;
    const int row = m_headerRow + 1 + m_rows;
    for (int c = 0; c < m_columns.size(); ++c) {
        const Kind kind = m_columns[c].kind;
        lxw_format *format = kind == Kind::Date      ? (highlighted ? b.m_highlightDate : b.m_date)
                             : kind == Kind::Percent ? (highlighted ? b.m_highlightPercent : b.m_percent)
                             : kind == Kind::Integer ? (highlighted ? b.m_highlightNumber : b.m_number)
                             : kind == Kind::Number  ? (highlighted ? b.m_highlightText : nullptr)
                                                     : (highlighted ? b.m_highlightText : b.m_wrap);
        if (!writeCell(row, c, kind, c < cells.size() ? cells.at(c) : QVariant(), format) && highlighted)
            worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(c), format);
    }
    ++m_rows;
}

bool XlsxWorkbook::Sheet::writeCell(int row, int column, Kind kind, const QVariant &v, lxw_format *format)
{
    if (v.isNull())
        return false;
    switch (kind) {
    case Kind::Text: {
        QString text = CellValues::neutralised(v.toString());
        if (text.size() > kExcelCellChars) // Excel's limit: libxlsxwriter would leave the cell empty
            text = text.left(kExcelCellChars - 1) + QChar(0x2026);
        if (text.isEmpty())
            return false;
        worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), text.toUtf8().constData(), format);
        return true;
    }
    case Kind::Date: {
        const QDate d = v.toDate();
        if (!d.isValid())
            return false;
        lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
        worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &dt, format);
        return true;
    }
    case Kind::Integer:
    case Kind::Number:
    case Kind::Percent:
        worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), v.toDouble(), format);
        return true;
    }
    return false;
}

QString XlsxWorkbook::Sheet::range(int column) const
{
    return QStringLiteral("='%1'!%2:%3")
        .arg(QString(m_name).replace(QLatin1Char('\''), QStringLiteral("''")), cellName(m_headerRow + 1, column),
             cellName(m_headerRow + std::max(1, m_rows), column));
}

void XlsxWorkbook::addBarChart(Sheet *on, const Sheet &data, const QList<int> &valueColumns, const QString &title,
                                  int row, int column)
{
    lxw_chart *chart = workbook_add_chart(m_book, LXW_CHART_BAR);
    chart_title_set_name(chart, title.toUtf8().constData());
    for (int c : valueColumns) {
        lxw_chart_series *series = chart_add_series(chart, data.range(0).toUtf8().constData(),
                                                    data.range(c).toUtf8().constData());
        chart_series_set_name(series, data.m_columns[c].title.toUtf8().constData());
    }
    chart_axis_set_num_format(chart->x_axis, "0%"); // a bar chart's value axis is its x axis
    chart_axis_set_max(chart->x_axis, 1);
    chart_axis_set_min(chart->x_axis, 0);
    lxw_chart_options options{};
    options.x_scale = 1.6;
    options.y_scale = 1.8;
    worksheet_insert_chart_opt(on->m_sheet, lxw_row_t(row), lxw_col_t(column), chart, &options);
}

void XlsxWorkbook::finishSheet(Sheet &sheet)
{
    worksheet_autofilter(sheet.m_sheet, lxw_row_t(sheet.m_headerRow), 0, lxw_row_t(sheet.m_headerRow + sheet.m_rows),
                         lxw_col_t(std::max(0, int(sheet.m_columns.size()) - 1)));
}

Status XlsxWorkbook::close()
{
    if (!m_book)
        return opened();
    for (Sheet *s : m_sheets)
        finishSheet(*s);
    const lxw_error error = [this] {
        const FastDeflate fast(m_constantMemory);
        return workbook_close(m_book);
    }();
    m_book = nullptr;
    m_openError = tr("Файл %1 уже записан.").arg(m_path);
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_partPath);
        return Status::failure(tr("Не удалось записать %1: %2").arg(m_path, closeError(error)));
    }
    if (!QFile::setPermissions(m_partPath, QFile::ReadOwner | QFile::WriteOwner)
        || ::rename(QFile::encodeName(m_partPath).constData(), QFile::encodeName(m_path).constData()) != 0) {
        QFile::remove(m_partPath);
        return Status::failure(tr("Не удалось сохранить %1.").arg(m_path));
    }
    return {};
}
