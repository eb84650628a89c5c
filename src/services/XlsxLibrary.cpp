#include "services/XlsxLibrary.h"

#include <QCoreApplication>
#include <dlfcn.h>

// Hidden: the forwarders serve this program's calls only. A binary that also links libxlsxwriter
// itself (the import tests make their .xlsx files with it) must not route the library's calls
// between its own functions through them.
#pragma GCC visibility push(hidden)
#include <xlsxwriter.h>
#pragma GCC visibility pop

// Each function of libxlsxwriter that XlsxWorkbook calls: return type, name, parameters, arguments.
// The definitions below repeat <xlsxwriter.h>'s declarations, so a signature that differs does not compile.
#define KURATOR_XLSX_FUNCTIONS(F)                                                                                    \
    F(lxw_workbook *, workbook_new_opt, (const char *filename, lxw_workbook_options *options), (filename, options))  \
    F(lxw_error, workbook_close, (lxw_workbook * workbook), (workbook))                                              \
    F(lxw_format *, workbook_add_format, (lxw_workbook * workbook), (workbook))                                      \
    F(lxw_worksheet *, workbook_add_worksheet, (lxw_workbook * workbook, const char *name), (workbook, name))        \
    F(lxw_chart *, workbook_add_chart, (lxw_workbook * workbook, uint8_t type), (workbook, type))                    \
    F(char *, lxw_strerror, (lxw_error error), (error))                                                              \
    F(void, format_set_bold, (lxw_format * format), (format))                                                        \
    F(void, format_set_text_wrap, (lxw_format * format), (format))                                                   \
    F(void, format_set_font_size, (lxw_format * format, double size), (format, size))                                \
    F(void, format_set_align, (lxw_format * format, uint8_t alignment), (format, alignment))                         \
    F(void, format_set_bg_color, (lxw_format * format, lxw_color_t color), (format, color))                          \
    F(void, format_set_border, (lxw_format * format, uint8_t style), (format, style))                                \
    F(void, format_set_num_format, (lxw_format * format, const char *text), (format, text))                          \
    F(lxw_error, worksheet_write_string,                                                                             \
      (lxw_worksheet * sheet, lxw_row_t row, lxw_col_t col, const char *text, lxw_format *format),                    \
      (sheet, row, col, text, format))                                                                               \
    F(lxw_error, worksheet_write_number,                                                                             \
      (lxw_worksheet * sheet, lxw_row_t row, lxw_col_t col, double number, lxw_format *format),                       \
      (sheet, row, col, number, format))                                                                             \
    F(lxw_error, worksheet_write_datetime,                                                                           \
      (lxw_worksheet * sheet, lxw_row_t row, lxw_col_t col, lxw_datetime *datetime, lxw_format *format),              \
      (sheet, row, col, datetime, format))                                                                           \
    F(lxw_error, worksheet_write_blank, (lxw_worksheet * sheet, lxw_row_t row, lxw_col_t col, lxw_format *format),   \
      (sheet, row, col, format))                                                                                     \
    F(lxw_error, worksheet_set_column,                                                                               \
      (lxw_worksheet * sheet, lxw_col_t first, lxw_col_t last, double width, lxw_format *format),                     \
      (sheet, first, last, width, format))                                                                           \
    F(void, worksheet_freeze_panes, (lxw_worksheet * sheet, lxw_row_t row, lxw_col_t col), (sheet, row, col))        \
    F(void, worksheet_set_landscape, (lxw_worksheet * sheet), (sheet))                                               \
    F(void, worksheet_set_paper, (lxw_worksheet * sheet, uint8_t paper), (sheet, paper))                             \
    F(void, worksheet_fit_to_pages, (lxw_worksheet * sheet, uint16_t width, uint16_t height), (sheet, width, height)) \
    F(lxw_error, worksheet_repeat_rows, (lxw_worksheet * sheet, lxw_row_t first, lxw_row_t last),                    \
      (sheet, first, last))                                                                                          \
    F(lxw_error, worksheet_set_header, (lxw_worksheet * sheet, const char *text), (sheet, text))                     \
    F(lxw_error, worksheet_set_footer, (lxw_worksheet * sheet, const char *text), (sheet, text))                     \
    F(lxw_error, worksheet_autofilter,                                                                               \
      (lxw_worksheet * sheet, lxw_row_t firstRow, lxw_col_t firstCol, lxw_row_t lastRow, lxw_col_t lastCol),          \
      (sheet, firstRow, firstCol, lastRow, lastCol))                                                                 \
    F(lxw_error, worksheet_insert_chart_opt,                                                                         \
      (lxw_worksheet * sheet, lxw_row_t row, lxw_col_t col, lxw_chart *chart, lxw_chart_options *options),            \
      (sheet, row, col, chart, options))                                                                             \
    F(void, chart_title_set_name, (lxw_chart * chart, const char *name), (chart, name))                              \
    F(lxw_chart_series *, chart_add_series, (lxw_chart * chart, const char *categories, const char *values),         \
      (chart, categories, values))                                                                                   \
    F(void, chart_series_set_name, (lxw_chart_series * series, const char *name), (series, name))                    \
    F(void, chart_axis_set_num_format, (lxw_chart_axis * axis, const char *format), (axis, format))                  \
    F(void, chart_axis_set_min, (lxw_chart_axis * axis, double min), (axis, min))                                    \
    F(void, chart_axis_set_max, (lxw_chart_axis * axis, double max), (axis, max))

