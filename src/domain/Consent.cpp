#include "domain/Consent.h"

ConsentStatus Consent::statusOn(const QDate &on) const
{
    if (!signedOn.isValid() || signedOn > on)
        return ConsentStatus::Missing;
    if (withdrawnOn.isValid() && withdrawnOn <= on)
        return ConsentStatus::Withdrawn;
    if (validUntil.isValid() && validUntil < on)
        return ConsentStatus::Expired;
    return ConsentStatus::Valid;
}

ConsentStatus bestConsentStatus(const QList<Consent> &consents, const QDate &on)
{
    // Valid beats everything; otherwise report the most informative reason.
    ConsentStatus best = ConsentStatus::Missing;
    for (const Consent &c : consents) {
        const ConsentStatus s = c.statusOn(on);
        if (s == ConsentStatus::Valid)
            return s;
        if (s != ConsentStatus::Missing)
            best = s;
    }
    return best;
}
