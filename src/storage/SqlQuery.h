#pragma once
#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement with errors turned into messages a curator can act on.
// On the school's SQLite file it runs on SQLite's own statement, under the same connection and
// transactions as QtSql: QSqlQuery wraps every value of every row in a QVariant, which took most
// of the time of reading a 100,000-person registry or writing an import. On the municipal
// PostgreSQL server it is a QSqlQuery. Values read and bound follow QtSql's SQLite driver: NULL
// reads as a null QString, a null QString or QDate binds as NULL, a date as ISO text.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(SqlQuery &&other) noexcept;
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;
    SqlQuery &operator=(SqlQuery &&) = delete;

    SqlQuery &bind(const QString &name, const QVariant &value);
    // Binds the values to the statement's ? placeholders in order.
    SqlQuery &bindAll(std::initializer_list<QVariant> values);
    SqlQuery &bindAll(const QVariantList &values);
    bool exec();
    bool next();
    QVariant value(int i) const;
    QString text(int i) const;
    qint64 integer(int i) const;
    QDate date(int i) const;
    // The id of the row the INSERT made (when it was given none).
    qint64 lastInsertId() const;
    // Rows the last INSERT, UPDATE or DELETE changed.
    int rowsAffected() const;
    QString error() const;
    Status status() const { return m_failed ? Status::failure(error()) : Status(); }

    // ISO text for a date column; NULL for an invalid date.
    static QVariant dateValue(const QDate &date);
    static QVariant textOrNull(const QString &text);
    static QVariant idOrNull(qint64 id);

private:
    void bindAt(int index, const QVariant &value); // 1-based, as SQLite counts
    void rewind();                                 // a statement stepped before is reset to bind or run again

    // SQLite: the statement, the values bound (kept alive: SQLite reads their text in place),
    // whether the first row exec() fetched is still to be handed out by next().
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QVariant> m_bound;
    QString m_nativeError;
    bool m_stepped = false;
    bool m_onRow = false;
    bool m_firstRowPending = false;
    int m_changes = 0;
    // PostgreSQL.
    std::optional<QSqlQuery> m_query;
    QSqlDatabase m_server;
    bool m_prepared = false;
    bool m_failed = false;
};
