#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    m_failed = !m_prepared;
}

SqlQuery &SqlQuery::bind(const QString &name, const QVariant &value)
{
    m_query.bindValue(name, value);
    return *this;
}

bool SqlQuery::exec()
{
    m_failed = !m_prepared || !m_query.exec();
    return !m_failed;
}

QDate SqlQuery::date(int i) const
{
    return QDate::fromString(m_query.value(i).toString(), Qt::ISODate);
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
