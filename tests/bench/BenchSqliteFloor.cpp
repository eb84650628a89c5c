// The floor under any import into Kurator's schema: what SQLite alone takes to insert one row of
// the file into each of the four tables Kurator writes (the person, the year's bank of mentees,
// the questionnaire and its answer) through its C API, prepared statements and UTF-8 text bound in
// place, in one transaction, with nothing read, checked or converted while timed. Three settings:
// the store as Kurator opens it (WAL, synchronous NORMAL, foreign keys on); a rollback journal
// (DELETE, synchronous FULL: new pages are written once, not to the WAL and again at the
// checkpoint); and that without foreign-key checks.   bench_sqlite_floor FILE.csv
#include "domain/TextFold.h"
#include "services/HugePageHeap.h"
#include "services/ReferenceData.h"
#include "services/TableFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <sqlite3.h>

namespace {
struct Row // the cells as SQLite will read them
{
    std::string last, first, middle, nameKey, born, className, request, interests, schedule;
};

std::vector<Row> rowsOf(const TableData &table)
{
    std::vector<Row> rows;
    for (qsizetype i = 1; i < table.rows.size(); ++i) {
        const QStringList &c = table.rows[i];
        const QStringList name = c[0].split(QLatin1Char(' '));
        const QDate born = QDate::fromString(c[1], QStringLiteral("dd.MM.yyyy"));
        rows.push_back({name[0].toStdString(), name[1].toStdString(), name[2].toStdString(),
                        TextFold::nameKey(name[0], name[1], name[2]).toStdString(),
                        born.toString(Qt::ISODate).toStdString(), c[2].toStdString(), c[3].toStdString(),
                        c[4].toStdString(), c[5].toStdString()});
    }
    return rows;
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    return statement;
}

void bindText(sqlite3_stmt *s, int index, const std::string &text)
{
    sqlite3_bind_text(s, index, text.data(), int(text.size()), SQLITE_STATIC);
}

bool step(sqlite3_stmt *s)
{
    const bool done = sqlite3_step(s) == SQLITE_DONE;
    sqlite3_reset(s);
    return done;
}

// Inserts every row; false on any error. `inserts`: the time until the commit.
bool insertAll(sqlite3 *db, const std::vector<Row> &rows, qint64 &inserts)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN; INSERT INTO academic_year (start_year) VALUES (2099)", nullptr, nullptr, nullptr);
    const sqlite3_int64 year = sqlite3_last_insert_rowid(db);
    const char *now = "2026-12-05T00:00:00Z";
    sqlite3_stmt *person = prepare(db, "INSERT INTO person (last_name, first_name, patronymic, name_key, birth_date, "
                                       "category, class_name, status, created_at, updated_at) "
                                       "VALUES (?1, ?2, ?3, ?4, ?5, 'pupil', ?6, 'active', ?7, ?7)");
    sqlite3_stmt *profile = prepare(db, "INSERT INTO mentee_profile (person_id, academic_year_id, request, interests, "
                                        "entered_on, status) VALUES (?, ?, ?, ?, '2026-12-05', 'active')");
    sqlite3_stmt *response = prepare(db, "INSERT INTO questionnaire_response (kind, person_id, academic_year_id, source, "
                                         "imported_at) VALUES ('mentee', ?, ?, 'bench.csv', ?)");
    sqlite3_stmt *answer = prepare(db, "INSERT INTO questionnaire_answer (response_id, question_key, answer) "
                                       "VALUES (?, 'schedule', ?)");
    bool ok = person && profile && response && answer;
    for (const Row &r : rows) {
        if (!ok)
            break;
        bindText(person, 1, r.last);
        bindText(person, 2, r.first);
        bindText(person, 3, r.middle);
        bindText(person, 4, r.nameKey);
        bindText(person, 5, r.born);
        bindText(person, 6, r.className);
        sqlite3_bind_text(person, 7, now, -1, SQLITE_STATIC);
        ok = step(person);
        const sqlite3_int64 personId = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(profile, 1, personId);
        sqlite3_bind_int64(profile, 2, year);
        bindText(profile, 3, r.request);
        bindText(profile, 4, r.interests);
        ok = ok && step(profile);
        sqlite3_bind_int64(response, 1, personId);
        sqlite3_bind_int64(response, 2, year);
        sqlite3_bind_text(response, 3, now, -1, SQLITE_STATIC);
        ok = ok && step(response);
        sqlite3_bind_int64(answer, 1, sqlite3_last_insert_rowid(db));
        bindText(answer, 2, r.schedule);
        ok = ok && step(answer);
    }
    for (sqlite3_stmt *s : {person, profile, response, answer})
        sqlite3_finalize(s);
    inserts = timer.elapsed();
    return ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
}
}

int main(int argc, char *argv[])
{
    HugePageHeap::reserve(); // as kurator-cli does
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const Result<TableData> table = TableFile::read(QString::fromLocal8Bit(argv[1]));
    if (!table)
        return 1;
    const std::vector<Row> rows = rowsOf(*table);
    const struct { const char *name, *pragmas; } settings[] = {
        {"wal", "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON"},
        {"rollback_journal", "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON"},
        {"rollback_journal_no_fk", "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF"}};
    QTextStream out(stdout);
    for (const auto &setting : settings) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("floor.sqlite"));
        {
            auto store = Database::open(path); // Kurator's schema and reference data, then closed
            if (!store || !ReferenceData::installDefaults(*store.value()))
                return 1;
        }
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK
            || sqlite3_exec(db, setting.pragmas, nullptr, nullptr, nullptr) != SQLITE_OK)
            return 1;
        QElapsedTimer timer;
        timer.start();
        qint64 inserts = 0;
        const bool ok = insertAll(db, rows, inserts);
        const qint64 total = timer.elapsed();
        sqlite3_close(db);
        if (!ok)
            return 1;
        out << "sqlite_floor_ms setting=" << setting.name << " rows=" << rows.size() << " time=" << total
            << " (inserts " << inserts << ", commit " << total - inserts << ")\n";
        out.flush();
    }
    return 0;
}
