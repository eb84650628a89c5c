#pragma once
#include "domain/Meeting.h"
#include "domain/Result.h"

#include <QSqlDatabase>

class MeetingRepository
{
public:
    explicit MeetingRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    Result<qint64> insert(const Meeting &meeting);

private:
    QSqlDatabase m_db;
};
