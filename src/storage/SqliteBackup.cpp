#include "storage/SqliteBackup.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("SqliteBackup", text); }

// A raw connection closed with its scope.
class Connection
{
public:
    Connection(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~Connection() { sqlite3_close_v2(m_db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    // The first column of the first row of a query; empty on an error.
    QString scalar(const char *sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        QString value;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return value;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

Status runBackup(const Connection &source, const Connection &target)
{
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup)
        return Status::failure(QCoreApplication::translate("SqliteBackup", "Не удалось начать копирование базы: %1").arg(target.error()));
    const int step = sqlite3_backup_step(backup, -1);
    const int finish = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE || finish != SQLITE_OK)
        return Status::failure(QCoreApplication::translate("SqliteBackup", "Копирование базы прервано: %1").arg(QString::fromUtf8(sqlite3_errstr(step != SQLITE_DONE ? step : finish))));
    return {};
}
} // namespace

namespace SqliteBackup {

Status copy(const QString &sourcePath, const QString &targetPath)
{
    const QString part = targetPath + QStringLiteral(".part");
    QFile::remove(part);
    if (const Status s = Database::createPrivateFile(part); !s)
        return s;
    Status copied;
    {
        const Connection source(sourcePath, SQLITE_OPEN_READONLY);
        const Connection target(part, SQLITE_OPEN_READWRITE);
        if (!source.ok())
            copied = Status::failure(tr("Не удалось открыть базу %1: %2").arg(sourcePath, source.error()));
        else if (!target.ok())
            copied = Status::failure(tr("Не удалось создать копию %1: %2").arg(targetPath, target.error()));
        else
            copied = runBackup(source, target);
    }
    if (copied && QFile::exists(targetPath) && !QFile::remove(targetPath))
        copied = Status::failure(tr("Не удалось заменить файл %1.").arg(targetPath));
    if (copied && !QFile::rename(part, targetPath))
        copied = Status::failure(tr("Не удалось записать копию %1.").arg(targetPath));
    if (!copied)
        QFile::remove(part);
    return copied;
}

Result<int> verify(const QString &path)
{
    using R = Result<int>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Нет доступа к файлу %1.").arg(path));
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return R::failure(tr("Файл %1 — не база данных Куратора.").arg(QFileInfo(path).fileName()));
    file.close();
    const Connection db(path, SQLITE_OPEN_READONLY);
    if (!db.ok())
        return R::failure(tr("Файл %1 не открывается: %2").arg(QFileInfo(path).fileName(), db.error()));
    const QString integrity = db.scalar("PRAGMA integrity_check");
    if (integrity != QLatin1String("ok"))
        return R::failure(tr("Файл %1 повреждён (проверка целостности: %2).")
                              .arg(QFileInfo(path).fileName(), integrity.isEmpty() ? db.error() : integrity.left(200)));
    bool known = false;
    const int version = db.scalar("SELECT max(version) FROM schema_version").toInt(&known);
    if (!known || version < 1 || db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'person'") != QLatin1String("1"))
        return R::failure(tr("Файл %1 — база SQLite, но не база Куратора.").arg(QFileInfo(path).fileName()));
    if (version > Database::latestSchemaVersion())
        return R::failure(tr("Файл %1 создан более новой версией Куратора (схема %2).").arg(QFileInfo(path).fileName()).arg(version));
    return version;
}

Status overwrite(const QString &sourcePath, const QString &targetPath)
{
    const Connection source(sourcePath, SQLITE_OPEN_READONLY);
    const Connection target(targetPath, SQLITE_OPEN_READWRITE);
    if (!source.ok())
        return Status::failure(tr("Не удалось открыть копию %1: %2").arg(sourcePath, source.error()));
    if (!target.ok())
        return Status::failure(tr("Не удалось открыть базу %1: %2").arg(targetPath, target.error()));
    return runBackup(source, target);
}
} // namespace SqliteBackup
