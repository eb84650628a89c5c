"""Writes the questionnaire fixtures: as forms services and Excel export them, bad rows included.
Run from this folder with /usr/bin/python3 (python3-xlsxwriter); the outputs are checked in."""
import datetime

import xlsxwriter

# Mentees, from a Russian Excel: windows-1251, ';', a quoted cell with ';' and a line break inside.
mentees = """Отметка времени;ФИО;Дата рождения;Класс;Ключевой запрос;Интересы;Удобное время встреч
01.10.2024 10:15:00;Иванов Иван Петрович;12.03.2012;7А;"Подготовка к олимпиаде по математике; ОГЭ";шахматы;пн, ср
01.10.2024 10:20:00;Семёнова Анна Сергеевна;01.09.2011;8Б;"Адаптация в новом классе,
общение";театр, музыка;вт
01.10.2024 10:31:00;;05.05.2012;7А;робототехника;;
01.10.2024 10:40:00;Петров Пётр Ильич;31.02.2011;8А;история;;
01.10.2024 10:45:00;Сидоров Олег Иванович;10.10.2010;13Г;физика;;
01.10.2024 10:50:00;ИВАНОВ  Иван Петрович;12.03.2012;7А;математика;;
"""
with open("mentees_cp1251.csv", "wb") as f:
    f.write(mentees.replace("\n", "\r\n").encode("cp1251"))

# Mentors, from a forms service: UTF-8 with a byte order mark, ','.
mentors = """Фамилия,Имя,Отчество,Дата рождения,Должность,Компетенции,Желаемый возраст наставляемых,Сколько наставляемых,Форма наставничества
Кузнецова,Мария,Викторовна,1980-04-02,учитель математики,"олимпиадная математика, подготовка к ОГЭ",11-14,3,учитель – ученик
Смирнов,Алексей,Олегович,1975-11-20,учитель истории,"история, краеведение",12 – 16,2,Учитель-ученик
Орлова,Дарья,,1990-01-15,педагог-психолог,адаптация,от 10 до 15,-1,учитель – ученик
"""
with open("mentors_utf8bom.csv", "wb") as f:
    f.write(b"\xef\xbb\xbf" + mentors.encode("utf-8"))

# Mentees in .xlsx: dates as real Excel dates (serial numbers in the file) and as text.
book = xlsxwriter.Workbook("mentees.xlsx")
sheet = book.add_worksheet("Анкеты")
date_format = book.add_format({"num_format": "dd.mm.yyyy"})
for col, header in enumerate(["Фамилия", "Имя", "Отчество", "Дата рождения", "Класс", "Запрос", "Интересы"]):
    sheet.write(0, col, header)
rows = [
    ["Волкова", "Вера", "Андреевна", datetime.date(2011, 9, 1), "8В", "Проект по экологии", "биология"],
    ["Зайцев", "Глеб", "", "2012-01-17", "6А", "Программирование на Python", "игры"],
    ["Морозова", "Ольга", "Игоревна", "01.09.2011", "9А", "Профориентация", ""],
]
for r, row in enumerate(rows, start=1):
    for c, value in enumerate(row):
        if isinstance(value, datetime.date):
            sheet.write_datetime(r, c, datetime.datetime.combine(value, datetime.time()), date_format)
        else:
            sheet.write(r, c, value)
book.close()

# The same workbook cut short, as a broken download leaves it.
with open("mentees.xlsx", "rb") as f:
    data = f.read()
with open("truncated.xlsx", "wb") as f:
    f.write(data[: len(data) // 3])

# A picture renamed to .csv.
with open("picture.csv", "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))

# The post-networking survey: whom each would like as a partner.
prefs = """ФИО,Дата рождения,С кем вы хотели бы работать в паре
Иванов Иван Петрович,12.03.2012,Кузнецова Мария
Семенова  Анна Сергеевна,01.09.2011,"Смирнов Алексей; Никто Неизвестный"
"""
with open("preferences.csv", "w", encoding="utf-8") as f:
    f.write(prefs)

# Mentors on the second sheet of a workbook, under headers of the school's own wording that the
# curator maps by hand; the first sheet is the form's instructions.
book = xlsxwriter.Workbook("two_sheets.xlsx")
date_format = book.add_format({"num_format": "dd.mm.yyyy"})
book.add_worksheet("Инструкция").write(0, 0, "Заполните анкету на листе «Наставники»")
sheet = book.add_worksheet("Наставники")
for col, header in enumerate(["Наставник (полностью)", "Родился", "Чем могу помочь", "Сколько ребят возьму"]):
    sheet.write(0, col, header)
rows = [
    ["Лебедева Нина Павловна", datetime.date(1979, 5, 6), "подготовка к ЕГЭ по химии", 2],
    ["Голубев Игорь Семёнович", datetime.date(1985, 12, 1), "робототехника, проекты", 3],
]
for r, row in enumerate(rows, start=1):
    sheet.write(r, 0, row[0])
    sheet.write_datetime(r, 1, datetime.datetime.combine(row[1], datetime.time()), date_format)
    sheet.write(r, 2, row[2])
    sheet.write_number(r, 3, row[3])
book.close()
