#include "storage/Database.h"

#include "storage/Migrator.h"
#include "storage/ServerAddress.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

// The migrations live in a static library's resource; referencing it keeps the linker from dropping it.
static void initResources() { Q_INIT_RESOURCE(kurator); }

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Database", text); }

// Before SQLite's first use in the process: no statistics of its memory. Kept, they take one
// mutex for every allocation of every connection, and two threads reading a registry's halves on
// two connections spent their time waiting on it (each half took as long as the whole).
void configureSqlite()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured) // SQLITE_MISUSE when something in the process initialised SQLite first
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("kurator-%1").arg(counter.fetchAndAddRelaxed(1));
}

}

Status Database::createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(tr("Не удалось создать папку %1.").arg(info.absolutePath()));
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY, 0600);
    if (fd < 0)
        return Status::failure(tr("Не удалось создать файл базы %1.").arg(path));
    ::close(fd);
    return {};
}

namespace {
Status checkIsSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QCoreApplication::translate("Database", "Нет доступа к файлу %1.").arg(path));
    const QByteArray head = file.read(16);
    if (!head.isEmpty() && head != QByteArray("SQLite format 3\0", 16))
        return Status::failure(QCoreApplication::translate("Database", "Файл %1 не является базой данных Куратора.").arg(path));
    return {};
}

QString currentUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("куратор") : name;
}
}

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_userName(currentUserName()),
      m_readOnly(readOnly)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/kurator/kurator.sqlite");
}

int Database::latestSchemaVersion(const QString &migrationsDir)
{
    initResources();
    return Migrator(migrationsDir).latestVersion();
}

Result<DatabasePtr> Database::open(const QString &path, const Options &options)
{
    initResources();
    configureSqlite();
    using R = Result<DatabasePtr>;
    if (!QFileInfo::exists(path)) {
        if (!options.createIfMissing || options.readOnly)
            return R::failure(tr("Файл базы %1 не найден.").arg(path));
        if (Status s = createPrivateFile(path); !s)
            return R::failure(s.error());
    } else if (Status s = checkIsSqliteFile(path); !s) {
        return R::failure(s.error());
    }

    DatabasePtr database(new Database(path, nextConnectionName(), options.readOnly));
    if (!options.readOnly) {
        auto lock = StoreLock::acquire(path);
        if (!lock)
            return R::failure(lock.error());
        database->m_lock = lock.value();
    }
    if (Status s = database->prepare(options); !s)
        return R::failure(s.error());
    return database;
}

Result<DatabasePtr> Database::openReadOnly(const QString &path)
{
    Options options;
    options.createIfMissing = false;
    options.readOnly = true;
    return open(path, options);
}

Result<DatabasePtr> StoreAddress::openReadOnly() const
{
    if (server.isEmpty())
        return Database::openReadOnly(file);
    Database::Options options;
    options.createIfMissing = false;
    options.readOnly = true;
    return Database::openServer(server, options);
}

Result<DatabasePtr> Database::openOrRead(const QString &path, Options options)
{
    if (options.readOnly || !QFileInfo::exists(path))
        return open(path, options);
    const auto holder = StoreLock::holder(path);
    if (!holder)
        return open(path, options);
    options.readOnly = true;
    auto opened = open(path, options);
    if (opened)
        opened.value()->m_readOnlyReason = holder->describe();
    return opened;
}

std::optional<StoreLock::Holder> Database::crashedSession() const
{
    return m_lock ? m_lock->crashedHolder() : std::nullopt;
}

Status Database::prepare(const Options &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return Status::failure(tr("Не удалось открыть базу %1: %2").arg(m_path, db.lastError().text()));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Status::failure(tr("Файл %1 не читается как база данных: %2").arg(m_path, q.lastError().text()));

    // Read the version before anything writes to the file: a newer schema must stay untouched.
    if (Status s = checkVersion(db, options, m_path); !s)
        return s;
    if (m_readOnly)
        return {};
    if (Status s = Migrator(options.migrationsDir).migrate(db); !s)
        return s;
    // WAL is switched on after the migrations: switching rewrites the file's header, and a store whose
    // upgrade fails must stay byte for byte as it was.
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return {};
}

