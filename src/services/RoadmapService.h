#pragma once
#include "services/RoadmapTableImporter.h"
#include "storage/Database.h"
#include "storage/RoadmapRepository.h"

// A built-in roadmap to start a school year from (resources/roadmap_templates).
struct RoadmapTemplate
{
    QString id;
    QString title;
    QString source;
    QList<RoadmapItem> items; // deadlines as written, placed into a year on use
};

struct RoadmapCreated
{
    qint64 roadmapId = 0;
    int items = 0;
    QStringList warnings;
};

// Roadmaps of a school year: from a template or an imported file, listed with their state.
class RoadmapService
{
public:
    explicit RoadmapService(DatabasePtr db) : m_db(std::move(db)) {}

    static QList<RoadmapTemplate> templates();
    // A template with its deadlines placed in a school year and its KPI targets read; none if unknown.
    static std::optional<RoadmapTemplate> placedTemplate(const QString &templateId, int startYear);
    Result<RoadmapCreated> createFromTemplate(const QString &templateId, int startYear);
    // Reads a roadmap table (.docx, .xlsx, .csv, .tsv, .txt) with the columns its headers name, or
    // with those given (the mapping screen's, --columns); nothing is written unless every activity is stored.
    Result<RoadmapCreated> importFile(const QString &path, int startYear, const QString &title,
                                      const std::optional<RoadmapColumns> &columns = std::nullopt);
    // What an import would create, without writing: for a preview and for --dry-run.
    static Result<RoadmapImport> readFile(const QString &path, int startYear,
                                          const std::optional<RoadmapColumns> &columns = std::nullopt);
    // The table of a file as the mapping screen shows it, with the columns recognised.
    static Result<RoadmapTable> readTable(const QString &path);
    QList<RoadmapItem> items(int startYear) const;
    // Writes an edited activity (its deadline text read again for the school year) with an audit entry.
    Status updateItem(const RoadmapItem &item);

private:
    Result<RoadmapCreated> store(const Roadmap &roadmap, const QList<RoadmapItem> &items, const QStringList &warnings);
    DatabasePtr m_db;
};
