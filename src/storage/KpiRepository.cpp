#include "storage/KpiRepository.h"

#include "storage/AcademicYearRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqlQuery.h"

QList<KpiDefinition> KpiRepository::definitions() const
{
    QList<KpiDefinition> list;
    SqlQuery q(m_db, QStringLiteral("SELECT code, name, numerator, denominator, unit, comparison FROM kpi_definition "
                                    "ORDER BY id"));
    if (q.exec())
        while (q.next())
            list.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)});
    return list;
}

Status KpiRepository::insertDefinition(const KpiDefinition &d)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO kpi_definition (code, name, numerator, denominator, unit, comparison) "
                                    "VALUES (:code, :name, :numerator, :denominator, :unit, :comparison)"));
    q.bind(QStringLiteral(":code"), d.code)
        .bind(QStringLiteral(":name"), d.name)
        .bind(QStringLiteral(":numerator"), d.numerator)
        .bind(QStringLiteral(":denominator"), d.denominator)
        .bind(QStringLiteral(":unit"), d.unit)
        .bind(QStringLiteral(":comparison"), d.comparison);
    q.exec();
    return q.status();
}

Status KpiRepository::updateDefinition(const KpiDefinition &d)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE kpi_definition SET name = :name, numerator = :numerator, "
                                    "denominator = :denominator, comparison = :comparison WHERE code = :code"));
    q.bind(QStringLiteral(":code"), d.code)
        .bind(QStringLiteral(":name"), d.name)
        .bind(QStringLiteral(":numerator"), d.numerator)
        .bind(QStringLiteral(":denominator"), d.denominator)
        .bind(QStringLiteral(":comparison"), d.comparison);
    q.exec();
    return q.status();
}

QMap<QString, double> KpiRepository::targets(int startYear) const
{
    QMap<QString, double> map;
    SqlQuery q(m_db, QStringLiteral("SELECT d.code, t.target_value FROM kpi_target t JOIN kpi_definition d ON d.id = "
                                    "t.kpi_id JOIN academic_year y ON y.id = t.academic_year_id WHERE y.start_year = :year"));
    q.bind(QStringLiteral(":year"), startYear);
    if (q.exec())
        while (q.next())
            map.insert(q.text(0), q.value(1).toDouble());
    return map;
}

Status KpiRepository::setTarget(const QString &code, int startYear, double value)
{
    const auto year = AcademicYearRepository(m_db).ensure(AcademicYear(startYear));
    if (!year)
        return Status::failure(year.error());
    SqlQuery q(m_db, QStringLiteral("INSERT INTO kpi_target (kpi_id, academic_year_id, target_value) SELECT id, :year, "
                                    ":value FROM kpi_definition WHERE code = :code ON CONFLICT (kpi_id, academic_year_id) "
                                    "DO UPDATE SET target_value = excluded.target_value"));
    q.bind(QStringLiteral(":year"), year.value()).bind(QStringLiteral(":value"), value).bind(QStringLiteral(":code"), code);
    q.exec();
    return q.status();
}

Status KpiRepository::removeTarget(const QString &code, int startYear)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM kpi_target WHERE kpi_id = (SELECT id FROM kpi_definition WHERE code = "
                                    ":code) AND academic_year_id = (SELECT id FROM academic_year WHERE start_year = :year)"));
    q.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":year"), startYear);
    q.exec();
    return q.status();
}

QMap<QString, int> KpiRepository::contingent(int startYear) const
{
    QMap<QString, int> map;
    SqlQuery q(m_db, QStringLiteral("SELECT c.code, c.value FROM contingent c JOIN academic_year y ON y.id = "
                                    "c.academic_year_id WHERE y.start_year = :year"));
    q.bind(QStringLiteral(":year"), startYear);
    if (q.exec())
        while (q.next())
            map.insert(q.text(0), int(q.integer(1)));
    return map;
}

Status KpiRepository::setContingent(const QString &code, int startYear, int value)
{
    const auto year = AcademicYearRepository(m_db).ensure(AcademicYear(startYear));
    if (!year)
        return Status::failure(year.error());
    SqlQuery q(m_db, QStringLiteral("INSERT INTO contingent (academic_year_id, code, value) VALUES (:year, :code, :value) "
                                    "ON CONFLICT (academic_year_id, code) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":year"), year.value()).bind(QStringLiteral(":code"), code).bind(QStringLiteral(":value"), value);
    q.exec();
    return q.status();
}

Status KpiRepository::removeContingent(const QString &code, int startYear)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM contingent WHERE code = :code AND academic_year_id = (SELECT id FROM "
                                    "academic_year WHERE start_year = :year)"));
    q.bind(QStringLiteral(":code"), code).bind(QStringLiteral(":year"), startYear);
    q.exec();
    return q.status();
}

Kpi::Facts KpiRepository::facts(const Kpi::Period &period, int startYear) const
{
    // A file holds one school; a server session sees one, unless it is the coordinator's looking at all.
    const QMap<qint64, Kpi::Facts> schools = factsBySchool(period, startYear);
    if (schools.size() == 1)
        return schools.first();
    Kpi::Facts all;
    for (const Kpi::Facts &f : schools) {
        all.people += f.people;
        all.memberships += f.memberships;
        all.surveys += f.surveys;
        all.planItems += f.planItems;
        all.pairs += f.pairs;
        all.partnerOrganisations += f.partnerOrganisations;
        for (auto it = f.contingent.cbegin(); it != f.contingent.cend(); ++it)
            all.contingent[it.key()] += it.value();
    }
    return all;
}

