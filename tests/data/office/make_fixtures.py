#!/usr/bin/python3
"""Makes the Office fixtures of the roadmap import from the seed texts, with independent tools:
openpyxl for .xlsx (section rows merged across the table, as curators format them) and a
hand-written WordprocessingML table for .docx (gridSpan section rows, a vMerge owner column).
Run from the repository root: tests/data/office/make_fixtures.py"""
import pathlib
import zipfile
from xml.sax.saxutils import escape

import openpyxl

root = pathlib.Path(__file__).resolve().parent
seeds = root.parent / "seeds"


def seed_rows(prefix, start, stop):
    text = next(seeds.glob(prefix + "_*.txt")).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in text[start:stop]]


def make_xlsx():
    # Seed 000: header on line 19, the table to line 71; a one-cell row is a section.
    rows = seed_rows("000", 18, 71)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Дорожная карта"
    sheet.append(["ПЛАН МЕРОПРИЯТИЙ (дорожная карта) на 2024-2025 учебный год"])
    sheet.append([])
    for cells in rows:
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        sheet.append(cells)
        filled = [c for c in cells if c]
        if len(filled) == 1 and cells[0]:
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=5)
    book.save(root / "roadmap_000.xlsx")


def cell(text, span=1, vmerge=None):
    props = ""
    if span > 1:
        props += '<w:gridSpan w:val="%d"/>' % span
    if vmerge is not None:
        props += '<w:vMerge w:val="restart"/>' if vmerge else "<w:vMerge/>"
    paragraphs = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % escape(line)
                         for line in text.split("\n")) or "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (props, paragraphs)


def make_docx():
    # Seed 004, section III: «№ пп | Мероприятие | Исполнитель (-и) / Сроки | Документационное сопровождение».
    body = ['<w:p><w:r><w:t>Раздел III. Дорожная карта внедрения целевой модели наставничества</w:t></w:r></w:p>', "<w:tbl>"]
    body.append("<w:tr>" + "".join(cell(h) for h in ["№ пп", "Мероприятие", "Исполнитель (-и) / Сроки",
                                                      "Документационное сопровождение"]) + "</w:tr>")
    body.append("<w:tr>" + cell("Организационный этап", span=4) + "</w:tr>")
    first = True
    for cells in seed_rows("004", 136, 160):
        cells = [c.strip() for c in cells]
        if len(cells) < 3 or not cells[0].isdigit():
            continue
        # The documents column is merged down over the rows that share it.
        document = cells[3] if len(cells) > 3 else ""
        body.append("<w:tr>" + cell(cells[0]) + cell(cells[1]) + cell(cells[2])
                    + cell(document, vmerge=first) + "</w:tr>")
        first = False
        if cells[0] == "13":
            body.append("<w:tr>" + cell("Этап обучения и закрепления пар", span=4) + "</w:tr>")
            first = True
    body.append("</w:tbl>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                + "".join(body) + "</w:body></w:document>")
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
             'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
             'main+xml"/></Types>')
    with zipfile.ZipFile(root / "roadmap_004.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("word/document.xml", document)


make_xlsx()
make_docx()
