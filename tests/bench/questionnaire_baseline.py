"""The yardstick for the questionnaire import: writes a CSV of mentees' questionnaires, then loads
it into SQLite with pandas (read_csv + to_sql), as a data person would.
   questionnaire_baseline.py make FILE.csv ROWS
   questionnaire_baseline.py load FILE.csv DB.sqlite
(bench_sqlite_floor measures what SQLite alone takes for the same rows in Kurator's schema.)"""
import random
import sqlite3
import sys
import time

LAST = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров"]
FIRST = ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл", "Михаил"]
MIDDLE = ["Александрович", "Дмитриевич", "Сергеевич", "Андреевич", "Алексеевич", "Игоревич", "Олегович", "Петрович"]
TOPICS = ["математика", "олимпиада", "физика", "история", "программирование", "робототехника", "шахматы", "театр",
          "профориентация", "адаптация", "ОГЭ", "проект", "экология"]

if sys.argv[1] == "make":
    path, rows = sys.argv[2], int(sys.argv[3])
    rng = random.Random(20261123)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("ФИО;Дата рождения;Класс;Ключевой запрос;Интересы;Удобное время встреч\n")
        for i in range(rows):
            # a unique surname suffix keeps every row a different person, as in a real bank
            name = f"{rng.choice(LAST)}{i} {rng.choice(FIRST)} {rng.choice(MIDDLE)}"
            grade = rng.randint(5, 11)
            born = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{2024 - 7 - grade}"
            request = ", ".join(rng.sample(TOPICS, 2))
            interests = ", ".join(rng.sample(TOPICS, 2))
            f.write(f"{name};{born};{grade}{rng.choice('АБВ')};\"{request}\";{interests};пн, ср\n")
else:
    import pandas as pd
    path, db = sys.argv[2], sys.argv[3]
    start = time.perf_counter()
    frame = pd.read_csv(path, sep=";", encoding="utf-8")
    with sqlite3.connect(db) as connection:
        frame.to_sql("questionnaire", connection, index=False)
    print(f"pandas_import_ms rows={len(frame)} time={(time.perf_counter() - start) * 1000:.0f}")
