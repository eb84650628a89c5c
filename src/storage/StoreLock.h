#pragma once
#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

// One writer per store: a lock file beside it (<store>.lock, owner-only) held with flock() while the
// store is open for writing. The kernel drops the lock when its process dies, so the lock of a crashed
// session is recovered by the next one, whose leftover text tells that it crashed. Every store object
// of one process on the same file shares one lock.
class StoreLock
{
public:
    struct Holder
    {
        QString program;
        qint64 pid = 0;
        QString user;
        QString host;
        QDateTime since;
        // «kurator-cli (процесс 1234, пользователь ivanova на школа-12) с 10:32 23.11.2026»
        QString describe() const;
        static QString tr(const char *text); // in the context lupdate gives its messages
    };

    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    static Result<std::shared_ptr<StoreLock>> acquire(const QString &storePath);
    // Who holds the store now, when another process does.
    static std::optional<Holder> holder(const QString &storePath);
    static QString lockPath(const QString &storePath);

    // The session that held the lock before ended without releasing it (a crash, a kill).
    std::optional<Holder> crashedHolder() const { return m_crashed; }

private:
    StoreLock(QString key, QString path, int fd) : m_key(std::move(key)), m_path(std::move(path)), m_fd(fd) {}
    QString m_key;
    QString m_path;
    int m_fd;
    std::optional<Holder> m_crashed;
};
