#pragma once
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

// The school a file belongs to, as its orders and reports name it.
struct SchoolInfo
{
    QString name;      // full: «МБОУ «Средняя общеобразовательная школа № 5»»
    QString shortName; // «МБОУ СОШ № 5»; may be empty
    QString municipality;
    bool operator==(const SchoolInfo &o) const
    {
        return name == o.name && shortName == o.shortName && municipality == o.municipality;
    }
};

// The file's own organisation (the first one: a file holds one school; a server session sees its own).
class SchoolRepository
{
public:
    explicit SchoolRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    SchoolInfo home() const;
    Status setHome(const SchoolInfo &school);

private:
    QSqlDatabase m_db;
};