namespace {
// The library's functions, each looked up once while loading: a library without one of them is
// reported, never called.
struct Loaded
{
#define KURATOR_XLSX_POINTER(Return, name, params, args) Return(*name) params = nullptr;
    KURATOR_XLSX_FUNCTIONS(KURATOR_XLSX_POINTER)
#undef KURATOR_XLSX_POINTER
    QString error;
};

const Loaded &loaded()
{
    static const Loaded result = [] {
        Loaded l;
        void *library = dlopen(KURATOR_XLSXWRITER_LIBRARY, RTLD_NOW | RTLD_LOCAL);
        if (!library) {
            l.error = QCoreApplication::translate("XlsxLibrary", "Excel-файлы не записываются: нет библиотеки %1 "
                                                                 "(установите пакет %2). %3")
                          .arg(QLatin1String(KURATOR_XLSXWRITER_LIBRARY), QLatin1String(KURATOR_XLSXWRITER_PACKAGE),
                               QString::fromLocal8Bit(dlerror()));
            return l;
        }
        const char *missing = nullptr;
#define KURATOR_XLSX_LOOK_UP(Return, name, params, args)                        \
    l.name = reinterpret_cast<Return(*) params>(dlsym(library, #name));        \
    if (!l.name && !missing)                                                   \
        missing = #name;
        KURATOR_XLSX_FUNCTIONS(KURATOR_XLSX_LOOK_UP)
#undef KURATOR_XLSX_LOOK_UP
        if (missing)
            l.error = QCoreApplication::translate("XlsxLibrary", "Excel-файлы не записываются: в библиотеке %1 нет "
                                                                 "функции %2 (нужна версия %3 или новее).")
                          .arg(QLatin1String(KURATOR_XLSXWRITER_LIBRARY), QLatin1String(missing),
                               QLatin1String(KURATOR_XLSXWRITER_VERSION));
        return l;
    }();
    return result;
}

// A forwarder reached before load() said ready is a bug of the caller, not a state to go on from.
const Loaded &ready()
{
    const Loaded &l = loaded();
    if (!l.error.isEmpty())
        qFatal("libxlsxwriter called though it is not loaded");
    return l;
}
}

QString XlsxLibrary::load()
{
    return loaded().error;
}

#define KURATOR_XLSX_FORWARD(Return, name, params, args) \
    extern "C" Return name params                        \
    {                                                    \
        return ready().name args;                        \
    }
KURATOR_XLSX_FUNCTIONS(KURATOR_XLSX_FORWARD)
