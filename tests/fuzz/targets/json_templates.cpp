// The JSON files a curator may load: survey templates, plan templates and a column mapping of
// the questionnaire import. Each is read or refused with a message; none may crash.
#include "FuzzInput.h"
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
    const auto mapping = ColumnMapping::parseFile(json);
    if (mapping)
        ColumnMapping::guess(mapping->keys(), QuestionnaireKind::Mentee, *mapping);
    return 0;
}
