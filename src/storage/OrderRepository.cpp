#include "storage/OrderRepository.h"

#include "domain/Enums.h"
#include "domain/Person.h"
#include "domain/TextFold.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

QList<OrderPairRow> OrderRepository::pairRows(const QString &where, const QVariant &key) const
{
    QList<OrderPairRow> rows;
    SqlQuery q(m_db, QStringLiteral(
        "SELECT p.id, p.kind, f.title, r.title, p.started_on, p.planned_end_on, m.role, "
        "s.last_name, s.first_name, s.patronymic, s.position, s.class_name, s.category "
        "FROM mentoring_pair p JOIN academic_year y ON y.id = p.academic_year_id "
        "LEFT JOIN mentoring_form f ON f.id = p.form_id LEFT JOIN role_model r ON r.id = p.role_model_id "
        "JOIN pair_member m ON m.pair_id = p.id JOIN person s ON s.id = m.person_id "
        "WHERE %1 ORDER BY p.id, m.role DESC, m.id").arg(where));
    q.bind(QStringLiteral(":key"), key);
    if (!q.exec())
        return rows;
    while (q.next()) {
        if (rows.isEmpty() || rows.last().pairId != q.integer(0)) {
            OrderPairRow row;
            row.pairId = q.integer(0);
            row.isGroup = q.text(1) == QLatin1String("group");
            row.form = q.text(2);
            row.roleModel = q.text(3);
            row.startedOn = q.date(4);
            row.plannedEndOn = q.date(5);
            rows.append(row);
        }
        OrderPairRow &row = rows.last();
        Person person;
        person.lastName = q.text(7);
        person.firstName = q.text(8);
        person.patronymic = q.text(9);
        if (q.text(6) == QLatin1String("mentor")) {
            row.mentors.append(person.fullName());
            row.mentorPositions.append(q.text(10));
        } else {
            row.mentees.append(person.fullName());
            const QString className = q.text(11);
            const auto category = Codes::personCategory(q.text(12));
            row.menteeClasses.append(!className.isEmpty() || !category ? className : Codes::label(*category));
        }
    }
    return rows;
}

QList<OrderPairRow> OrderRepository::unorderedPairs(int yearStart) const
{
    return pairRows(QStringLiteral("y.start_year = :key AND p.order_id IS NULL AND p.status IN ('forming', 'active')"),
                    yearStart);
}

QList<OrderPairRow> OrderRepository::pairsOf(qint64 orderId) const
{
    return pairRows(QStringLiteral("p.order_id = :key"), orderId);
}

bool OrderRepository::numberTaken(const QString &number, int calendarYear) const
{
    // Compared folded in C++: SQLite's lower() leaves Cyrillic letters as they are («112-О» vs «112-о»).
    SqlQuery q(m_db, QStringLiteral("SELECT number FROM mentoring_order WHERE substr(issued_on, 1, 4) = ?"));
    q.bindAll({QString::number(calendarYear)});
    const QString key = TextFold::fold(number.simplified());
    if (q.exec())
        while (q.next())
            if (TextFold::fold(q.text(0).simplified()) == key)
                return true;
    return false;
}

Result<qint64> OrderRepository::insert(const MentoringOrder &order, const QList<qint64> &pairIds)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO mentoring_order (number, issued_on, title, body) VALUES (?, ?, ?, ?)"));
    q.bindAll({order.number.trimmed(), SqlQuery::dateValue(order.issuedOn), order.title, order.body});
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const qint64 id = q.lastInsertId();
    for (qint64 pairId : pairIds) {
        SqlQuery link(m_db, QStringLiteral("UPDATE mentoring_pair SET order_id = ? WHERE id = ? AND order_id IS NULL"));
        link.bindAll({id, pairId});
        if (!link.exec())
            return Result<qint64>::failure(link.error());
        if (link.rowsAffected() != 1)
            return Result<qint64>::failure(QCoreApplication::translate("OrderRepository",
                "Пару или группу уже закрепил другой приказ; обновите список и повторите."));
    }
    return id;
}

Status OrderRepository::remove(qint64 id)
{
    SqlQuery unlink(m_db, QStringLiteral("UPDATE mentoring_pair SET order_id = NULL WHERE order_id = ?"));
    unlink.bindAll({id});
    if (!unlink.exec())
        return unlink.status();
    SqlQuery q(m_db, QStringLiteral("DELETE FROM mentoring_order WHERE id = ?"));
    q.bindAll({id});
    return q.exec() ? Status() : q.status();
}

QList<MentoringOrder> OrderRepository::orders(int yearStart) const
{
    QList<MentoringOrder> list;
    SqlQuery q(m_db, QStringLiteral(
        "SELECT o.id, o.number, o.issued_on, o.title, count(p.id) FROM mentoring_order o "
        "JOIN mentoring_pair p ON p.order_id = o.id JOIN academic_year y ON y.id = p.academic_year_id "
        "WHERE y.start_year = ? GROUP BY o.id ORDER BY o.issued_on DESC, o.id DESC"));
    q.bindAll({yearStart});
    if (q.exec())
        while (q.next()) {
            MentoringOrder o;
            o.id = q.integer(0);
            o.number = q.text(1);
            o.issuedOn = q.date(2);
            o.title = q.text(3);
            o.pairCount = int(q.integer(4));
            list.append(o);
        }
    return list;
}

Result<MentoringOrder> OrderRepository::order(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT o.id, o.number, o.issued_on, o.title, o.body, "
                                    "(SELECT count(*) FROM mentoring_pair p WHERE p.order_id = o.id) "
                                    "FROM mentoring_order o WHERE o.id = ?"));
    q.bindAll({id});
    if (!q.exec())
        return Result<MentoringOrder>::failure(q.error());
    if (!q.next())
        return Result<MentoringOrder>::failure(QCoreApplication::translate("OrderRepository", "Приказ не найден."));
    MentoringOrder o;
    o.id = q.integer(0);
    o.number = q.text(1);
    o.issuedOn = q.date(2);
    o.title = q.text(3);
    o.body = q.text(4);
    o.pairCount = int(q.integer(5));
    return o;
}
