#include "storage/StoreLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSysInfo>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("StoreLock", text); }

// The locks this process holds, by the store's canonical path.
QMutex registryMutex;
QHash<QString, std::weak_ptr<StoreLock>> &heldLocks()
{
    static QHash<QString, std::weak_ptr<StoreLock>> locks;
    return locks;
}

QString storeKey(const QString &storePath)
{
    const QFileInfo info(storePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QByteArray readAll(int fd)
{
    QByteArray text;
    char buffer[512];
    ::lseek(fd, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        text.append(buffer, n);
    return text;
}

std::optional<StoreLock::Holder> parseHolder(const QByteArray &text)
{
    StoreLock::Holder holder;
    for (const QByteArray &line : text.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "program")
            holder.program = value;
        else if (key == "pid")
            holder.pid = value.toLongLong();
        else if (key == "user")
            holder.user = value;
        else if (key == "host")
            holder.host = value;
        else if (key == "since")
            holder.since = QDateTime::fromString(value, Qt::ISODate);
    }
    if (holder.pid <= 0)
        return std::nullopt;
    return holder;
}

QByteArray describeThisProcess()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    return QStringLiteral("program=%1\npid=%2\nuser=%3\nhost=%4\nsince=%5\n")
        .arg(program.isEmpty() ? QStringLiteral("kurator") : program)
        .arg(QCoreApplication::applicationPid())
        .arg(user, QSysInfo::machineHostName(), QDateTime::currentDateTime().toString(Qt::ISODate))
        .toUtf8();
}

bool sameFile(int fd, const QString &path)
{
    struct stat held{}, named{};
    return ::fstat(fd, &held) == 0 && ::stat(QFile::encodeName(path).constData(), &named) == 0
           && held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}
}

QString StoreLock::Holder::tr(const char *text) { return QCoreApplication::translate("StoreLock::Holder", text); }

QString StoreLock::Holder::describe() const
{
    if (pid <= 0)
        return program;
    const QString who = host.isEmpty() ? user : tr("%1 на %2").arg(user, host);
    QString text = tr("%1 (процесс %2, пользователь %3)").arg(program).arg(pid).arg(who);
    if (since.isValid())
        text += tr(" с %1").arg(QLocale(QLocale::Russian).toString(since, QStringLiteral("HH:mm dd.MM.yyyy")));
    return text;
}

QString StoreLock::lockPath(const QString &storePath) { return storePath + QStringLiteral(".lock"); }

Result<std::shared_ptr<StoreLock>> StoreLock::acquire(const QString &storePath)
{
    using R = Result<std::shared_ptr<StoreLock>>;
    const QString key = storeKey(storePath);
    QMutexLocker guard(&registryMutex);
    if (auto held = heldLocks().value(key).lock())
        return held;

    const QString path = lockPath(key);
    // A holder that releases removes the file; the lock taken on a file already removed is not the
    // lock of the store, so take it again on the file now at the path.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return R::failure(tr("Не удалось создать файл блокировки %1.").arg(path));
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const auto holder = parseHolder(readAll(fd));
            ::close(fd);
            return R::failure(holder ? tr("База %1 уже открыта для записи: её держит %2.").arg(storePath, holder->describe())
                                     : tr("База %1 уже открыта для записи другой программой.").arg(storePath));
        }
        if (!sameFile(fd, path)) {
            ::close(fd);
            continue;
        }
        std::shared_ptr<StoreLock> lock(new StoreLock(key, path, fd));
        lock->m_crashed = parseHolder(readAll(fd));
        const QByteArray me = describeThisProcess();
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, me.constData(), size_t(me.size()), 0) != me.size())
            return R::failure(tr("Не удалось записать файл блокировки %1.").arg(path));
        heldLocks().insert(key, lock);
        return lock;
    }
    return R::failure(tr("Не удалось заблокировать базу %1: файл блокировки всё время меняется.").arg(storePath));
}

std::optional<StoreLock::Holder> StoreLock::holder(const QString &storePath)
{
    const QString key = storeKey(storePath);
    {
        QMutexLocker guard(&registryMutex);
        if (heldLocks().contains(key) && !heldLocks().value(key).expired())
            return std::nullopt; // this process holds it
    }
    const int fd = ::open(QFile::encodeName(lockPath(key)).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<Holder> holder;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        holder = parseHolder(readAll(fd));
        if (!holder)
            holder = Holder{tr("другая программа"), 0, {}, {}, {}};
    } else {
        ::flock(fd, LOCK_UN);
    }
    ::close(fd);
    return holder;
}

StoreLock::~StoreLock()
{
    QMutexLocker guard(&registryMutex);
    if (heldLocks().value(m_key).expired())
        heldLocks().remove(m_key);
    // Removed while still held, so nobody takes a lock on a file about to disappear unnoticed.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
}
