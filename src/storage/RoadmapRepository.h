#pragma once
#include "domain/Result.h"
#include "domain/RoadmapItem.h"

#include <QList>
#include <QSqlDatabase>

// A roadmap of one school year: its title and where it came from (a template, an imported file).
struct Roadmap
{
    qint64 id = 0;
    int startYear = 0;
    QString title;
    QString source;
};

// Roadmaps and their activities.
class RoadmapRepository
{
public:
    explicit RoadmapRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> insert(const Roadmap &roadmap);
    // Positions follow the order of the list.
    Status insertItems(qint64 roadmapId, const QList<RoadmapItem> &items);
    Status updateItem(const RoadmapItem &item);
    Status remove(qint64 roadmapId);
    QList<Roadmap> roadmaps(int startYear) const;
    // Every activity of the school year's roadmaps, in roadmap and position order.
    QList<RoadmapItem> items(int startYear) const;
    QList<RoadmapItem> itemsOf(qint64 roadmapId) const;

private:
    QList<RoadmapItem> select(const QString &where, const QVariant &value) const;
    QSqlDatabase m_db;
};