QMap<qint64, Kpi::Facts> KpiRepository::factsBySchool(const Kpi::Period &period, int startYear) const
{
    // Every statement reads all the schools the session sees at once, each row filed under its own:
    // the municipality's consolidated figures cost one pass, not one per school.
    QMap<qint64, Kpi::Facts> schools;
    const auto consents = PersonRepository(m_db).consentStatuses(period.to);
    SqlQuery people(m_db, QStringLiteral(
        "SELECT id, category, birth_date, pedagogical_since, partner_id, status, "
        "EXISTS (SELECT 1 FROM person_tag t WHERE t.person_id = person.id AND t.tag = 'ovz'), org_id FROM person"));
    if (people.exec())
        while (people.next()) {
            Kpi::Person p;
            p.id = people.integer(0);
            p.category = Codes::personCategory(people.text(1)).value_or(PersonCategory::Pupil);
            p.birthDate = people.date(2);
            p.pedagogicalSince = people.date(3);
            p.partnerId = people.integer(4);
            p.active = Codes::recordStatus(people.text(5)) == RecordStatus::Active;
            p.ovz = people.integer(6) != 0;
            p.consentAtEnd = consents.value(p.id, ConsentStatus::Missing);
            schools[people.integer(7)].people.append(p);
        }
    // A member is in a pair from the later of its start and their joining to the earlier of its end and
    // their leaving (worked out here: SQLite's two-argument max() is not portable SQL).
    SqlQuery members(m_db, QStringLiteral(
        "SELECT m.person_id, m.pair_id, m.role, p.started_on, m.joined_on, p.ended_on, m.left_on, p.org_id "
        "FROM pair_member m JOIN mentoring_pair p ON p.id = m.pair_id WHERE p.started_on IS NOT NULL"));
    if (members.exec())
        while (members.next()) {
            const QDate joined = members.date(4), ended = members.date(5), left = members.date(6);
            QDate from = members.date(3), to = ended;
            if (joined.isValid() && joined > from)
                from = joined;
            if (left.isValid() && (!to.isValid() || left < to))
                to = left;
            schools[members.integer(7)].memberships.append(
                {members.integer(0), members.integer(1),
                 members.text(2) == QLatin1String("mentor") ? MemberRole::Mentor : MemberRole::Mentee, from, to});
        }
    SqlQuery surveys(m_db, QStringLiteral(
        "SELECT r.person_id, t.kind, r.answered_on, t.satisfied_threshold, avg(a.value_number), r.org_id "
        "FROM survey_response r JOIN survey_template t ON t.id = r.template_id JOIN survey_answer a ON a.response_id = r.id "
        "JOIN survey_question q ON q.id = a.question_id AND q.answer_type = 'scale' "
        "WHERE t.kind IN ('satisfaction_mentee', 'satisfaction_mentor') AND a.value_number IS NOT NULL "
        "AND r.answered_on BETWEEN :from AND :to GROUP BY r.id, t.kind, t.satisfied_threshold"));
    surveys.bind(QStringLiteral(":from"), period.from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), period.to.toString(Qt::ISODate));
    if (surveys.exec())
        while (surveys.next())
            schools[surveys.integer(5)].surveys.append(
                {surveys.integer(0),
                 surveys.text(1) == QLatin1String("satisfaction_mentor") ? MemberRole::Mentor : MemberRole::Mentee,
                 surveys.date(2), surveys.value(4).toDouble(), surveys.value(3).toDouble()});
    SqlQuery plans(m_db, QStringLiteral("SELECT p.pair_id, i.done, p.org_id FROM plan_item i JOIN individual_plan p ON p.id = i.plan_id"));
    if (plans.exec())
        while (plans.next())
            schools[plans.integer(2)].planItems.append({plans.integer(0), plans.integer(1) != 0});
    SqlQuery pairs(m_db, QStringLiteral("SELECT p.id, f.code, p.kind, p.started_on, p.ended_on, p.status, p.org_id "
                                        "FROM mentoring_pair p LEFT JOIN mentoring_form f ON f.id = p.form_id"));
    if (pairs.exec())
        while (pairs.next())
            schools[pairs.integer(6)].pairs.append({pairs.integer(0), pairs.text(1), pairs.text(2) == QLatin1String("group"),
                                                    pairs.date(3), pairs.date(4), Codes::pairStatus(pairs.text(5))});
    SqlQuery partners(m_db, QStringLiteral("SELECT org_id, count(*) FROM partner_organisation WHERE status = 'active' GROUP BY org_id"));
    if (partners.exec())
        while (partners.next())
            schools[partners.integer(0)].partnerOrganisations = int(partners.integer(1));
    SqlQuery contingent(m_db, QStringLiteral("SELECT c.org_id, c.code, c.value FROM contingent c JOIN academic_year y ON "
                                             "y.id = c.academic_year_id WHERE y.start_year = :year"));
    contingent.bind(QStringLiteral(":year"), startYear);
    if (contingent.exec())
        while (contingent.next())
            schools[contingent.integer(0)].contingent.insert(contingent.text(1), int(contingent.integer(2)));
    if (schools.isEmpty())
        schools.insert(1, {});
    return schools;
}
