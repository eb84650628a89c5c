#include "storage/PairRepository.h"

#include "domain/PairWork.h"

#include "domain/Person.h"
#include "storage/AcademicYearRepository.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDateTime>

Result<qint64> PairRepository::insert(const Pair &p)
{
    if (Status s = PairWork::checkMembers(p.members); !s)
        return Result<qint64>::failure(s.error());
    const auto yearId = AcademicYearRepository(m_db).ensure(AcademicYear(p.yearStart));
    if (!yearId)
        return yearId;
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO mentoring_pair (academic_year_id, kind, title, form_id, role_model_id, programme_id, order_id, "
        "matching_run_id, started_on, planned_end_on, ended_on, status, end_reason, created_at) VALUES (:year, :kind, :title, :form, "
        ":role, :programme, :orderId, :run, :started, :plannedEnd, :ended, :status, :reason, :now)"));
    q.bind(QStringLiteral(":year"), yearId.value())
        .bind(QStringLiteral(":kind"), p.isGroup ? QStringLiteral("group") : QStringLiteral("pair"))
        .bind(QStringLiteral(":title"), SqlQuery::textOrNull(p.title))
        .bind(QStringLiteral(":form"), SqlQuery::idOrNull(p.formId))
        .bind(QStringLiteral(":role"), SqlQuery::idOrNull(p.roleModelId))
        .bind(QStringLiteral(":programme"), SqlQuery::idOrNull(p.programmeId))
        .bind(QStringLiteral(":orderId"), SqlQuery::idOrNull(p.orderId))
        .bind(QStringLiteral(":run"), SqlQuery::idOrNull(p.matchingRunId))
        .bind(QStringLiteral(":started"), SqlQuery::dateValue(p.startedOn))
        .bind(QStringLiteral(":plannedEnd"), SqlQuery::dateValue(p.plannedEndOn))
        .bind(QStringLiteral(":ended"), SqlQuery::dateValue(p.endedOn))
        .bind(QStringLiteral(":status"), Codes::code(p.status))
        .bind(QStringLiteral(":reason"), SqlQuery::textOrNull(p.endReason))
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const qint64 pairId = q.lastInsertId();
    for (const PairMember &m : p.members) {
        SqlQuery mq(m_db, QStringLiteral("INSERT INTO pair_member (pair_id, person_id, role, joined_on) "
                                         "VALUES (:pair, :person, :role, :joined)"));
        mq.bind(QStringLiteral(":pair"), pairId)
            .bind(QStringLiteral(":person"), m.personId)
            .bind(QStringLiteral(":role"), Codes::code(m.role))
            .bind(QStringLiteral(":joined"), SqlQuery::dateValue(m.joinedOn.isValid() ? m.joinedOn : p.startedOn));
        if (!mq.exec())
            return Result<qint64>::failure(mq.error());
    }
    return pairId;
}

Result<PairCard> PairRepository::card(qint64 pairId) const
{
    SqlQuery q(m_db, QStringLiteral(
        "SELECT p.id, y.start_year, p.kind, p.title, p.form_id, p.role_model_id, p.programme_id, p.order_id, p.matching_run_id, "
        "p.started_on, p.planned_end_on, p.ended_on, p.status, p.end_reason, p.results, p.case_link, f.title, r.title, "
        "g.title, o.number, o.issued_on FROM mentoring_pair p JOIN academic_year y ON y.id = p.academic_year_id "
        "LEFT JOIN mentoring_form f ON f.id = p.form_id LEFT JOIN role_model r ON r.id = p.role_model_id "
        "LEFT JOIN programme g ON g.id = p.programme_id LEFT JOIN mentoring_order o ON o.id = p.order_id WHERE p.id = ?"));
    q.bindAll({pairId});
    if (!q.exec())
        return Result<PairCard>::failure(q.error());
    if (!q.next())
        return Result<PairCard>::failure(QCoreApplication::translate("PairRepository", "Пара или группа не найдена."));
    PairCard c;
    Pair &p = c.pair;
    p.id = q.integer(0);
    p.yearStart = int(q.integer(1));
    p.isGroup = q.text(2) == QLatin1String("group");
    p.title = q.text(3);
    p.formId = q.integer(4);
    p.roleModelId = q.integer(5);
    p.programmeId = q.integer(6);
    p.orderId = q.integer(7);
    p.matchingRunId = q.integer(8);
    p.startedOn = q.date(9);
    p.plannedEndOn = q.date(10);
    p.endedOn = q.date(11);
    p.status = Codes::pairStatus(q.text(12));
    p.endReason = q.text(13);
    c.results = q.text(14);
    c.caseLink = q.text(15);
    c.form = q.text(16);
    c.roleModel = q.text(17);
    c.programme = q.text(18);
    c.orderNumber = q.text(19);
    c.orderDate = q.date(20);
    SqlQuery m(m_db, QStringLiteral("SELECT m.person_id, m.role, m.joined_on, s.last_name, s.first_name, s.patronymic "
                                    "FROM pair_member m JOIN person s ON s.id = m.person_id WHERE m.pair_id = ? ORDER BY m.id"));
    m.bindAll({pairId});
    if (!m.exec())
        return Result<PairCard>::failure(m.error());
    while (m.next()) {
        PairMember member;
        member.personId = m.integer(0);
        member.role = m.text(1) == QLatin1String("mentor") ? MemberRole::Mentor : MemberRole::Mentee;
        member.joinedOn = m.date(2);
        p.members.append(member);
        Person person;
        person.lastName = m.text(3);
        person.firstName = m.text(4);
        person.patronymic = m.text(5);
        (member.role == MemberRole::Mentor ? c.mentorNames : c.menteeNames).append(person.fullName());
    }
    return c;
}

