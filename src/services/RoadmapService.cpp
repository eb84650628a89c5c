#include "services/RoadmapService.h"

#include "services/Audit.h"
#include "services/TableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("RoadmapService", text); }

RoadmapTemplate readTemplate(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    RoadmapTemplate t{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("title")).toString(),
                      o.value(QStringLiteral("source")).toString(), {}};
    for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        RoadmapItem item;
        item.number = i.value(QStringLiteral("number")).toString();
        item.section = i.value(QStringLiteral("section")).toString();
        item.activity = i.value(QStringLiteral("activity")).toString();
        item.deadline.text = i.value(QStringLiteral("deadline")).toString();
        item.owners = i.value(QStringLiteral("owners")).toString();
        item.expectedResult = i.value(QStringLiteral("result")).toString();
        item.kpi.text = i.value(QStringLiteral("kpi")).toString();
        t.items.append(item);
    }
    return t;
}
}

QList<RoadmapTemplate> RoadmapService::templates()
{
    QList<RoadmapTemplate> list;
    const QDir dir(QStringLiteral(":/roadmap_templates"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        list.append(readTemplate(dir.filePath(name)));
    return list;
}

std::optional<RoadmapTemplate> RoadmapService::placedTemplate(const QString &templateId, int startYear)
{
    for (RoadmapTemplate t : templates()) {
        if (t.id != templateId)
            continue;
        for (RoadmapItem &item : t.items) {
            item.deadline = DeadlineParser::parse(item.deadline.text, AcademicYear(startYear));
            item.kpi = RoadmapCodes::parseKpi(item.kpi.text);
        }
        return t;
    }
    return std::nullopt;
}

Result<RoadmapCreated> RoadmapService::createFromTemplate(const QString &templateId, int startYear)
{
    const auto t = placedTemplate(templateId, startYear);
    if (!t)
        return Result<RoadmapCreated>::failure(tr("Шаблона дорожной карты «%1» нет.").arg(templateId));
    return store({0, startYear, t->title, tr("шаблон: %1").arg(t->source)}, t->items, {});
}

Result<RoadmapTable> RoadmapService::readTable(const QString &path)
{
    const auto table = TableFile::read(path);
    if (!table)
        return Result<RoadmapTable>::failure(table.error());
    return RoadmapTableImporter::prepare(table.value().rows);
}

Result<RoadmapImport> RoadmapService::readFile(const QString &path, int startYear,
                                               const std::optional<RoadmapColumns> &columns)
{
    const auto table = readTable(path);
    if (!table)
        return Result<RoadmapImport>::failure(table.error());
    return RoadmapTableImporter::import(table.value().rows, columns.value_or(table.value().columns),
                                        AcademicYear(startYear));
}

Result<RoadmapCreated> RoadmapService::importFile(const QString &path, int startYear, const QString &title,
                                                  const std::optional<RoadmapColumns> &columns)
{
    const auto read = readFile(path, startYear, columns);
    if (!read)
        return Result<RoadmapCreated>::failure(read.error());
    const QString name = title.isEmpty() ? QFileInfo(path).completeBaseName() : title;
    return store({0, startYear, name, QFileInfo(path).fileName()}, read.value().items, read.value().warnings);
}

Result<RoadmapCreated> RoadmapService::store(const Roadmap &roadmap, const QList<RoadmapItem> &items,
                                             const QStringList &warnings)
{
    RoadmapCreated created;
    created.items = int(items.size());
    created.warnings = warnings;
    const Status s = m_db->transaction([&]() -> Status {
        RoadmapRepository repo(m_db->connection());
        const auto id = repo.insert(roadmap);
        if (!id)
            return Status::failure(id.error());
        created.roadmapId = id.value();
        if (Status inserted = repo.insertItems(id.value(), items); !inserted)
            return inserted;
        return audit(*m_db, QStringLiteral("roadmap"), id.value(), QStringLiteral("create"));
    });
    if (!s)
        return Result<RoadmapCreated>::failure(s.error());
    return created;
}

QList<RoadmapItem> RoadmapService::items(int startYear) const
{
    return RoadmapRepository(m_db->connection()).items(startYear);
}

Status RoadmapService::updateItem(const RoadmapItem &item)
{
    return m_db->transaction([&]() -> Status {
        if (Status s = RoadmapRepository(m_db->connection()).updateItem(item); !s)
            return s;
        return audit(*m_db, QStringLiteral("roadmap_item"), item.id, QStringLiteral("update"));
    });
}
