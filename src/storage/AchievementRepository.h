#pragma once
#include "domain/Achievement.h"

#include <QList>
#include <QSqlDatabase>

class AchievementRepository
{
public:
    explicit AchievementRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    // A person's achievements, the latest first.
    QList<Achievement> ofPerson(qint64 personId) const;
    Result<qint64> insert(const Achievement &achievement); // with its id when one is given (undo of a removal)
    Status remove(qint64 id);

private:
    QSqlDatabase m_db;
};
