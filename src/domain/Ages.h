#pragma once
#include <QDate>
#include <optional>

// Age and experience rules of the target model (domain.md, KPI section).
namespace Ages {
// Full years lived on a date; nullopt for an unknown birth date or a date before birth.
std::optional<int> ageOn(const QDate &birthDate, const QDate &on);
bool isMinorOn(const QDate &birthDate, const QDate &on);
// Full years of pedagogical experience on a date.
std::optional<int> experienceYearsOn(const QDate &since, const QDate &on);

// Молодой специалист: at most maxExperienceYears full years of pedagogical experience and,
// when maxAge is set, younger than maxAge on the date.
struct YoungSpecialistRule
{
    int maxExperienceYears = 3;
    std::optional<int> maxAge; // e.g. 35 in some regions
};
bool isYoungSpecialist(const QDate &pedagogicalSince, const QDate &birthDate, const QDate &on,
                       const YoungSpecialistRule &rule = {});
}
