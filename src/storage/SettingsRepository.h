#pragma once
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

// Settings kept in the database file (app_setting), so that they travel with the school's data:
// a value of text (usually JSON) by key.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    QString value(const QString &key) const; // empty when not set
    Status setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};
