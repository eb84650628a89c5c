#include "services/BackupService.h"

#include "storage/SettingsRepository.h"
#include "storage/SqliteBackup.h"

#include <QCoreApplication>
#include <QDir>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("BackupService", text); }
const QString kKeepKey = QStringLiteral("backup.keep");
const QString kAutomatic = QStringLiteral("auto");
constexpr int kDefaultKeep = 10;

Status makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return Status::failure(QCoreApplication::translate("BackupService", "Не удалось создать папку копий %1.").arg(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}
} // namespace

QString BackupService::folder() const
{
    const QFileInfo store(m_path);
    return store.absoluteDir().filePath(store.completeBaseName() + QStringLiteral("-backups"));
}

QString BackupService::copyPath(const QString &kind, const QDateTime &now) const
{
    const QString stamp = now.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    const QString stem = QFileInfo(m_path).completeBaseName();
    QString path = QDir(folder()).filePath(QStringLiteral("%1-%2-%3.sqlite").arg(stem, kind, stamp));
    for (int n = 2; QFile::exists(path); ++n) // two copies in one second
        path = QDir(folder()).filePath(QStringLiteral("%1-%2-%3-%4.sqlite").arg(stem, kind, stamp).arg(n));
    return path;
}

QList<QFileInfo> BackupService::backups() const
{
    // By name without the extension: a second copy of the same second ("…-090400-2") is newer.
    QList<QFileInfo> list = QDir(folder()).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    std::sort(list.begin(), list.end(), [](const QFileInfo &a, const QFileInfo &b) { return a.completeBaseName() > b.completeBaseName(); });
    return list;
}

Result<QString> BackupService::makeAutomatic(int keep, const QDateTime &now) const
{
    if (const Status s = makePrivateFolder(folder()); !s)
        return Result<QString>::failure(s.error());
    const QString path = copyPath(kAutomatic, now);
    if (const Status s = SqliteBackup::copy(m_path, path); !s)
        return Result<QString>::failure(s.error());
    const QString prefix = QFileInfo(m_path).completeBaseName() + QLatin1Char('-') + kAutomatic + QLatin1Char('-');
    int kept = 0;
    for (const QFileInfo &copy : backups()) // newest first: the names sort by their time
        if (copy.fileName().startsWith(prefix) && ++kept > qMax(1, keep))
            QFile::remove(copy.absoluteFilePath());
    return path;
}

Result<int> BackupService::replaceAllWithFresh(const QDateTime &now) const
{
    const QList<QFileInfo> older = backups();
    const auto fresh = makeAutomatic(older.size() + 1, now);
    if (!fresh)
        return Result<int>::failure(fresh.error());
    int removed = 0;
    for (const QFileInfo &copy : older)
        if (copy.absoluteFilePath() != QFileInfo(*fresh).absoluteFilePath() && QFile::remove(copy.absoluteFilePath()))
            ++removed;
    return removed;
}

Status BackupService::saveTo(const QString &target) const
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::failure(tr("Копию нельзя записать поверх самой базы."));
    return SqliteBackup::copy(m_path, target);
}

Result<QString> BackupService::restore(const QString &source, const QDateTime &now) const
{
    using R = Result<QString>;
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return R::failure(tr("Это и есть открытая база."));
    if (const auto checked = SqliteBackup::verify(source); !checked)
        return R::failure(tr("Копия не восстановлена: %1 База не изменена.").arg(checked.error()));
    if (const Status s = makePrivateFolder(folder()); !s)
        return R::failure(s.error());
    const QString kept = copyPath(QStringLiteral("before-restore"), now);
    if (QFile::exists(m_path))
        if (const Status s = SqliteBackup::copy(m_path, kept); !s)
            return R::failure(tr("Копия не восстановлена: не удалось сохранить текущую базу (%1). База не изменена.").arg(s.error()));
    const Status restored = QFile::exists(m_path) ? SqliteBackup::overwrite(source, m_path) : SqliteBackup::copy(source, m_path);
    if (!restored)
        return R::failure(tr("Копия не восстановлена: %1 Прежняя база сохранена в %2.").arg(restored.error(), kept));
    return kept;
}

int BackupService::keepCount(const Database &db)
{
    bool ok = false;
    const int keep = SettingsRepository(db.connection()).value(kKeepKey).toInt(&ok);
    return ok && keep > 0 ? keep : kDefaultKeep;
}

Status BackupService::setKeepCount(Database &db, int keep)
{
    if (keep < 1 || keep > 1000)
        return Status::failure(tr("Хранить можно от 1 до 1000 автоматических копий."));
    return SettingsRepository(db.connection()).setValue(kKeepKey, QString::number(keep));
}
