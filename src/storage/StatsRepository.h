#pragma once
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// Row counts per entity, for `kurator-cli stats` and the status bar.
class StatsRepository
{
public:
    explicit StatsRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    static QStringList entityTables();
    QList<QPair<QString, qint64>> rowCounts() const;
    qint64 count(const QString &table) const;

private:
    QSqlDatabase m_db;
};
