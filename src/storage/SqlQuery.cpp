#include "storage/SqlQuery.h"

#include "domain/IsoDate.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QDateTime>
#include <algorithm>
#include <dlfcn.h>
#include <sqlite3.h>

namespace {
// Flags are 0/1 integers in both stores; PostgreSQL has no implicit cast from a boolean to them.
QVariant portable(const QVariant &value)
{
    return value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value;
}

// Whether QtSql's SQLite plugin runs on the very library this program links: a Qt that builds its
// own copy of SQLite into the plugin (Qt's installers do) hands out handles of that copy, which
// this one must not touch. Debian's plugin links the system's libsqlite3.
bool pluginSharesOurSqlite(const QSqlDriver *driver)
{
    Dl_info plugin{};
    const void *vtable = *reinterpret_cast<void *const *>(driver); // lies in the plugin's library
    if (!dladdr(vtable, &plugin) || !plugin.dli_fname)
        return false;
    void *library = dlopen(plugin.dli_fname, RTLD_NOW | RTLD_NOLOAD);
    if (!library)
        return false;
    // Looked up in the plugin and what it links, in the order the loader would.
    const void *theirs = dlsym(library, "sqlite3_prepare_v2");
    dlclose(library);
    return theirs == reinterpret_cast<const void *>(&sqlite3_prepare_v2);
}

// The connection's own SQLite handle; null on another driver, or on a SQLite not ours.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    static const bool shared = pluginSharesOurSqlite(db.driver()); // one plugin per process
    if (!shared)
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// QtSql's idea of a value to store as NULL (Qt 6: a QVariant holding a null QString is not isNull()).
bool isNullValue(const QVariant &v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString: return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDate: return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QDateTime: return static_cast<const QDateTime *>(v.constData())->isNull();
    case QMetaType::QTime: return static_cast<const QTime *>(v.constData())->isNull();
    default: return false;
    }
}

// Whether column i of the current row can be read: stepped onto a row, and a column it has.
bool readable(sqlite3_stmt *statement, bool onRow, int i)
{
    return onRow && i >= 0 && i < sqlite3_column_count(statement);
}

QString columnText(sqlite3_stmt *statement, int i)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, i)) : QString();
}
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_handle(sqliteHandle(db))
{
    if (m_handle) {
        const QByteArray utf8 = sql.toUtf8();
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, &tail);
        m_prepared = rc == SQLITE_OK && m_statement;
        if (rc != SQLITE_OK)
            m_nativeError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        else if (!m_statement)
            m_nativeError = QStringLiteral("empty statement");
        else if (tail && !QByteArray(tail).trimmed().isEmpty()) {
            m_prepared = false;
            m_nativeError = QStringLiteral("one statement at a time");
        }
        if (m_statement)
            m_bound.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
        m_failed = !m_prepared;
        return;
    }
    m_query.emplace(db);
    if (db.driverName() == QLatin1String("QPSQL"))
        m_server = db;
    // PostgreSQL's driver streams a forward-only result row by row and loses it when another
    // statement runs on the connection meanwhile, which the repositories do (a query inside a loop
    // over another); there the whole result is fetched at once instead.
    m_query->setForwardOnly(!m_server.isValid());
    m_prepared = m_query->prepare(sql);
    m_failed = !m_prepared;
}

SqlQuery::~SqlQuery()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

SqlQuery::SqlQuery(SqlQuery &&other) noexcept
    : m_handle(other.m_handle), m_statement(std::exchange(other.m_statement, nullptr)), m_bound(std::move(other.m_bound)),
      m_nativeError(std::move(other.m_nativeError)), m_stepped(other.m_stepped), m_onRow(other.m_onRow),
      m_firstRowPending(other.m_firstRowPending), m_changes(other.m_changes), m_query(std::move(other.m_query)),
      m_server(std::move(other.m_server)), m_prepared(other.m_prepared), m_failed(other.m_failed)
{
}

void SqlQuery::rewind()
{
    if (m_stepped) {
        sqlite3_reset(m_statement);
        m_stepped = m_onRow = m_firstRowPending = false;
    }
}

void SqlQuery::bindAt(int index, const QVariant &value)
{
    if (!m_statement || index < 1 || index > int(m_bound.size()))
        return; // as QtSql: a placeholder the statement does not have binds nothing
    rewind();
    QVariant &kept = m_bound[size_t(index - 1)];
    // Never invalid once bound: an invalid slot is a placeholder nothing was bound to (see exec()).
    kept = value.isValid() ? value : QVariant(QMetaType::fromType<QString>());
    if (isNullValue(kept)) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (kept.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong: // an unsigned 64-bit number goes as text, as QtSql sends it
        sqlite3_bind_int64(m_statement, index, kept.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, kept.toDouble());
        return;
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(kept.constData());
        sqlite3_bind_blob(m_statement, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
        return;
    }
    case QMetaType::QString:
        break;
    default:
        kept = kept.toString(); // a date as ISO text, as QtSql binds it
    }
    const auto *text = static_cast<const QString *>(kept.constData());
    sqlite3_bind_text16(m_statement, index, text->utf16(), int(text->size() * 2), SQLITE_STATIC);
}

