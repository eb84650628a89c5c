#pragma once
#include "domain/Programme.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>

class ProgrammeRepository
{
public:
    explicit ProgrammeRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    QList<Programme> list() const; // by title, with the number of pairs attached
    Result<Programme> find(qint64 id) const;
    Result<qint64> insert(const Programme &programme); // keeps a given id (undo of a removal)
    Status update(const Programme &programme);
    Status remove(qint64 id);
    // Attaches a pair or group to a programme (0: to none).
    Status attach(qint64 pairId, qint64 programmeId);

private:
    QSqlDatabase m_db;
};
