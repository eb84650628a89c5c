#pragma once
#include "domain/Result.h"

#include "storage/StoreLock.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class Database;

// Where a store is, to be opened again: a worker thread needs a connection of its own (Qt's
// connections belong to their thread). The server's connection string keeps its password in
// memory only.
struct StoreAddress
{
    QString file;
    QString server;
    Result<std::shared_ptr<Database>> openReadOnly() const;
};

// One open Kurator store: an SQLite file with foreign keys, WAL and a busy timeout,
// upgraded to the current schema on open. A file of a newer schema is refused untouched.
// One process writes a store at a time (StoreLock); another one opens it read-only or not at all.
class Database
{
public:
    struct Options
    {
        bool createIfMissing = true;
        bool readOnly = false;
        QString migrationsDir = QStringLiteral(":/migrations");
    };

    static Result<std::shared_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Database>> open(const QString &path) { return open(path, Options()); }
    // An existing store read-only: a worker thread's connection of its own (Qt's connections belong
    // to their thread), which takes no lock and so never contends with the window's writer.
    static Result<std::shared_ptr<Database>> openReadOnly(const QString &path);
    // Opens for writing; when another program holds the store, opens it read-only instead and says
    // who holds it in readOnlyReason(). For the command line, where a look need not wait for the GUI.
    static Result<std::shared_ptr<Database>> openOrRead(const QString &path, Options options);
    // A municipal PostgreSQL server (a libpq connection string, ServerAddress): the same schema in
    // PostgreSQL's words, each curator's session held to their school by the server itself
    // (resources/server/access.sql). createIfMissing installs or upgrades the schema there, which
    // only the server's administrator may do; anybody else is told to ask them.
    static Result<std::shared_ptr<Database>> openServer(const QString &conninfo, const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static QString defaultPath();
    // The files hold minors' personal data: a new one (the store, a backup) is created readable by
    // its owner only, with its folder if needed. Fails when the file exists.
    static Status createPrivateFile(const QString &path);
    static int latestSchemaVersion(const QString &migrationsDir = QStringLiteral(":/migrations"));

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The file, or for a server user@host:port/dbname (never the password).
    QString path() const { return m_path; }
    bool isServer() const { return m_server; }
    StoreAddress address() const { return {m_server ? QString() : m_path, m_conninfo}; }
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    // When another program held the store for writing as it was opened read-only: who.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The session that wrote the store before this one ended without closing it (crash, kill).
    std::optional<StoreLock::Holder> crashedSession() const;
    // The user recorded in the audit log.
    QString userName() const { return m_userName; }

    // Runs work in one transaction: commits when it succeeds, rolls back otherwise. Nested calls
    // join the outer transaction.
    Status transaction(const std::function<Status()> &work);

private:
    Database(QString path, QString connectionName, bool readOnly);
    Status prepare(const Options &options);
    Status prepareServer(const struct ServerAddress &address, const Options &options);
    Status checkVersion(QSqlDatabase &db, const Options &options, const QString &place) const;

    QString m_path;
    QString m_connectionName;
    QString m_userName;
    bool m_readOnly;
    bool m_server = false;
    QString m_conninfo;
    QString m_readOnlyReason;
    std::shared_ptr<StoreLock> m_lock;
    int m_transactionDepth = 0;
};

using DatabasePtr = std::shared_ptr<Database>;
