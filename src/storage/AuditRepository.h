#pragma once
#include "domain/Result.h"

#include <QDateTime>
#include <QStringList>
#include <QList>
#include <QSqlDatabase>

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString userName;
    QString entity;   // person, partner, mentee_profile, pair…
    qint64 entityId = 0;
    QString action;   // create, update, archive, restore, delete
    QString details;  // names of the changed fields
};

// Журнал изменений: who changed what and when. Written in the same transaction as the change.
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    Status record(const AuditEntry &entry);
    QList<AuditEntry> forEntity(const QString &entity, qint64 entityId) const;
    // The latest entries, newest first; an empty entity means every kind of record.
    QList<AuditEntry> latest(const QString &entity, int limit) const;
    QStringList entities() const; // the kinds of records the log mentions

private:
    QSqlDatabase m_db;
};
