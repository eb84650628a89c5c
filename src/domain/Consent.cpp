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

void ConsentTally::add(const Consent &consent, const QDate &on)
{
    const ConsentStatus s = consent.statusOn(on);
    if (m_status == ConsentStatus::Valid || s == ConsentStatus::Missing)
        return;
    if (s == ConsentStatus::Valid || consent.signedOn >= m_latestSigned) {
        m_status = s;
        m_latestSigned = consent.signedOn;
    }
}

ConsentStatus bestConsentStatus(const QList<Consent> &consents, const QDate &on)
{
    ConsentTally tally;
    for (const Consent &c : consents)
        tally.add(c, on);
    return tally.status();
}
