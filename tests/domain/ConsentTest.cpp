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
