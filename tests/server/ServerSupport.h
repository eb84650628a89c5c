#pragma once
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QString>

// A Kurator database of its own on the test server (tests/server/with_postgres.sh), the schema
// installed by the administrator, dropped with the object.
class ServerDatabase
{
public:
    // Without install: an empty database, as a server is before its administrator's first init.
    explicit ServerDatabase(bool install = true);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // The administrator's connection string, or a given sign-in's.
    QString conninfo() const;
    QString conninfo(const QString &user, const QString &password) const;
    // A role name of this database alone: roles belong to the whole cluster the tests share.
    QString role(const char *base) const;
    // A plain connection of a sign-in, for the SQL a curator could type by hand.
    QSqlDatabase rawConnection(const QString &user, const QString &password);

    // The errors the server logged for statements on this database: the app's SQL that PostgreSQL
    // refused, even where the app let a failed read pass as an empty one.
    QStringList serverErrors() const;

    DatabasePtr admin;

private:
    QString m_name;
    QStringList m_connections;
};

// The administrator's connection string to the server's own "postgres" database.
QString testServer();
