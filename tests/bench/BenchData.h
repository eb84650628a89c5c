#pragma once
#include "storage/Database.h"

// Fills a store with `count` synthetic people (pupils with representatives' consents, teachers),
// deterministic, in one transaction. Names are combinations of real Russian names.
Status fillPeople(Database &db, int count, quint32 seed = 1);
