#include "services/XlsxLibrary.h"

#include <QCoreApplication>
#include <dlfcn.h>
#include <mutex>
#include <xlsxwriter.h>

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
struct Loaded
{
    void *library = nullptr;
    QString error;
};

// Every function is looked up while loading: a library without one of them is reported, not called.
const Loaded &loaded()
{
    static const Loaded result = [] {
        Loaded l;
        l.library = dlopen(KURATOR_XLSXWRITER_LIBRARY, RTLD_NOW | RTLD_LOCAL);
        const char *missing = nullptr;
#define KURATOR_XLSX_CHECK(Return, name, params, args) \
    if (l.library && !missing && !dlsym(l.library, #name)) \
        missing = #name;
        KURATOR_XLSX_FUNCTIONS(KURATOR_XLSX_CHECK)
#undef KURATOR_XLSX_CHECK
        if (!l.library)
            l.error = QCoreApplication::translate("XlsxLibrary", "Не удалось загрузить библиотеку Excel %1: %2")
                          .arg(QLatin1String(KURATOR_XLSXWRITER_LIBRARY), QString::fromLocal8Bit(dlerror()));
        else if (missing)
            l.error = QCoreApplication::translate("XlsxLibrary", "В библиотеке Excel %1 нет функции %2.")
                          .arg(QLatin1String(KURATOR_XLSXWRITER_LIBRARY), QLatin1String(missing));
        return l;
    }();
    return result;
}
}

QString XlsxLibrary::load()
{
    return loaded().error;
}

#define KURATOR_XLSX_FORWARD(Return, name, params, args)                                               \
    extern "C" Return name params                                                                      \
    {                                                                                                  \
        static const auto real = reinterpret_cast<Return(*) params>(dlsym(loaded().library, #name));   \
        return real args;                                                                              \
    }
KURATOR_XLSX_FUNCTIONS(KURATOR_XLSX_FORWARD)
