#pragma once
#include "storage/Database.h"

// Installs the shipped default lists (forms of mentoring, role models, KPI definitions, questionnaire
// templates) into a new store.
// The defaults are data files in resources/defaults, editable without a rebuild.
namespace ReferenceData {
Status installDefaults(Database &db);
}
