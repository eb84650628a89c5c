#include "storage/AcademicYearRepository.h"

#include "storage/SqlQuery.h"

Result<qint64> AcademicYearRepository::ensure(const AcademicYear &year)
{
    SqlQuery find(m_db, QStringLiteral("SELECT id FROM academic_year WHERE start_year = :y"));
    find.bind(QStringLiteral(":y"), year.startYear());
    if (!find.exec())
        return Result<qint64>::failure(find.error());
    if (find.next())
        return find.integer(0);
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO academic_year (start_year) VALUES (:y)"));
    insert.bind(QStringLiteral(":y"), year.startYear());
    if (!insert.exec())
        return Result<qint64>::failure(insert.error());
    return insert.lastInsertId();
}

QList<AcademicYear> AcademicYearRepository::list() const
{
    QList<AcademicYear> years;
    SqlQuery q(m_db, QStringLiteral("SELECT start_year FROM academic_year ORDER BY start_year"));
    if (q.exec())
        while (q.next())
            years.append(AcademicYear(int(q.integer(0))));
    return years;
}