SqlQuery &SqlQuery::bind(const QString &name, const QVariant &value)
{
    if (m_query) {
        m_query->bindValue(name, portable(value));
        return *this;
    }
    if (m_statement)
        bindAt(sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData()), value);
    return *this;
}

// Straight from the braces, without a copy into a QVariantList: an import binds 400,000 rows.
SqlQuery &SqlQuery::bindAll(std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        m_query ? m_query->bindValue(i++, portable(v)) : bindAt(++i, v);
    return *this;
}

SqlQuery &SqlQuery::bindAll(const QVariantList &values)
{
    int i = 0;
    for (const QVariant &v : values)
        m_query ? m_query->bindValue(i++, portable(v)) : bindAt(++i, v);
    return *this;
}

bool SqlQuery::exec()
{
    if (m_query) {
        m_failed = !m_prepared || !m_query->exec();
        return !m_failed;
    }
    if (!m_prepared)
        return !(m_failed = true);
    m_changes = 0;
    // As QtSql: a placeholder left without a value is a mistake, not a NULL.
    if (std::any_of(m_bound.cbegin(), m_bound.cend(), [](const QVariant &v) { return !v.isValid(); })) {
        m_nativeError = QStringLiteral("Parameter count mismatch");
        return !(m_failed = true);
    }
    // exec() runs the statement to its first row, as QtSql does, so that an error shows here.
    rewind();
    const int rc = sqlite3_step(m_statement);
    m_stepped = true;
    m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    if (m_failed) {
        m_nativeError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        rewind();
        return false;
    }
    m_changes = sqlite3_changes(m_handle);
    m_onRow = m_firstRowPending = rc == SQLITE_ROW;
    if (!m_onRow)
        rewind(); // done: the statement lets go of the file at once
    return true;
}

bool SqlQuery::next()
{
    if (m_query)
        return m_query->next();
    if (m_firstRowPending) {
        m_firstRowPending = false;
        return true;
    }
    if (!m_onRow)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_nativeError = QString::fromUtf8(sqlite3_errmsg(m_handle));
    }
    rewind();
    return false;
}

QVariant SqlQuery::value(int i) const
{
    if (m_query)
        return m_query->value(i);
    if (!readable(m_statement, m_onRow, i))
        return {};
    switch (sqlite3_column_type(m_statement, i)) {
    case SQLITE_INTEGER: return qint64(sqlite3_column_int64(m_statement, i));
    case SQLITE_FLOAT: return sqlite3_column_double(m_statement, i);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, i)), sqlite3_column_bytes(m_statement, i));
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
    default: return columnText(m_statement, i);
    }
}

QString SqlQuery::text(int i) const
{
    if (m_query)
        return m_query->value(i).toString();
    if (!readable(m_statement, m_onRow, i))
        return {};
    switch (sqlite3_column_type(m_statement, i)) {
    case SQLITE_NULL: return {};
    case SQLITE_TEXT: return columnText(m_statement, i);
    default: return value(i).toString(); // a number as QVariant writes it
    }
}

qint64 SqlQuery::integer(int i) const
{
    if (m_query)
        return m_query->value(i).toLongLong();
    if (!readable(m_statement, m_onRow, i))
        return 0;
    switch (sqlite3_column_type(m_statement, i)) {
    case SQLITE_INTEGER: return sqlite3_column_int64(m_statement, i);
    case SQLITE_NULL: return 0;
    default: return value(i).toLongLong(); // text "12" is 12, a real rounds as QVariant rounds it
    }
}

QDate SqlQuery::date(int i) const
{
    if (m_query)
        return isoDateFrom(m_query->value(i).toString());
    if (!readable(m_statement, m_onRow, i) || sqlite3_column_type(m_statement, i) != SQLITE_TEXT)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, i));
    const int size = sqlite3_column_bytes(m_statement, i);
    if (size != 10)
        return isoDateFrom(QString::fromUtf8(text, size));
    char16_t digits[10];
    for (int k = 0; k < 10; ++k)
        digits[k] = char16_t(uchar(text[k]));
    return isoDateFrom(QStringView(digits, 10));
}

qint64 SqlQuery::lastInsertId() const
{
    if (m_handle)
        return sqlite3_last_insert_rowid(m_handle);
    if (!m_server.isValid())
        return m_query->lastInsertId().toLongLong();
    // PostgreSQL's driver gives the row's OID, which tables no longer have; the session's last
    // sequence value is the id the insert (or its kurator_fill_id trigger) took.
    QSqlQuery q(m_server);
    return q.exec(QStringLiteral("SELECT lastval()")) && q.next() ? q.value(0).toLongLong() : 0;
}

int SqlQuery::rowsAffected() const
{
    return m_query ? m_query->numRowsAffected() : m_changes;
}

QString SqlQuery::error() const
{
    return QCoreApplication::translate("SqlQuery", "Ошибка базы данных: %1")
        .arg(m_query ? m_query->lastError().text() : m_nativeError);
}

QVariant SqlQuery::dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(isoDateText(date)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant SqlQuery::textOrNull(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

QVariant SqlQuery::idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
