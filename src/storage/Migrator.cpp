#include "storage/Migrator.h"

#include "storage/PostgresDialect.h"
#include "storage/SqlScript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

static QString tr(const char *text) { return QCoreApplication::translate("Migrator", text); }

Migrator::Migrator(QString migrationsDir) : m_dir(std::move(migrationsDir)) {}

QList<Migrator::Migration> Migrator::migrations() const
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    QList<Migration> list;
    const QStringList files = QDir(m_dir).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString &file : files) {
        const auto match = name.match(file);
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), QDir(m_dir).filePath(file)});
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion() const
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Migrator::migrate(QSqlDatabase &db) const
{
    const int current = currentVersion(db);
    QList<Migration> pending;
    for (const Migration &m : migrations())
        if (m.version > current)
            pending.append(m);
    if (pending.isEmpty())
        return {};

    // All pending migrations in one transaction: a failure in the third leaves the file as it was
    // before the first, not half-way between two schema versions.
    if (!db.transaction())
        return Status::failure(tr("Не удалось начать обновление базы: %1").arg(db.lastError().text()));
    const bool server = isServer(db);
    auto fail = [&db](const Status &s) {
        db.rollback();
        return s;
    };
    if (server)
        if (Status s = runScript(db, QStringLiteral(":/server/bootstrap.sql")); !s)
            return fail(s);
    for (const Migration &m : pending)
        if (Status s = apply(db, m); !s)
            return fail(s);
    if (server) {
        if (Status s = runStatements(db, {PostgresDialect::resyncSequences()}); !s)
            return fail(s);
        if (Status s = runScript(db, QStringLiteral(":/server/access.sql")); !s)
            return fail(s);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Status::failure(tr("Не удалось сохранить обновление базы: %1. Файл оставлен без изменений.").arg(why));
    }
    return {};
}

Status Migrator::apply(QSqlDatabase &db, const Migration &m) const
{
    QFile file(m.path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Не найден файл миграции %1.").arg(m.path));
    QStringList statements = SqlScript::split(QString::fromUtf8(file.readAll()));
    statements.prepend(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
    if (isServer(db)) {
        QStringList translated;
        for (const QString &statement : std::as_const(statements))
            translated << PostgresDialect::migration(statement);
        statements = translated;
    }
    QSqlQuery q(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement))
            return Status::failure(tr("Не удалось обновить базу до версии %1: %2. Файл оставлен без изменений.")
                                       .arg(m.version).arg(q.lastError().text()));
    }
    q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
    q.addBindValue(m.version);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Status::failure(tr("Не удалось записать версию схемы %1: %2").arg(m.version).arg(q.lastError().text()));
    return {};
}

bool Migrator::isServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

Status Migrator::runScript(QSqlDatabase &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Не найден сценарий сервера %1.").arg(path));
    return runStatements(db, SqlScript::split(QString::fromUtf8(file.readAll())));
}

Status Migrator::runStatements(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &statement : statements)
        if (!q.exec(statement))
            return Status::failure(tr("Не удалось подготовить базу сервера: %1. Сервер оставлен без изменений.")
                                       .arg(q.lastError().text()));
    return {};
}
