#include "services/ReferenceData.h"

#include "services/SurveyService.h"
#include "storage/KpiRepository.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ReferenceData {

static QString tr(const char *text) { return QCoreApplication::translate("ReferenceData", text); }

static Status installForms(Database &db)
{
    QFile file(QStringLiteral(":/defaults/mentoring_forms.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Не найден список форм наставничества по умолчанию."));
    const QJsonArray forms = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("forms")).toArray();
    ReferenceRepository repo(db.connection());
    for (const QJsonValue &value : forms) {
        const QJsonObject o = value.toObject();
        MentoringForm form;
        form.code = o.value(QLatin1String("code")).toString();
        form.title = o.value(QLatin1String("title")).toString();
        form.mentorCategory = o.value(QLatin1String("mentor")).toString();
        form.menteeCategory = o.value(QLatin1String("mentee")).toString();
        for (const QJsonValue &role : o.value(QLatin1String("roles")).toArray())
            form.roleModels << role.toString();
        if (auto added = repo.insertForm(form); !added)
            return Status::failure(added.error());
    }
    return {};
}

static Status installKpis(Database &db)
{
    QFile file(QStringLiteral(":/defaults/kpi_definitions.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Не найден список показателей эффективности по умолчанию."));
    KpiRepository repo(db.connection());
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("kpis")).toArray()) {
        const QJsonObject o = value.toObject();
        KpiDefinition d;
        d.code = o.value(QLatin1String("code")).toString();
        d.name = o.value(QLatin1String("name")).toString();
        d.numerator = o.value(QLatin1String("numerator")).toString();
        d.denominator = o.value(QLatin1String("denominator")).toString();
        if (Status s = repo.insertDefinition(d); !s)
            return s;
    }
    return {};
}

Status installDefaults(Database &db)
{
    const bool needForms = ReferenceRepository(db.connection()).forms().isEmpty();
    const bool needKpis = KpiRepository(db.connection()).definitions().isEmpty();
    if (needForms || needKpis) {
        const Status s = db.transaction([&]() -> Status {
            if (needForms)
                if (Status s = installForms(db); !s)
                    return s;
            return needKpis ? installKpis(db) : Status();
        });
        if (!s)
            return s;
    }
    return SurveyService(db).installDefaults();
}

} // namespace ReferenceData
