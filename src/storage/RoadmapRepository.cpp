#include "storage/RoadmapRepository.h"

#include "domain/AcademicYear.h"
#include "storage/AcademicYearRepository.h"
#include "storage/SqlQuery.h"

namespace {
const char *const kItemColumns =
    "i.id, i.roadmap_id, i.position, i.number_label, i.section, i.activity, i.deadline_text, i.deadline_from, "
    "i.deadline_to, i.recurrence, i.owners, i.expected_result, i.kpi_text, i.kpi_target, i.kpi_unit, "
    "i.kpi_comparison, i.kpi_code, i.kpi_actual_manual, i.status, i.evidence, i.notes";

std::optional<double> optionalNumber(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant numberOrNull(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

RoadmapItem readItem(const SqlQuery &q)
{
    RoadmapItem item;
    item.id = q.integer(0);
    item.roadmapId = q.integer(1);
    item.position = int(q.integer(2));
    item.number = q.text(3);
    item.section = q.text(4);
    item.activity = q.text(5);
    item.deadline.text = q.text(6);
    item.deadline.from = q.date(7);
    item.deadline.to = q.date(8);
    item.deadline.recurrence = DeadlineParser::recurrenceFromCode(q.text(9));
    item.owners = q.text(10);
    item.expectedResult = q.text(11);
    item.kpi.text = q.text(12);
    item.kpi.value = optionalNumber(q.value(13));
    item.kpi.unit = q.text(14);
    item.kpi.comparison = q.text(15).isEmpty() ? QStringLiteral(">=") : q.text(15);
    item.kpiCode = q.text(16);
    item.kpiActualManual = optionalNumber(q.value(17));
    item.status = RoadmapCodes::status(q.text(18));
    item.evidence = q.text(19);
    item.notes = q.text(20);
    return item;
}

void bindItem(SqlQuery &q, const RoadmapItem &item)
{
    q.bind(QStringLiteral(":number"), SqlQuery::textOrNull(item.number))
        .bind(QStringLiteral(":section"), SqlQuery::textOrNull(item.section))
        .bind(QStringLiteral(":activity"), item.activity)
        .bind(QStringLiteral(":deadlineText"), SqlQuery::textOrNull(item.deadline.text))
        .bind(QStringLiteral(":from"), SqlQuery::dateValue(item.deadline.from))
        .bind(QStringLiteral(":to"), SqlQuery::dateValue(item.deadline.to))
        .bind(QStringLiteral(":recurrence"), DeadlineParser::recurrenceCode(item.deadline.recurrence))
        .bind(QStringLiteral(":unparsed"), !item.deadline.text.isEmpty() && !item.deadline.isRecognised())
        .bind(QStringLiteral(":owners"), SqlQuery::textOrNull(item.owners))
        .bind(QStringLiteral(":result"), SqlQuery::textOrNull(item.expectedResult))
        .bind(QStringLiteral(":kpiText"), SqlQuery::textOrNull(item.kpi.text))
        .bind(QStringLiteral(":kpiTarget"), numberOrNull(item.kpi.value))
        .bind(QStringLiteral(":kpiUnit"), SqlQuery::textOrNull(item.kpi.unit))
        .bind(QStringLiteral(":kpiComparison"), item.kpi.comparison)
        .bind(QStringLiteral(":kpiCode"), SqlQuery::textOrNull(item.kpiCode))
        .bind(QStringLiteral(":kpiActual"), numberOrNull(item.kpiActualManual))
        .bind(QStringLiteral(":status"), RoadmapCodes::code(item.status))
        .bind(QStringLiteral(":evidence"), SqlQuery::textOrNull(item.evidence))
        .bind(QStringLiteral(":notes"), SqlQuery::textOrNull(item.notes));
}
}

Result<qint64> RoadmapRepository::insert(const Roadmap &roadmap)
{
    const auto yearId = AcademicYearRepository(m_db).ensure(AcademicYear(roadmap.startYear));
    if (!yearId)
        return yearId;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO roadmap (academic_year_id, title, source) VALUES (:year, :title, :source)"));
    q.bind(QStringLiteral(":year"), yearId.value())
        .bind(QStringLiteral(":title"), roadmap.title)
        .bind(QStringLiteral(":source"), SqlQuery::textOrNull(roadmap.source));
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    return q.lastInsertId();
}

Status RoadmapRepository::insertItems(qint64 roadmapId, const QList<RoadmapItem> &items)
{
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO roadmap_item (roadmap_id, position, number_label, section, activity, deadline_text, "
        "deadline_from, deadline_to, recurrence, deadline_unparsed, owners, expected_result, kpi_text, kpi_target, "
        "kpi_unit, kpi_comparison, kpi_code, kpi_actual_manual, status, evidence, notes) VALUES (:roadmap, "
        ":position, :number, :section, :activity, :deadlineText, :from, :to, :recurrence, :unparsed, :owners, "
        ":result, :kpiText, :kpiTarget, :kpiUnit, :kpiComparison, :kpiCode, :kpiActual, :status, :evidence, :notes)"));
    for (int i = 0; i < items.size(); ++i) {
        bindItem(q, items[i]);
        q.bind(QStringLiteral(":roadmap"), roadmapId).bind(QStringLiteral(":position"), i + 1);
        if (!q.exec())
            return q.status();
    }
    return {};
}

Status RoadmapRepository::updateItem(const RoadmapItem &item)
{
    SqlQuery q(m_db, QStringLiteral(
        "UPDATE roadmap_item SET number_label = :number, section = :section, activity = :activity, "
        "deadline_text = :deadlineText, deadline_from = :from, deadline_to = :to, recurrence = :recurrence, "
        "deadline_unparsed = :unparsed, owners = :owners, expected_result = :result, kpi_text = :kpiText, "
        "kpi_target = :kpiTarget, kpi_unit = :kpiUnit, kpi_comparison = :kpiComparison, kpi_code = :kpiCode, "
        "kpi_actual_manual = :kpiActual, status = :status, evidence = :evidence, notes = :notes WHERE id = :id"));
    bindItem(q, item);
    q.bind(QStringLiteral(":id"), item.id);
    q.exec();
    return q.status();
}

Status RoadmapRepository::remove(qint64 roadmapId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM roadmap WHERE id = :id"));
    q.bind(QStringLiteral(":id"), roadmapId);
    q.exec();
    return q.status();
}

QList<Roadmap> RoadmapRepository::roadmaps(int startYear) const
{
    QList<Roadmap> list;
    SqlQuery q(m_db, QStringLiteral("SELECT r.id, y.start_year, r.title, r.source FROM roadmap r JOIN academic_year y "
                                    "ON y.id = r.academic_year_id WHERE y.start_year = :year ORDER BY r.id"));
    q.bind(QStringLiteral(":year"), startYear);
    if (q.exec())
        while (q.next())
            list.append({q.integer(0), int(q.integer(1)), q.text(2), q.text(3)});
    return list;
}

QList<RoadmapItem> RoadmapRepository::items(int startYear) const
{
    return select(QStringLiteral("r.academic_year_id = (SELECT id FROM academic_year WHERE start_year = :value)"),
                  startYear);
}

QList<RoadmapItem> RoadmapRepository::itemsOf(qint64 roadmapId) const
{
    return select(QStringLiteral("i.roadmap_id = :value"), roadmapId);
}

QList<RoadmapItem> RoadmapRepository::select(const QString &where, const QVariant &value) const
{
    QList<RoadmapItem> list;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM roadmap_item i JOIN roadmap r ON r.id = i.roadmap_id WHERE %2 "
                                    "ORDER BY r.id, i.position")
                         .arg(QLatin1String(kItemColumns), where));
    q.bind(QStringLiteral(":value"), value);
    if (q.exec())
        while (q.next())
            list.append(readItem(q));
    return list;
}
