#pragma once
#include "storage/Database.h"
#include "storage/ProgrammeRepository.h"

// Programmes of mentoring as cards (seed 004, annex 4), with their pairs and groups attached.
class ProgrammeService
{
public:
    explicit ProgrammeService(Database &db) : m_db(db) {}
    QList<Programme> list() const;
    Result<Programme> find(qint64 id) const;
    // Checks and writes a card: a new one when its id is 0. Returns its id.
    Result<qint64> save(const Programme &programme);
    // A programme with pairs attached is not removed: they would lose it silently.
    Status remove(qint64 id);
    Status restore(const Programme &programme); // the undo of a removal, with its id
    Status attach(qint64 pairId, qint64 programmeId);

private:
    Database &m_db;
};
