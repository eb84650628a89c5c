#pragma once
#include "domain/AcademicYear.h"
#include "domain/Result.h"

#include <QList>
#include <QSqlDatabase>

class AcademicYearRepository
{
public:
    explicit AcademicYearRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    // The row id of a school year, created on first use.
    Result<qint64> ensure(const AcademicYear &year);
    QList<AcademicYear> list() const;

private:
    QSqlDatabase m_db;
};
