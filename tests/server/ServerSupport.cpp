#include "server/ServerSupport.h"

#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace {
QSqlDatabase open(const QString &name, const ServerAddress &a)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(a.host);
    db.setPort(a.port);
    db.setDatabaseName(a.database);
    db.setUserName(a.user);
    db.setPassword(a.password);
    return db;
}

// Runs one statement on the server's "postgres" database as the administrator.
void onServer(const QString &sql)
{
    {
        QSqlDatabase db = open(QStringLiteral("server-admin"), ServerAddress::parse(testServer()).value());
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server-admin"));
}
}

QString testServer()
{
    const QString conninfo = qEnvironmentVariable("KURATOR_TEST_PG");
    if (conninfo.isEmpty())
        FAIL("KURATOR_TEST_PG is not set: run the server tests through tests/server/with_postgres.sh");
    return conninfo;
}

ServerDatabase::ServerDatabase(bool install)
{
    static int counter = 0;
    m_name = QStringLiteral("kurator_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    // C collation: the order SQLite's binary comparison gives, so that both stores sort alike.
    onServer(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'").arg(m_name));
    if (!install)
        return;
    Database::Options options;
    options.createIfMissing = true;
    auto opened = Database::openServer(conninfo(), options);
    if (!opened)
        FAIL(opened.error().toStdString());
    admin = opened.value();
}

ServerDatabase::~ServerDatabase()
{
    admin.reset();
    for (const QString &name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
    onServer(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
}

QString ServerDatabase::conninfo() const
{
    ServerAddress a = ServerAddress::parse(testServer()).value();
    a.database = m_name;
    return a.conninfo();
}

QString ServerDatabase::conninfo(const QString &user, const QString &password) const
{
    ServerAddress a = ServerAddress::parse(conninfo()).value();
    a.user = user;
    a.password = password;
    return a.conninfo();
}

QString ServerDatabase::role(const char *base) const
{
    return QString::fromLatin1(base) + QLatin1Char('_') + m_name.section(QLatin1Char('_'), 2);
}

QStringList ServerDatabase::serverErrors() const
{
    QFile log(qEnvironmentVariable("KURATOR_TEST_PG_LOG"));
    REQUIRE(log.open(QIODevice::ReadOnly));
    QStringList errors;
    const QString mark = QLatin1Char(' ') + m_name + QStringLiteral(" ERROR:");
    for (const QString &line : QString::fromUtf8(log.readAll()).split(QLatin1Char('\n')))
        if (line.contains(mark))
            errors << line;
    return errors;
}

QSqlDatabase ServerDatabase::rawConnection(const QString &user, const QString &password)
{
    const QString name = m_name + QLatin1Char('-') + user;
    ServerAddress a = ServerAddress::parse(conninfo(user, password)).value();
    QSqlDatabase db = open(name, a);
    m_connections << name;
    REQUIRE(db.open());
    return db;
}
