#pragma once
#include "domain/Enums.h"

#include <QDate>
#include <QString>

// Согласие на обработку персональных данных. For a minor it is signed by a legal representative.
struct Consent
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 signerPersonId = 0; // 0: signed by the person themself
    QDate signedOn;
    QString scope;
    QDate validUntil; // invalid date: no end
    QDate withdrawnOn;

    ConsentStatus statusOn(const QDate &on) const;
};

// A person's consent status on a date, from their consents taken in any order: one valid consent
// is enough; otherwise the status of the latest signed one (a withdrawal in 2022 matters less
// than a consent that expired last month). Lets whole registries fold consents in one pass.
class ConsentTally
{
public:
    void add(const Consent &consent, const QDate &on);
    ConsentStatus status() const { return m_status; }

private:
    ConsentStatus m_status = ConsentStatus::Missing;
    QDate m_latestSigned;
};

ConsentStatus bestConsentStatus(const QList<Consent> &consents, const QDate &on);

Q_DECLARE_TYPEINFO(Consent, Q_RELOCATABLE_TYPE);
