#pragma once
#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// A prepared statement with errors turned into messages a curator can act on.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &name, const QVariant &value);
    // Binds the values to the statement's ? placeholders in order.
    SqlQuery &bindAll(std::initializer_list<QVariant> values);
    SqlQuery &bindAll(const QVariantList &values);
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QString text(int i) const { return m_query.value(i).toString(); }
    qint64 integer(int i) const { return m_query.value(i).toLongLong(); }
    QDate date(int i) const;
    // The id of the row the INSERT made (when it was given none).
    qint64 lastInsertId() const;
    QString error() const;
    Status status() const { return m_failed ? Status::failure(error()) : Status(); }
    QSqlQuery &raw() { return m_query; }

    // ISO text for a date column; NULL for an invalid date.
    static QVariant dateValue(const QDate &date);
    static QVariant textOrNull(const QString &text);
    static QVariant idOrNull(qint64 id);

private:
    QSqlQuery m_query;
    QSqlDatabase m_server; // set on a PostgreSQL connection only
    bool m_prepared = false;
    bool m_failed = false;
};
