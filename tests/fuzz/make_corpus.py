#!/usr/bin/python3
"""Writes the small seed inputs of the fuzz corpus that are not copies of test fixtures: deadline
wordings of the seed roadmaps, rows of a roadmap table, a mapping file, and an .xlsx and a .docx
stored without compression (so that the fuzzer's mutations reach their XML). Run from tests/fuzz."""
import re
import zipfile
from pathlib import Path

corpus = Path("corpus")

def write(target, name, data):
    path = corpus / target / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

deadlines = re.findall(r'\{"([^"]+)", 20\d\d,', Path("../domain/DeadlineTest.cpp").read_text(encoding="utf-8"))
for i, text in enumerate(dict.fromkeys(deadlines)):
    write("roadmap_text", f"deadline_{i:03}.txt", text)
seed = Path("../data/seeds/001_95e280d29bb90a0b.txt").read_text(encoding="utf-8")
write("roadmap_text", "table_001.txt", seed[:3000])
write("roadmap_text", "kpi.txt", "не менее 5 публикаций\t20 %\t40%\t1 раз в квартал")

write("json_templates", "mapping.json", '{"columns": {"Ф.И.О. ученика": "full_name", "Класс": "class", "Увлечения": "interests", "Прочее": ""}}')
write("json_templates", "mapping_flat.json", '{"ФИО": "full_name", "Дата рождения": "birth_date"}')

write("csv", "quoted.csv", 'ФИО;Класс;Запрос\n"Иванов Иван";5А;"ничего; ""совсем""\nничего"\r\nПетров;6Б;\n')
write("csv", "tabs.tsv", "№\tМероприятие\tСрок\n1\tАнкетирование\tОктябрь 2024\n")

def stored_zip(target, name, parts):
    path = corpus / target / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for part, text in parts.items():
            z.writestr(part, text)

stored_zip("xlsx", "stored.xlsx", {
    "xl/workbook.xml": '<workbook xmlns:r="r"><sheets><sheet name="Анкеты" r:id="rId1"/><sheet name="Б" r:id="rId2"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'
                                  '<Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
    "xl/sharedStrings.xml": '<sst><si><t>ФИО</t></si><si><r><t>Кла</t></r><r><t>сс</t></r></si></sst>',
    "xl/worksheets/sheet1.xml": '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
                                '<row r="3"><c r="A3" t="inlineStr"><is><t>Иванов</t></is></c><c r="C3"><v>40000</v></c></row></sheetData></worksheet>',
    "xl/worksheets/sheet2.xml": '<worksheet><sheetData><row r="2"><c r="AB2"><v>1</v></c></row></sheetData></worksheet>',
})
stored_zip("docx", "stored.docx", {
    "word/document.xml": '<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>№</w:t></w:r></w:p></w:tc>'
                         '<w:tc><w:p><w:r><w:t>Мероприятие</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Срок</w:t></w:r></w:p></w:tc></w:tr>'
                         '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>1. Подготовка</w:t></w:r></w:p></w:tc></w:tr>'
                         '<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Анкета</w:t><w:tab/></w:r></w:p></w:tc>'
                         '<w:tc><w:p><w:r><w:t>до 10.10.2023</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>',
})

# Inputs that once exhausted the readers, kept as regressions (also read by tests/services/BadInputTest).
def regression_zip(target, name, parts):
    path = Path("regressions") / target / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            z.writestr(part, text)

regression_zip("docx", "grid_span_billion.docx", {
    "word/document.xml": '<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000000000"/></w:tcPr>'
                         '<w:p><w:r><w:t>Раздел</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>',
})
regression_zip("xlsx", "far_cells.xlsx", {
    "xl/worksheets/sheet1.xml": '<worksheet><sheetData>'
                                + "".join(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>' for r in range(1, 701))
                                + '</sheetData></worksheet>',
})
