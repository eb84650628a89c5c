#pragma once
#include "domain/AcademicYear.h"
#include "services/RegistryTable.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

// Builds the four registries (Участники, Наставляемые, Наставники, Партнёры) for a school year.
class RegistryService
{
public:
    explicit RegistryService(DatabasePtr db) : m_db(std::move(db)) {}
    RegistryTable load(RegistryKind kind, int yearStart, const QDate &today) const;
    // School years that have profiles or pairs in the file.
    QList<AcademicYear> years() const;

private:
    template<typename Build>
    std::vector<RegistryRecord> records(PersonFilter filter, const QDate &today, const Build &build) const;
    RegistryTable people(const QDate &today) const;
    RegistryTable mentees(int yearStart, const QDate &today) const;
    RegistryTable mentors(int yearStart, const QDate &today) const;
    RegistryTable partners() const;
    DatabasePtr m_db;
};
