#include "storage/SchoolRepository.h"

#include "storage/SqlQuery.h"

namespace {
const char *const kHome = "(SELECT min(id) FROM organisation)";
}

SchoolInfo SchoolRepository::home() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT name, short_name, municipality FROM organisation WHERE id = %1")
                         .arg(QLatin1String(kHome)));
    if (!q.exec() || !q.next())
        return {};
    return {q.text(0), q.text(1), q.text(2)};
}

Status SchoolRepository::setHome(const SchoolInfo &school)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE organisation SET name = :name, short_name = :short, "
                                    "municipality = :municipality WHERE id = %1").arg(QLatin1String(kHome)));
    q.bind(QStringLiteral(":name"), school.name)
        .bind(QStringLiteral(":short"), school.shortName.isEmpty() ? QVariant() : QVariant(school.shortName))
        .bind(QStringLiteral(":municipality"),
              school.municipality.isEmpty() ? QVariant() : QVariant(school.municipality));
    q.exec();
    return q.status();
}
