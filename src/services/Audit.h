#pragma once
#include "storage/AuditRepository.h"
#include "storage/Database.h"

// Records a change in the audit log inside the caller's transaction. Only field names go into
// the details, never values: the log is shown to anyone who can read the file.
inline Status audit(const Database &db, const QString &entity, qint64 id, const QString &action,
                    const QString &details = {})
{
    AuditEntry e;
    e.userName = db.userName();
    e.entity = entity;
    e.entityId = id;
    e.action = action;
    e.details = details;
    return AuditRepository(db.connection()).record(e);
}