Status Database::checkVersion(QSqlDatabase &db, const Options &options, const QString &place) const
{
    const Migrator migrator(options.migrationsDir);
    const int version = Migrator::currentVersion(db);
    const int latest = migrator.latestVersion();
    if (version < 0 || (version == 0 && !db.tables().isEmpty()))
        return Status::failure(m_server ? tr("База %1 на сервере не является базой Куратора.").arg(place)
                                        : tr("Файл %1 не является базой данных Куратора.").arg(place));
    if (version > latest)
        return Status::failure(tr("База %1 создана более новой версией Куратора (схема %2, эта программа знает схемы "
                                  "до %3). Обновите программу; %4")
                                   .arg(place).arg(version).arg(latest)
                                   .arg(m_server ? tr("база на сервере не изменена.") : tr("файл не изменён.")));
    if (version < latest && m_readOnly)
        return Status::failure(tr("База %1 требует обновления схемы, а открыта только для чтения.").arg(place));
    if (version < latest && m_server && !options.createIfMissing)
        return Status::failure(version == 0
                                   ? tr("На сервере %1 ещё нет базы Куратора: её создаёт администратор сервера "
                                        "командой kurator-cli --pg «…» init.").arg(place)
                                   : tr("Схема базы на сервере %1 старее этой программы (%2, программа знает %3): "
                                        "обновить её может администратор сервера командой kurator-cli --pg «…» init.")
                                         .arg(place).arg(version).arg(latest));
    return {};
}

Result<DatabasePtr> Database::openServer(const QString &conninfo, const Options &options)
{
    initResources();
    using R = Result<DatabasePtr>;
    const auto address = ServerAddress::parse(conninfo);
    if (!address)
        return R::failure(address.error());
    DatabasePtr database(new Database(address.value().describe(), nextConnectionName(), options.readOnly));
    database->m_server = true;
    database->m_conninfo = conninfo;
    if (!address.value().user.isEmpty())
        database->m_userName = address.value().user;
    if (Status s = database->prepareServer(address.value(), options); !s)
        return R::failure(s.error());
    return database;
}

Status Database::prepareServer(const ServerAddress &address, const Options &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        return Status::failure(tr("Нет драйвера PostgreSQL для Qt: установите пакет libqt6sql6-psql."));
    db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    db.setConnectOptions(address.options.join(QLatin1Char(';')));
    if (!db.open())
        return Status::failure(tr("Не удалось подключиться к серверу %1: %2").arg(m_path, db.lastError().text().trimmed()));
    QSqlQuery q(db);
    // The server's notices (a policy replaced, a role that was not a member) are not the user's
    // business; errors still come back with the statement that failed.
    q.exec(QStringLiteral("SET client_min_messages = error"));
    if (Status s = checkVersion(db, options, m_path); !s)
        return s;
    if (m_readOnly)
        return q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))
                   ? Status()
                   : Status::failure(q.lastError().text());
    return Migrator(options.migrationsDir).migrate(db);
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(connection());
}

Status Database::transaction(const std::function<Status()> &work)
{
    // Inside another transaction the work joins it: the outermost one commits or rolls back all.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    if (m_readOnly)
        return Status::failure(m_readOnlyReason.isEmpty()
                                   ? tr("База %1 открыта только для чтения; изменения не сохранены.").arg(m_path)
                                   : tr("База %1 открыта только для чтения: для записи её держит %2. Изменения не "
                                        "сохранены; закройте ту программу и откройте базу снова.")
                                         .arg(m_path, m_readOnlyReason));
    QSqlDatabase db = connection();
    if (!db.transaction())
        return Status::failure(tr("Не удалось начать запись в базу: %1").arg(db.lastError().text()));
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Status::failure(tr("Не удалось сохранить изменения: %1").arg(why));
    }
    return result;
}
