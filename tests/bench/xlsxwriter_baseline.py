#!/usr/bin/python3
"""The yardstick of the Excel export: python3-xlsxwriter in constant-memory mode writing exactly the
rows of the bank Kurator wrote (read back from Kurator's workbook with openpyxl beforehand, not
timed), in the same layout: title, report date, bold wrapped header, column widths, dates shown
dd.mm.yyyy, numbers, frozen header, autofilter, landscape pages fitted to width with the header
repeated. Prints the writing time and the process's peak memory.
Usage: xlsxwriter_baseline.py KURATOR.xlsx OUT.xlsx [RUNS]"""
import datetime
import resource
import sys
import time

import openpyxl
import xlsxwriter

source, out = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
book_in = openpyxl.load_workbook(source, read_only=True)
sheet_in = book_in.worksheets[0]
name = sheet_in.title
widths = [d.width for d in sheet_in.column_dimensions.values()] if hasattr(sheet_in, "column_dimensions") else []
rows = [list(r) for r in sheet_in.iter_rows(values_only=True)]
book_in.close()
title, report_date, header, data = rows[0][0], rows[1][0], rows[2], rows[3:]


def write():
    start = time.perf_counter()
    book = xlsxwriter.Workbook(out, {"constant_memory": True})
    sheet = book.add_worksheet(name)
    bold = book.add_format({"bold": True, "font_size": 14})
    head = book.add_format({"bold": True, "text_wrap": True, "valign": "vcenter", "bg_color": "#DCE6F1", "border": 1})
    date = book.add_format({"num_format": "dd.mm.yyyy", "valign": "top"})
    number = book.add_format({"num_format": "0", "valign": "top"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    for c in range(len(header)):
        sheet.set_column(c, c, widths[c] if c < len(widths) and widths[c] else 14)
    sheet.write_string(0, 0, title, bold)
    sheet.write_string(1, 0, report_date)
    for c, text in enumerate(header):
        sheet.write_string(2, c, text, head)
    for r, row in enumerate(data, 3):
        for c, value in enumerate(row):
            if isinstance(value, datetime.datetime):
                sheet.write_datetime(r, c, value, date)
            elif isinstance(value, (int, float)):
                sheet.write_number(r, c, value, number)
            elif value:
                sheet.write_string(r, c, value, wrap)
    sheet.freeze_panes(3, 0)
    sheet.autofilter(2, 0, 2 + len(data), len(header) - 1)
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(2)
    book.close()
    elapsed = (time.perf_counter() - start) * 1000
    print("xlsxwriter_python_ms %.0f peak_rss_mb %d" % (elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))


for _ in range(runs):
    write()
