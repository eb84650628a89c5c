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

// The best status among a person's consents on a date (one valid consent is enough).
ConsentStatus bestConsentStatus(const QList<Consent> &consents, const QDate &on);

Q_DECLARE_TYPEINFO(Consent, Q_RELOCATABLE_TYPE);
