#pragma once
#include "domain/Result.h"

#include <QString>
#include <QStringList>

// Where a municipal server is: libpq's "key=value" connection string (host=… port=… dbname=… user=…
// password=…), as PostgreSQL's own tools take it. A password left out comes from PGPASSWORD or
// ~/.pgpass, as libpq finds it.
struct ServerAddress
{
    QString host;
    int port = 0;
    QString database;
    QString user;
    QString password;
    QStringList options; // the other key=value pairs (sslmode=…), passed through to libpq

    static Result<ServerAddress> parse(const QString &conninfo);
    // user@host:port/dbname — for messages and titles; never the password.
    QString describe() const;
    QString conninfo() const;
};
