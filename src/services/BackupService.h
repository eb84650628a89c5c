#pragma once
#include "storage/Database.h"

#include <QDateTime>
#include <QFileInfo>

// Резервные копии of a store: kept in a private folder beside it (<name>-backups), made
// automatically when the application opens the store (the last N kept, a setting), on demand to
// any file, and restored from a file after checking it, the replaced store kept as a copy.
class BackupService
{
public:
    explicit BackupService(QString databasePath) : m_path(std::move(databasePath)) {}

    QString folder() const;
    QList<QFileInfo> backups() const; // newest first

    // A copy named by the time, then the automatic copies beyond `keep` removed, oldest first.
    Result<QString> makeAutomatic(int keep, const QDateTime &now) const;
    Status saveTo(const QString &target) const;
    // After personal data were removed: a fresh copy, then every older one in the folder deleted,
    // since they still hold what was removed. Returns how many were deleted.
    Result<int> replaceAllWithFresh(const QDateTime &now) const;
    // Checks `source` (an SQLite file, integrity, a known schema), keeps the current store in the
    // folder, then replaces it. The store must not be open. Returns the kept copy's path.
    Result<QString> restore(const QString &source, const QDateTime &now) const;

    // How many automatic copies to keep: the store's setting 'backup.keep', 10 when not set.
    static int keepCount(const Database &db);
    static Status setKeepCount(Database &db, int keep);

private:
    QString copyPath(const QString &kind, const QDateTime &now) const;
    QString m_path;
};
