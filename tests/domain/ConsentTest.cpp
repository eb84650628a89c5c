#include "domain/Consent.h"

#include <catch2/catch.hpp>

TEST_CASE("consent status on a date")
{
    Consent c;
    c.signedOn = QDate(2024, 9, 2);
    c.validUntil = QDate(2025, 8, 31);
    CHECK(c.statusOn(QDate(2024, 9, 1)) == ConsentStatus::Missing);
    CHECK(c.statusOn(QDate(2024, 9, 2)) == ConsentStatus::Valid);
    CHECK(c.statusOn(QDate(2025, 9, 1)) == ConsentStatus::Expired);
    c.withdrawnOn = QDate(2025, 1, 10);
    CHECK(c.statusOn(QDate(2025, 1, 9)) == ConsentStatus::Valid);
    CHECK(c.statusOn(QDate(2025, 1, 10)) == ConsentStatus::Withdrawn);
}

TEST_CASE("one valid consent is enough")
{
    Consent old;
    old.signedOn = QDate(2023, 9, 1);
    old.validUntil = QDate(2024, 8, 31);
    Consent renewed;
    renewed.signedOn = QDate(2024, 9, 1);
    const QDate on(2024, 10, 1);
    CHECK(bestConsentStatus({old}, on) == ConsentStatus::Expired);
    CHECK(bestConsentStatus({old, renewed}, on) == ConsentStatus::Valid);
    CHECK(bestConsentStatus({}, on) == ConsentStatus::Missing);
}

TEST_CASE("without a valid consent the latest signed one speaks, whatever the order")
{
    Consent withdrawn;
    withdrawn.signedOn = QDate(2021, 9, 1);
    withdrawn.withdrawnOn = QDate(2022, 3, 1);
    Consent expired;
    expired.signedOn = QDate(2023, 9, 1);
    expired.validUntil = QDate(2024, 8, 31);
    Consent future; // signed after the date: not yet a consent
    future.signedOn = QDate(2025, 1, 10);
    const QDate on(2024, 10, 1);
    CHECK(bestConsentStatus({withdrawn, expired, future}, on) == ConsentStatus::Expired);
    CHECK(bestConsentStatus({future, expired, withdrawn}, on) == ConsentStatus::Expired);
    CHECK(bestConsentStatus({withdrawn}, on) == ConsentStatus::Withdrawn);
    CHECK(bestConsentStatus({future}, on) == ConsentStatus::Missing);
}
