// The floor under any import into Kurator's schema: what SQLite alone takes to insert one row of
// the file into each of the four tables Kurator writes (the person, the year's bank of mentees,
// the questionnaire and its answer), in one transaction, with nothing read, checked or converted
// while timed. Two ways in: a prepared INSERT per row and table through the C API, UTF-8 bound in
// place; and SQLite's bulk path, one INSERT … SELECT per table from a virtual table over the rows
// (no statement run per row, the ids assigned in the SELECT). Under the store as Kurator opens it
// (WAL, synchronous NORMAL, foreign keys on: architecture.md requires them), and, for contrast,
// under a rollback journal (DELETE, synchronous FULL: new pages written once, not to the WAL and
// again at the checkpoint) with and without foreign-key checks. The WAL's checkpoint, which SQLite
// runs right after a commit this big, is timed on its own.   bench_sqlite_floor FILE.csv
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

const char *const now = "2026-12-05T00:00:00Z";

sqlite3_int64 beginWithYear(sqlite3 *db)
{
    sqlite3_exec(db, "BEGIN; INSERT INTO academic_year (start_year) VALUES (2099)", nullptr, nullptr, nullptr);
    return sqlite3_last_insert_rowid(db);
}

// Inserts every row, a statement per row and table; false on any error.
bool insertRowByRow(sqlite3 *db, const std::vector<Row> &rows)
{
    const sqlite3_int64 year = beginWithYear(db);
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
    return ok;
}

// The rows as an eponymous virtual table `file_rows`: k (1, 2, …) and the cells c0..c8, handed to
// SQLite in place.
const std::vector<Row> *bulkRows = nullptr;

struct RowCursor
{
    sqlite3_vtab_cursor base;
    size_t row = 0;
};

int connectRows(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    if (const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(k, c0, c1, c2, c3, c4, c5, c6, c7, c8)"); rc != SQLITE_OK)
        return rc;
    *table = new sqlite3_vtab{};
    return SQLITE_OK;
}
int disconnectRows(sqlite3_vtab *table)
{
    delete table;
    return SQLITE_OK;
}
int planRows(sqlite3_vtab *, sqlite3_index_info *plan)
{
    plan->estimatedRows = sqlite3_int64(bulkRows->size());
    return SQLITE_OK;
}
int openRows(sqlite3_vtab *, sqlite3_vtab_cursor **cursor)
{
    *cursor = &(new RowCursor{})->base;
    return SQLITE_OK;
}
int closeRows(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<RowCursor *>(cursor);
    return SQLITE_OK;
}
int firstRow(sqlite3_vtab_cursor *cursor, int, const char *, int, sqlite3_value **)
{
    reinterpret_cast<RowCursor *>(cursor)->row = 0;
    return SQLITE_OK;
}
int nextRow(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<RowCursor *>(cursor)->row;
    return SQLITE_OK;
}
int pastLastRow(sqlite3_vtab_cursor *cursor)
{
    return reinterpret_cast<RowCursor *>(cursor)->row >= bulkRows->size();
}
int cell(sqlite3_vtab_cursor *cursor, sqlite3_context *result, int column)
{
    const size_t row = reinterpret_cast<RowCursor *>(cursor)->row;
    if (column == 0) {
        sqlite3_result_int64(result, sqlite3_int64(row + 1));
        return SQLITE_OK;
    }
    const Row &r = (*bulkRows)[row];
    const std::string *cells[] = {&r.last, &r.first, &r.middle, &r.nameKey, &r.born, &r.className,
                                  &r.request, &r.interests, &r.schedule};
    const std::string &text = *cells[column - 1];
    sqlite3_result_text(result, text.data(), int(text.size()), SQLITE_STATIC);
    return SQLITE_OK;
}
int rowId(sqlite3_vtab_cursor *cursor, sqlite3_int64 *id)
{
    *id = sqlite3_int64(reinterpret_cast<RowCursor *>(cursor)->row);
    return SQLITE_OK;
}
sqlite3_module rowsModule = {0, nullptr, connectRows, planRows, disconnectRows, nullptr, openRows, closeRows,
                             firstRow, nextRow, pastLastRow, cell, rowId,
                             nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

// Inserts every row, one INSERT … SELECT per table; false on any error. The person and the
// questionnaire get their ids from the SELECT (the tables start empty), so the rows that point to
// them need no lookup.
bool insertInBulk(sqlite3 *db, const std::vector<Row> &rows)
{
    bulkRows = &rows;
    if (sqlite3_create_module(db, "file_rows", &rowsModule, nullptr) != SQLITE_OK)
        return false;
    const QByteArray year = QByteArray::number(beginWithYear(db));
    const QByteArray inserts =
        "INSERT INTO person (id, last_name, first_name, patronymic, name_key, birth_date, category, class_name, "
        "status, created_at, updated_at) SELECT k, c0, c1, c2, c3, c4, 'pupil', c5, 'active', '" + QByteArray(now)
        + "', '" + now + "' FROM file_rows;"
          "INSERT INTO mentee_profile (person_id, academic_year_id, request, interests, entered_on, status) "
          "SELECT k, " + year + ", c6, c7, '2026-12-05', 'active' FROM file_rows;"
          "INSERT INTO questionnaire_response (id, kind, person_id, academic_year_id, source, imported_at) "
          "SELECT k, 'mentee', k, " + year + ", 'bench.csv', '" + now + "' FROM file_rows;"
          "INSERT INTO questionnaire_answer (response_id, question_key, answer) SELECT k, 'schedule', c8 FROM file_rows";
    return sqlite3_exec(db, inserts.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

struct Times
{
    qint64 inserts = 0, commit = 0, checkpoint = 0;
};

// The rows inserted one way, committed and checkpointed; false on any error.
bool timeImport(sqlite3 *db, const std::vector<Row> &rows, bool inBulk, Times &times)
{
    QElapsedTimer timer;
    timer.start();
    if (!(inBulk ? insertInBulk(db, rows) : insertRowByRow(db, rows)))
        return false;
    times.inserts = timer.restart();
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    times.commit = timer.restart();
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr); // nothing to do without a WAL
    times.checkpoint = timer.elapsed();
    sqlite3_stmt *count = prepare(db, "SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM questionnaire_answer)");
    const bool all = count && sqlite3_step(count) == SQLITE_ROW && sqlite3_column_int64(count, 0) == qint64(rows.size())
                     && sqlite3_column_int64(count, 1) == qint64(rows.size());
    sqlite3_finalize(count);
    return all;
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
    // The checkpoint is left to timeImport, so that it is timed apart from the commit.
    const char *const wal = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                            "PRAGMA wal_autocheckpoint = 0";
    const char *const rollback = "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON";
    const char *const rollbackNoKeys = "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF";
    const struct { const char *name, *pragmas; bool inBulk; } settings[] = {
        {"wal", wal, false},
        {"wal_bulk", wal, true},
        {"rollback_journal", rollback, false},
        {"rollback_journal_no_fk", rollbackNoKeys, false},
        {"rollback_journal_no_fk_bulk", rollbackNoKeys, true}};
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
        Times times;
        const bool ok = timeImport(db, rows, setting.inBulk, times);
        sqlite3_close(db);
        if (!ok)
            return 1;
        out << "sqlite_floor_ms setting=" << setting.name << " rows=" << rows.size()
            << " time=" << times.inserts + times.commit + times.checkpoint << " (inserts " << times.inserts
            << ", commit " << times.commit << ", checkpoint " << times.checkpoint << ")\n";
        out.flush();
    }
    return 0;
}
