#include "storage/ProfileRepository.h"

#include "storage/AcademicYearRepository.h"
#include "storage/SqlQuery.h"

namespace {
const char *const kMenteeColumns =
    "p.id, p.person_id, y.start_year, p.request, p.problems, p.interests, p.desired_form_id, p.entered_on, "
    "p.completed_on, p.results, p.case_link, p.status";
const char *const kMentorColumns =
    "p.id, p.person_id, y.start_year, p.competencies, p.achievements, p.interests, p.desired_age_from, "
    "p.desired_age_to, p.time_resource, p.schedule, p.capacity, p.training_done, p.training_date, p.form_id, "
    "p.entered_on, p.completed_on, p.results, p.case_link, p.status";

MenteeProfile readMentee(const SqlQuery &q)
{
    MenteeProfile m;
    m.id = q.integer(0);
    m.personId = q.integer(1);
    m.yearStart = int(q.integer(2));
    m.request = q.text(3);
    m.problems = q.text(4);
    m.interests = q.text(5);
    m.desiredFormId = q.integer(6);
    m.enteredOn = q.date(7);
    m.completedOn = q.date(8);
    m.results = q.text(9);
    m.caseLink = q.text(10);
    m.status = Codes::recordStatus(q.text(11));
    return m;
}

MentorProfile readMentor(const SqlQuery &q)
{
    MentorProfile m;
    m.id = q.integer(0);
    m.personId = q.integer(1);
    m.yearStart = int(q.integer(2));
    m.competencies = q.text(3);
    m.achievements = q.text(4);
    m.interests = q.text(5);
    m.desiredAgeFrom = int(q.integer(6));
    m.desiredAgeTo = int(q.integer(7));
    m.timeResource = q.text(8);
    m.schedule = q.text(9);
    m.capacity = int(q.integer(10));
    m.trainingDone = q.integer(11) != 0;
    m.trainingDate = q.date(12);
    m.formId = q.integer(13);
    m.enteredOn = q.date(14);
    m.completedOn = q.date(15);
    m.results = q.text(16);
    m.caseLink = q.text(17);
    m.status = Codes::recordStatus(q.text(18));
    return m;
}

QVariant intOrNull(int v) { return v > 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::Int)); }
}

Result<qint64> ProfileRepository::saveMentee(const MenteeProfile &m)
{
    const auto yearId = AcademicYearRepository(m_db).ensure(AcademicYear(m.yearStart));
    if (!yearId)
        return yearId;
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO mentee_profile (person_id, academic_year_id, request, problems, interests, desired_form_id, "
        "entered_on, completed_on, results, case_link, status) VALUES (:person, :year, :request, :problems, "
        ":interests, :form, :entered, :completed, :results, :link, :status) "
        "ON CONFLICT (person_id, academic_year_id) DO UPDATE SET request = excluded.request, "
        "problems = excluded.problems, interests = excluded.interests, desired_form_id = excluded.desired_form_id, "
        "entered_on = excluded.entered_on, completed_on = excluded.completed_on, results = excluded.results, "
        "case_link = excluded.case_link, status = excluded.status"));
    q.bind(QStringLiteral(":person"), m.personId)
        .bind(QStringLiteral(":year"), yearId.value())
        .bind(QStringLiteral(":request"), SqlQuery::textOrNull(m.request))
        .bind(QStringLiteral(":problems"), SqlQuery::textOrNull(m.problems))
        .bind(QStringLiteral(":interests"), SqlQuery::textOrNull(m.interests))
        .bind(QStringLiteral(":form"), SqlQuery::idOrNull(m.desiredFormId))
        .bind(QStringLiteral(":entered"), SqlQuery::dateValue(m.enteredOn))
        .bind(QStringLiteral(":completed"), SqlQuery::dateValue(m.completedOn))
        .bind(QStringLiteral(":results"), SqlQuery::textOrNull(m.results))
        .bind(QStringLiteral(":link"), SqlQuery::textOrNull(m.caseLink))
        .bind(QStringLiteral(":status"), Codes::code(m.status));
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const auto saved = mentee(m.personId, m.yearStart);
    return saved ? Result<qint64>(saved->id) : Result<qint64>::failure(q.error());
}

