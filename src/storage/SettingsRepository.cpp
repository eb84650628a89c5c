#include "storage/SettingsRepository.h"

#include "storage/SqlQuery.h"

QString SettingsRepository::value(const QString &key) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM app_setting WHERE org_id = 1 AND key = :key"));
    q.bind(QStringLiteral(":key"), key);
    return q.exec() && q.next() ? q.text(0) : QString();
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO app_setting (org_id, key, value) VALUES (1, :key, :value) "
                                    "ON CONFLICT (org_id, key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    q.exec();
    return q.status();
}
