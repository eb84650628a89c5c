#!/usr/bin/python3
"""The yardstick of the Excel export: python3-xlsxwriter in constant-memory mode writing the rows
Kurator's bank of mentees has (read from the same store beforehand, not timed), with the same
formats: header, dates, numbers. Prints the writing time and the process's peak memory."""
import datetime
import resource
import sqlite3
import sys
import time

import xlsxwriter

db, out = sys.argv[1], sys.argv[2]
rows = []
con = sqlite3.connect(db)
query = """SELECT p.last_name || ' ' || p.first_name || ' ' || coalesce(p.patronymic, ''), coalesce(p.phone, ''),
           coalesce(p.class_name, ''), m.request, m.entered_on FROM mentee_profile m JOIN person p ON p.id = m.person_id"""
for n, (name, phone, klass, request, entered) in enumerate(con.execute(query), 1):
    rows.append([n, name, phone, klass, request, datetime.date.fromisoformat(entered), "Иванов Иван Иванович",
                 "МБОУ «Средняя общеобразовательная школа № 27», учитель", "учитель – учитель",
                 "МБОУ «Средняя общеобразовательная школа № 27»", datetime.date(2025, 5, 31), "", ""])

start = time.perf_counter()
book = xlsxwriter.Workbook(out, {"constant_memory": True})
sheet = book.add_worksheet("База наставляемых")
header = book.add_format({"bold": True, "text_wrap": True, "bg_color": "#DCE6F1", "border": 1})
date = book.add_format({"num_format": "dd.mm.yyyy"})
number = book.add_format({"num_format": "0"})
wrap = book.add_format({"text_wrap": True})
sheet.write(0, 0, "База наставляемых, 2024–2025 учебный год")
for c in range(13):
    sheet.write(2, c, "Столбец %d" % (c + 1), header)
for r, row in enumerate(rows, 3):
    for c, value in enumerate(row):
        if isinstance(value, datetime.date):
            sheet.write_datetime(r, c, value, date)
        elif isinstance(value, int):
            sheet.write_number(r, c, value, number)
        elif value:
            sheet.write_string(r, c, value, wrap)
sheet.freeze_panes(3, 0)
sheet.autofilter(2, 0, 2 + len(rows), 12)
book.close()
elapsed = (time.perf_counter() - start) * 1000
print("xlsxwriter_python_ms %.0f peak_rss_mb %d" % (elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
