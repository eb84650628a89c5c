#pragma once
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Numbered migrations (NNNN_name.sql) applied in order, all pending ones in one transaction, recorded
// in schema_version. A failed migration is rolled back and leaves the file as it was.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString path;
    };

    explicit Migrator(QString migrationsDir);
    QList<Migration> migrations() const;
    int latestVersion() const;
    static int currentVersion(const QSqlDatabase &db);
    Status migrate(QSqlDatabase &db) const;

    // A PostgreSQL server rather than an SQLite file: the migrations are translated (PostgresDialect),
    // and the access rules of resources/server are laid around them.
    static bool isServer(const QSqlDatabase &db);

private:
    static Status runScript(QSqlDatabase &db, const QString &path);
    static Status runStatements(QSqlDatabase &db, const QStringList &statements);
    Status apply(QSqlDatabase &db, const Migration &m) const;
    QString m_dir;
};
