#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {
// Flags are 0/1 integers in both stores; PostgreSQL has no implicit cast from a boolean to them.
QVariant portable(const QVariant &value)
{
    return value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value;
}
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_query(db)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        m_server = db;
    // Forward-only is SQLite's fast path. PostgreSQL's driver streams a forward-only result row by row
    // and loses it when another statement runs on the connection meanwhile, which the repositories do
    // (a query inside a loop over another); there the whole result is fetched at once instead.
    m_query.setForwardOnly(!m_server.isValid());
    m_prepared = m_query.prepare(sql);
    m_failed = !m_prepared;
}

SqlQuery &SqlQuery::bind(const QString &name, const QVariant &value)
{
    m_query.bindValue(name, portable(value));
    return *this;
}

SqlQuery &SqlQuery::bindAll(std::initializer_list<QVariant> values)
{
    return bindAll(QVariantList(values));
}

SqlQuery &SqlQuery::bindAll(const QVariantList &values)
{
    int i = 0;
    for (const QVariant &v : values)
        m_query.bindValue(i++, portable(v));
    return *this;
}

bool SqlQuery::exec()
{
    m_failed = !m_prepared || !m_query.exec();
    return !m_failed;
}

qint64 SqlQuery::lastInsertId() const
{
    if (!m_server.isValid())
        return m_query.lastInsertId().toLongLong();
    // PostgreSQL's driver gives the row's OID, which tables no longer have; the session's last
    // sequence value is the id the insert (or its kurator_fill_id trigger) took.
    QSqlQuery q(m_server);
    return q.exec(QStringLiteral("SELECT lastval()")) && q.next() ? q.value(0).toLongLong() : 0;
}

QDate SqlQuery::date(int i) const
{
    // Dates are stored as YYYY-MM-DD; reading the digits directly is ~10x faster than
    // QDate::fromString, which matters when a registry reads 100,000 rows.
    const QString s = m_query.value(i).toString();
    if (s.size() != 10 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
        return QDate::fromString(s, Qt::ISODate);
    auto digits = [&s](int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; ++k)
            v = v * 10 + s.at(k).digitValue();
        return v;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

QString SqlQuery::error() const
{
    return QCoreApplication::translate("SqlQuery", "Ошибка базы данных: %1")
        .arg(m_query.lastError().text());
}

QVariant SqlQuery::dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
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
