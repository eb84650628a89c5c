#include "domain/Ages.h"

namespace Ages {

static std::optional<int> fullYearsBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return std::nullopt;
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day()))
        --years;
    return years;
}

std::optional<int> ageOn(const QDate &birthDate, const QDate &on)
{
    return fullYearsBetween(birthDate, on);
}

bool isMinorOn(const QDate &birthDate, const QDate &on)
{
    const auto age = ageOn(birthDate, on);
    return age && *age < 18;
}

std::optional<int> experienceYearsOn(const QDate &since, const QDate &on)
{
    return fullYearsBetween(since, on);
}

bool isYoungSpecialist(const QDate &pedagogicalSince, const QDate &birthDate, const QDate &on,
                       const YoungSpecialistRule &rule)
{
    const auto experience = experienceYearsOn(pedagogicalSince, on);
    if (!experience || *experience > rule.maxExperienceYears)
        return false;
    if (rule.maxAge) {
        const auto age = ageOn(birthDate, on);
        if (!age || *age >= *rule.maxAge)
            return false;
    }
    return true;
}

} // namespace Ages
