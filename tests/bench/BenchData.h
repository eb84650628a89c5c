#pragma once
#include "storage/Database.h"

// Fills a store with `count` synthetic people (pupils with representatives' consents, teachers),
// deterministic, in one transaction. Names are combinations of real Russian names.
Status fillPeople(Database &db, int count, quint32 seed = 1);

// `pairs` active pairs of 2024–2025 among people 1..`people`: a mentor and one or two mentees.
Status fillPairs(Database &db, int people, int pairs);
