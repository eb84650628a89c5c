#include "storage/SettingsRepository.h"

#include "storage/SqlQuery.h"

QString SettingsRepository::value(const QString &key) const
{
    // A file holds one organisation; a server session sees its school's settings, or — the coordinator
    // looking at every school — the municipality's (organisation 1) first.
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM app_setting WHERE key = :key ORDER BY org_id LIMIT 1"));
    q.bind(QStringLiteral(":key"), key);
    return q.exec() && q.next() ? q.text(0) : QString();
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES (:key, :value) "
                                    "ON CONFLICT (org_id, key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    q.exec();
    return q.status();
}
