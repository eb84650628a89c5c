#include "storage/PairOverviewRepository.h"

#include "domain/Person.h"
#include "storage/SqlQuery.h"

#include <QHash>

// Four passes over the year, each grouped by pair, instead of a subquery per pair: a year of
// 5,000 pairs stays one scan of each table.
QList<PairOverview> PairOverviewRepository::overview(int yearStart, const QDate &today) const
{
    QList<PairOverview> list;
    QHash<qint64, int> index;
    SqlQuery pairs(m_db, QStringLiteral(
        "SELECT p.id, p.kind, p.status, f.title, p.started_on, p.planned_end_on, p.ended_on, o.number, o.issued_on "
        "FROM mentoring_pair p JOIN academic_year y ON y.id = p.academic_year_id "
        "LEFT JOIN mentoring_form f ON f.id = p.form_id LEFT JOIN mentoring_order o ON o.id = p.order_id "
        "WHERE y.start_year = ? ORDER BY p.id"));
    pairs.bindAll({yearStart});
    if (!pairs.exec())
        return list;
    while (pairs.next()) {
        PairOverview o;
        o.id = pairs.integer(0);
        o.isGroup = pairs.text(1) == QLatin1String("group");
        o.status = Codes::pairStatus(pairs.text(2));
        o.form = pairs.text(3);
        o.startedOn = pairs.date(4);
        o.plannedEndOn = pairs.date(5);
        o.endedOn = pairs.date(6);
        o.orderNumber = pairs.text(7);
        o.orderDate = pairs.date(8);
        index.insert(o.id, int(list.size()));
        list.append(o);
    }
    const QString yearPairs = QStringLiteral(
        "(SELECT p.id FROM mentoring_pair p JOIN academic_year y ON y.id = p.academic_year_id WHERE y.start_year = :year)");

    SqlQuery members(m_db, QStringLiteral("SELECT m.pair_id, m.role, s.last_name, s.first_name, s.patronymic FROM pair_member m "
                                          "JOIN person s ON s.id = m.person_id WHERE m.pair_id IN %1 ORDER BY m.pair_id, m.id")
                               .arg(yearPairs));
    members.bind(QStringLiteral(":year"), yearStart);
    if (members.exec())
        while (members.next()) {
            Person person;
            person.lastName = members.text(2);
            person.firstName = members.text(3);
            person.patronymic = members.text(4);
            PairOverview &o = list[index.value(members.integer(0))];
            (members.text(1) == QLatin1String("mentor") ? o.mentors : o.mentees).append(person.shortName());
        }

    SqlQuery meetings(m_db, QStringLiteral(
        "SELECT pair_id, max(held_on), count(held_on), min(CASE WHEN held_on IS NULL AND planned_on >= :today THEN planned_on END), "
        "min(CASE WHEN kind = 'intro' THEN planned_on END), max(CASE WHEN kind = 'intro' AND held_on IS NOT NULL THEN 1 ELSE 0 END) "
        "FROM meeting WHERE pair_id IN %1 GROUP BY pair_id").arg(yearPairs));
    meetings.bind(QStringLiteral(":today"), today.toString(Qt::ISODate)).bind(QStringLiteral(":year"), yearStart);
    if (meetings.exec())
        while (meetings.next()) {
            PairOverview &o = list[index.value(meetings.integer(0))];
            o.lastHeld = meetings.date(1);
            o.meetingsHeld = int(meetings.integer(2));
            o.nextPlanned = meetings.date(3);
            o.introPlannedOn = meetings.date(4);
            o.introHeld = meetings.integer(5) == 1;
        }

    SqlQuery items(m_db, QStringLiteral(
        "SELECT ip.pair_id, count(*), sum(i.done), sum(CASE WHEN i.done = 0 AND i.deadline < :today THEN 1 ELSE 0 END) "
        "FROM plan_item i JOIN individual_plan ip ON ip.id = i.plan_id WHERE ip.pair_id IN %1 GROUP BY ip.pair_id")
                             .arg(yearPairs));
    items.bind(QStringLiteral(":today"), today.toString(Qt::ISODate)).bind(QStringLiteral(":year"), yearStart);
    if (items.exec())
        while (items.next()) {
            PairOverview &o = list[index.value(items.integer(0))];
            o.planItems = int(items.integer(1));
            o.planDone = int(items.integer(2));
            o.planOverdue = int(items.integer(3));
        }
    return list;
}
