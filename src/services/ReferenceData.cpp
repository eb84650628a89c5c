#include "services/ReferenceData.h"

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

Status installDefaults(Database &db)
{
    if (!ReferenceRepository(db.connection()).forms().isEmpty())
        return {};
    return db.transaction([&] { return installForms(db); });
}

} // namespace ReferenceData
