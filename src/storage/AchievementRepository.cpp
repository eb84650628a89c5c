#include "storage/AchievementRepository.h"

#include "storage/SqlQuery.h"

QList<Achievement> AchievementRepository::ofPerson(qint64 personId) const
{
    QList<Achievement> list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, person_id, achieved_on, kind, level, title FROM achievement WHERE person_id = ? "
                                    "ORDER BY achieved_on DESC, id DESC"));
    q.bindAll({personId});
    if (q.exec())
        while (q.next())
            list.append({q.integer(0), q.integer(1), q.date(2), q.text(3), q.text(4), q.text(5)});
    return list;
}

Result<qint64> AchievementRepository::insert(const Achievement &a)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO achievement (id, person_id, achieved_on, kind, level, title) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindAll({SqlQuery::idOrNull(a.id), a.personId, SqlQuery::dateValue(a.achievedOn), a.kind, SqlQuery::textOrNull(a.level),
               a.title.trimmed()});
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    return a.id ? a.id : q.lastInsertId(); // a restored row keeps its id
}

Status AchievementRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM achievement WHERE id = ?"));
    q.bindAll({id});
    return q.exec() ? Status() : q.status();
}
