#include "services/StatsService.h"

#include "domain/AcademicYear.h"
#include "services/Audit.h"
#include "storage/KpiRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QFile>

namespace {
const QString kTemplateKey = QStringLiteral("stats.template");
}

QByteArray StatsService::shippedTemplate()
{
    QFile file(QStringLiteral(":/defaults/stats_template.json"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

QByteArray StatsService::templateText() const
{
    const QString saved = SettingsRepository(m_db->connection()).value(kTemplateKey);
    return saved.isEmpty() ? shippedTemplate() : saved.toUtf8();
}

Result<StatsTemplate::Template> StatsService::check(const QByteArray &json) const
{
    QStringList forms;
    for (const MentoringForm &f : ReferenceRepository(m_db->connection()).forms())
        forms << f.code;
    return StatsTemplate::parse(json, forms);
}

Status StatsService::saveTemplate(const QByteArray &json)
{
    if (!json.trimmed().isEmpty())
        if (const auto checked = check(json); !checked)
            return Status::failure(checked.error());
    return m_db->transaction([&]() -> Status {
        if (Status s = SettingsRepository(m_db->connection()).setValue(kTemplateKey, QString::fromUtf8(json.trimmed())); !s)
            return s;
        return audit(*m_db, QStringLiteral("stats_template"), 0, json.trimmed().isEmpty() ? QStringLiteral("reset") : QStringLiteral("update"));
    });
}

Result<QList<StatsTemplate::Figure>> StatsService::compute(int startYear, std::optional<Kpi::Period> period,
                                                           const QByteArray &templateJson) const
{
    const auto t = check(templateJson.isEmpty() ? templateText() : templateJson);
    if (!t)
        return Result<QList<StatsTemplate::Figure>>::failure(t.error());
    const AcademicYear year(startYear);
    const Kpi::Period p = period.value_or(Kpi::Period{year.firstDay(), year.lastDay()});
    return StatsTemplate::evaluate(*t, KpiRepository(m_db->connection()).facts(p, startYear), p);
}

QString StatsService::title(const QByteArray &templateJson) const
{
    const auto t = check(templateJson.isEmpty() ? templateText() : templateJson);
    return t && !t->title.isEmpty() ? t->title : QCoreApplication::translate("StatsService", "Статистика участников программ наставничества");
}