Status PairRepository::close(qint64 pairId, const PairClosure &c)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE mentoring_pair SET status = ?, ended_on = ?, end_reason = ?, results = ?, "
                                    "case_link = ? WHERE id = ?"));
    q.bindAll({Codes::code(c.status), SqlQuery::dateValue(c.endedOn), SqlQuery::textOrNull(c.reason),
               SqlQuery::textOrNull(c.results), SqlQuery::textOrNull(c.caseLink), pairId});
    return q.exec() ? Status() : q.status();
}

QHash<qint64, QStringList> PairRepository::partnerNamesByPerson(int yearStart, MemberRole role) const
{
    QHash<qint64, QStringList> result;
    SqlQuery q(m_db, QStringLiteral(
        "SELECT a.person_id, o.last_name, o.first_name, o.patronymic FROM pair_member a "
        "JOIN pair_member b ON b.pair_id = a.pair_id AND b.role <> a.role "
        "JOIN person o ON o.id = b.person_id "
        "JOIN mentoring_pair p ON p.id = a.pair_id "
        "JOIN academic_year y ON y.id = p.academic_year_id "
        "WHERE y.start_year = :y AND a.role = :role AND p.status IN ('forming', 'active', 'completed') "
        "ORDER BY a.person_id, b.id"));
    q.bind(QStringLiteral(":y"), yearStart).bind(QStringLiteral(":role"), Codes::code(role));
    if (q.exec())
        while (q.next()) {
            Person other;
            other.lastName = q.text(1);
            other.firstName = q.text(2);
            other.patronymic = q.text(3);
            result[q.integer(0)].append(other.shortName());
        }
    return result;
}

QList<PairLink> PairRepository::links(int yearStart) const
{
    QList<PairLink> list;
    readLinks(yearStart, true, [&list](const PairLink &l) { list.append(l); });
    return list;
}

bool PairRepository::forEachLink(int yearStart, const std::function<void(const PairLink &)> &visit) const
{
    return readLinks(yearStart, false, visit);
}

bool PairRepository::readLinks(int yearStart, bool inPairOrder, const std::function<void(const PairLink &)> &visit) const
{
    SqlQuery q(m_db, QStringLiteral(
        "SELECT p.id, m.person_id, m.role, p.form_id, p.started_on, coalesce(p.ended_on, p.planned_end_on), p.results, "
        "p.case_link FROM pair_member m JOIN mentoring_pair p ON p.id = m.pair_id JOIN academic_year y ON y.id = "
        "p.academic_year_id WHERE y.start_year = :y AND p.status IN ('forming', 'active', 'completed')%1")
                         .arg(inPairOrder ? QLatin1String(" ORDER BY p.id, m.id") : QLatin1String()));
    q.bind(QStringLiteral(":y"), yearStart);
    if (!q.exec())
        return false;
    while (q.next())
        visit({q.integer(0), q.integer(1), q.text(2) == QLatin1String("mentor") ? MemberRole::Mentor : MemberRole::Mentee,
               q.integer(3), q.date(4), q.date(5), q.text(6), q.text(7)});
    return true;
}