Result<qint64> ProfileRepository::saveMentor(const MentorProfile &m)
{
    const auto yearId = AcademicYearRepository(m_db).ensure(AcademicYear(m.yearStart));
    if (!yearId)
        return yearId;
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO mentor_profile (person_id, academic_year_id, competencies, achievements, interests, "
        "desired_age_from, desired_age_to, time_resource, schedule, capacity, training_done, training_date, form_id, "
        "entered_on, completed_on, results, case_link, status) VALUES (:person, :year, :competencies, "
        ":achievements, :interests, :ageFrom, :ageTo, :time, :schedule, :capacity, :trained, :trainingDate, :form, "
        ":entered, :completed, :results, :link, :status) "
        "ON CONFLICT (person_id, academic_year_id) DO UPDATE SET competencies = excluded.competencies, "
        "achievements = excluded.achievements, interests = excluded.interests, "
        "desired_age_from = excluded.desired_age_from, desired_age_to = excluded.desired_age_to, "
        "time_resource = excluded.time_resource, schedule = excluded.schedule, capacity = excluded.capacity, "
        "training_done = excluded.training_done, training_date = excluded.training_date, form_id = excluded.form_id, "
        "entered_on = excluded.entered_on, completed_on = excluded.completed_on, results = excluded.results, "
        "case_link = excluded.case_link, status = excluded.status"));
    q.bind(QStringLiteral(":person"), m.personId)
        .bind(QStringLiteral(":year"), yearId.value())
        .bind(QStringLiteral(":competencies"), SqlQuery::textOrNull(m.competencies))
        .bind(QStringLiteral(":achievements"), SqlQuery::textOrNull(m.achievements))
        .bind(QStringLiteral(":interests"), SqlQuery::textOrNull(m.interests))
        .bind(QStringLiteral(":ageFrom"), intOrNull(m.desiredAgeFrom))
        .bind(QStringLiteral(":ageTo"), intOrNull(m.desiredAgeTo))
        .bind(QStringLiteral(":time"), SqlQuery::textOrNull(m.timeResource))
        .bind(QStringLiteral(":schedule"), SqlQuery::textOrNull(m.schedule))
        .bind(QStringLiteral(":capacity"), m.capacity)
        .bind(QStringLiteral(":trained"), m.trainingDone ? 1 : 0)
        .bind(QStringLiteral(":trainingDate"), SqlQuery::dateValue(m.trainingDate))
        .bind(QStringLiteral(":form"), SqlQuery::idOrNull(m.formId))
        .bind(QStringLiteral(":entered"), SqlQuery::dateValue(m.enteredOn))
        .bind(QStringLiteral(":completed"), SqlQuery::dateValue(m.completedOn))
        .bind(QStringLiteral(":results"), SqlQuery::textOrNull(m.results))
        .bind(QStringLiteral(":link"), SqlQuery::textOrNull(m.caseLink))
        .bind(QStringLiteral(":status"), Codes::code(m.status));
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const auto saved = mentor(m.personId, m.yearStart);
    return saved ? Result<qint64>(saved->id) : Result<qint64>::failure(q.error());
}

std::optional<MenteeProfile> ProfileRepository::mentee(qint64 personId, int yearStart) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM mentee_profile p JOIN academic_year y ON y.id = p.academic_year_id "
                                    "WHERE p.person_id = :person AND y.start_year = :y").arg(QLatin1String(kMenteeColumns)));
    q.bind(QStringLiteral(":person"), personId).bind(QStringLiteral(":y"), yearStart);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readMentee(q);
}

std::optional<MentorProfile> ProfileRepository::mentor(qint64 personId, int yearStart) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM mentor_profile p JOIN academic_year y ON y.id = p.academic_year_id "
                                    "WHERE p.person_id = :person AND y.start_year = :y").arg(QLatin1String(kMentorColumns)));
    q.bind(QStringLiteral(":person"), personId).bind(QStringLiteral(":y"), yearStart);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readMentor(q);
}

QList<MenteeProfile> ProfileRepository::mentees(int yearStart) const
{
    QList<MenteeProfile> list;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM mentee_profile p JOIN academic_year y ON y.id = p.academic_year_id "
                                    "WHERE y.start_year = :y ORDER BY p.id").arg(QLatin1String(kMenteeColumns)));
    q.bind(QStringLiteral(":y"), yearStart);
    if (q.exec())
        while (q.next())
            list.append(readMentee(q));
    return list;
}

QList<MentorProfile> ProfileRepository::mentors(int yearStart) const
{
    QList<MentorProfile> list;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM mentor_profile p JOIN academic_year y ON y.id = p.academic_year_id "
                                    "WHERE y.start_year = :y ORDER BY p.id").arg(QLatin1String(kMentorColumns)));
    q.bind(QStringLiteral(":y"), yearStart);
    if (q.exec())
        while (q.next())
            list.append(readMentor(q));
    return list;
}

Status ProfileRepository::setStatus(const QString &table, qint64 personId, int yearStart, RecordStatus status)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE %1 SET status = :status WHERE person_id = :person AND academic_year_id = "
                                    "(SELECT id FROM academic_year WHERE start_year = :y)").arg(table));
    q.bind(QStringLiteral(":status"), Codes::code(status))
        .bind(QStringLiteral(":person"), personId)
        .bind(QStringLiteral(":y"), yearStart);
    q.exec();
    return q.status();
}

Status ProfileRepository::remove(const QString &table, qint64 personId, int yearStart)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM %1 WHERE person_id = :person AND academic_year_id = "
                                    "(SELECT id FROM academic_year WHERE start_year = :y)").arg(table));
    q.bind(QStringLiteral(":person"), personId).bind(QStringLiteral(":y"), yearStart);
    q.exec();
    return q.status();
}

Status ProfileRepository::setMenteeStatus(qint64 p, int y, RecordStatus s) { return setStatus(QStringLiteral("mentee_profile"), p, y, s); }
Status ProfileRepository::setMentorStatus(qint64 p, int y, RecordStatus s) { return setStatus(QStringLiteral("mentor_profile"), p, y, s); }
Status ProfileRepository::removeMentee(qint64 p, int y) { return remove(QStringLiteral("mentee_profile"), p, y); }
Status ProfileRepository::removeMentor(qint64 p, int y) { return remove(QStringLiteral("mentor_profile"), p, y); }
