#include "storage/AuditRepository.h"

#include "storage/SqlQuery.h"

Status AuditRepository::record(const AuditEntry &e)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO audit_log (at, user_name, entity, entity_id, action, details) "
                                    "VALUES (:at, :user, :entity, :id, :action, :details)"));
    const QDateTime at = e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc();
    q.bind(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":user"), e.userName)
        .bind(QStringLiteral(":entity"), e.entity)
        .bind(QStringLiteral(":id"), SqlQuery::idOrNull(e.entityId))
        .bind(QStringLiteral(":action"), e.action)
        .bind(QStringLiteral(":details"), SqlQuery::textOrNull(e.details));
    q.exec();
    return q.status();
}

namespace {
QList<AuditEntry> entries(SqlQuery &q)
{
    QList<AuditEntry> list;
    if (q.exec())
        while (q.next())
            list.append({q.integer(0), QDateTime::fromString(q.text(1), Qt::ISODateWithMs), q.text(2), q.text(3),
                         q.integer(4), q.text(5), q.text(6)});
    return list;
}
} // namespace

QList<AuditEntry> AuditRepository::forEntity(const QString &entity, qint64 entityId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, at, user_name, entity, entity_id, action, details FROM audit_log "
                                    "WHERE entity = :entity AND entity_id = :id ORDER BY id"));
    q.bind(QStringLiteral(":entity"), entity).bind(QStringLiteral(":id"), entityId);
    return entries(q);
}

QList<AuditEntry> AuditRepository::latest(const QString &entity, int limit) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, at, user_name, entity, entity_id, action, details FROM audit_log "
                                    "WHERE coalesce(:entity, '') = '' OR entity = :entity ORDER BY id DESC LIMIT :limit")); // null: every kind
    q.bind(QStringLiteral(":entity"), entity).bind(QStringLiteral(":limit"), limit);
    return entries(q);
}

QStringList AuditRepository::entities() const
{
    QStringList list;
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity"));
    if (q.exec())
        while (q.next())
            list << q.text(0);
    return list;
}
