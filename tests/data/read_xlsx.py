#!/usr/bin/python3
"""Reads a workbook back with openpyxl for the test suite and prints what matters as JSON: per
sheet its name, frozen pane, autofilter range, print set-up, charts, and every cell's value,
type and number format."""
import datetime
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in book.worksheets:
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for c in row:
            value = c.value
            kind = type(value).__name__
            if isinstance(value, datetime.datetime):
                value = value.date().isoformat()
            cells.append({"v": value, "t": kind, "f": c.number_format, "bold": bool(c.font and c.font.b)})
        rows.append(cells)
    sheets.append({
        "name": sheet.title,
        "freeze": sheet.freeze_panes,
        "filter": sheet.auto_filter.ref,
        "landscape": sheet.page_setup.orientation == "landscape",
        "fit_to_page": bool(sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage),
        "fit_width": 1 if sheet.page_setup.fitToWidth is None else int(sheet.page_setup.fitToWidth),  # Excel's default
        "fit_height": None if sheet.page_setup.fitToHeight is None else int(sheet.page_setup.fitToHeight),
        "repeat_rows": str(sheet.print_title_rows or ""),
        "charts": len(sheet._charts),
        "rows": rows,
    })
print(json.dumps(sheets, ensure_ascii=False))
