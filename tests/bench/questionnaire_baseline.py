"""The yardstick for the questionnaire import: writes a CSV of mentees' questionnaires, then loads
it into SQLite with pandas (read_csv + to_sql), as a data person would.
   questionnaire_baseline.py make FILE.csv ROWS
   questionnaire_baseline.py load FILE.csv DB.sqlite
   questionnaire_baseline.py floor FILE.csv STORE.sqlite   (a store made by `kurator-cli init`)
The floor is what Kurator's own rows cost SQLite alone: the person, the bank's profile, the
questionnaire and its answer of each row, inserted with executemany into Kurator's schema as Kurator
opens it (WAL, synchronous=NORMAL, foreign keys), without reading, checking or binding anything of
Kurator's; only the inserts and the commit are timed."""
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
elif sys.argv[1] == "floor":
    import csv
    path, db = sys.argv[2], sys.argv[3]
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))[1:]
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")
    year = connection.execute("INSERT INTO academic_year (start_year) VALUES (2099) RETURNING id").fetchone()[0]
    first_id = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM person").fetchone()[0]
    first_response = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM questionnaire_response").fetchone()[0]
    now = "2026-12-05T00:00:00Z"
    people, profiles, responses, answers = [], [], [], []
    for n, (name, born, grade, request, interests, schedule) in enumerate(rows):
        i, response = first_id + n, first_response + n
        last, first, middle = name.split(" ")
        day, month, born_year = born.split(".")
        people.append((i, last, first, middle, name.lower().replace("ё", "е"), f"{born_year}-{month}-{day}", "pupil", grade, now, now))
        profiles.append((i, request, interests, now[:10]))
        responses.append((response, i, path))
        answers.append((response, schedule))
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO person (id, last_name, first_name, patronymic, name_key, birth_date, category, "
                           "class_name, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)", people)
    connection.executemany("INSERT INTO mentee_profile (person_id, academic_year_id, request, interests, entered_on, status) "
                           f"VALUES (?, {year}, ?, ?, ?, 'active')", profiles)
    connection.executemany("INSERT INTO questionnaire_response (id, kind, person_id, academic_year_id, source, imported_at) "
                           f"VALUES (?, 'mentee', ?, {year}, ?, '{now}')", responses)
    connection.executemany("INSERT INTO questionnaire_answer (response_id, question_key, answer) VALUES (?, 'schedule', ?)", answers)
    connection.execute("COMMIT")
    print(f"sqlite_floor_ms rows={len(rows)} time={(time.perf_counter() - start) * 1000:.0f}")
else:
    import pandas as pd
    path, db = sys.argv[2], sys.argv[3]
    start = time.perf_counter()
    frame = pd.read_csv(path, sep=";", encoding="utf-8")
    with sqlite3.connect(db) as connection:
        frame.to_sql("questionnaire", connection, index=False)
    print(f"pandas_import_ms rows={len(frame)} time={(time.perf_counter() - start) * 1000:.0f}")
