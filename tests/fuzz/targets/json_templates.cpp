// The JSON files a curator may load: survey templates, plan templates, the statistics template
// (read and counted over an empty school) and a column mapping of the questionnaire import. Each is read or refused with a message; none may crash.
#include "FuzzInput.h"
#include "domain/StatsTemplate.h"
#include "services/PairService.h"
#include "services/QuestionnaireImport.h"
#include "services/SurveyService.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = FuzzInput::bytes(data, size);
    const auto surveys = SurveyService::parseTemplates(json);
    if (surveys)
        for (const SurveyTemplate &survey : *surveys) {
            SurveyService::templateJson(survey);
            ColumnMapping::parseFile(json, survey);
        }
    PairService::parsePlanTemplates(json);
    if (const auto stats = StatsTemplate::parse(json, {QStringLiteral("pupil_pupil")}))
        StatsTemplate::evaluate(*stats, {}, {{2024, 9, 1}, {2025, 8, 31}});
    const auto mapping = ColumnMapping::parseFile(json);
    if (mapping)
        ColumnMapping::guess(mapping->keys(), QuestionnaireKind::Mentee, *mapping);
    return 0;
}
