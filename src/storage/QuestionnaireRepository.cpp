#include "storage/QuestionnaireRepository.h"

#include "domain/TextFold.h"
#include "storage/AcademicYearRepository.h"

#include <QDateTime>

namespace {
enum Statement { InsertPerson, MergePerson, MergeMentee, MergeMentor, InsertResponse, InsertAnswer };
}

QuestionnaireRepository::QuestionnaireRepository(QSqlDatabase db, int yearStart)
    : m_db(std::move(db)), m_yearStart(yearStart), m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
{
}

QuestionnaireRepository::~QuestionnaireRepository() = default;

SqlQuery &QuestionnaireRepository::statement(int which, const char *sql)
{
    if (!m_statements[which])
        m_statements[which] = std::make_unique<SqlQuery>(m_db, QString::fromUtf8(sql));
    return *m_statements[which];
}

Status QuestionnaireRepository::ensureYear()
{
    if (m_yearId != 0)
        return {};
    const auto id = AcademicYearRepository(m_db).ensure(AcademicYear(m_yearStart));
    if (!id)
        return Status::failure(id.error());
    m_yearId = id.value();
    return {};
}

QuestionnaireRepository::PeopleIndex QuestionnaireRepository::peopleIndex() const
{
    PeopleIndex index;
    SqlQuery q(m_db, QStringLiteral("SELECT id, name_key, birth_date FROM person"));
    if (q.exec())
        while (q.next()) {
            const QString key = q.text(1);
            index.byNameAndBirth.insert_or_assign(key + QLatin1Char('|') + q.text(2), q.integer(0));
            index.byName[key] << q.integer(0);
        }
    return index;
}

Result<qint64> QuestionnaireRepository::insertPerson(const Person &p, const QString &nameKey)
{
    SqlQuery &q = statement(InsertPerson,
        "INSERT INTO person (last_name, first_name, patronymic, name_key, birth_date, category, class_name, position, "
        "workplace, phone, email, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)");
    q.bindAll({p.lastName, p.firstName, SqlQuery::textOrNull(p.patronymic),
               nameKey.isEmpty() ? TextFold::nameKey(p.lastName, p.firstName, p.patronymic) : nameKey,
               SqlQuery::dateValue(p.birthDate),
               Codes::code(p.category), SqlQuery::textOrNull(p.className), SqlQuery::textOrNull(p.position),
               SqlQuery::textOrNull(p.workplace), SqlQuery::textOrNull(p.phone), SqlQuery::textOrNull(p.email),
               m_now, m_now});
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    return q.lastInsertId();
}

Status QuestionnaireRepository::mergePerson(const Person &p)
{
    SqlQuery &q = statement(MergePerson,
        "UPDATE person SET birth_date = coalesce(?, birth_date), category = ?, class_name = coalesce(?, class_name), "
        "position = coalesce(?, position), workplace = coalesce(?, workplace), phone = coalesce(?, phone), "
        "email = coalesce(?, email), updated_at = ? WHERE id = ?");
    q.bindAll({SqlQuery::dateValue(p.birthDate), Codes::code(p.category), SqlQuery::textOrNull(p.className),
               SqlQuery::textOrNull(p.position), SqlQuery::textOrNull(p.workplace),
               SqlQuery::textOrNull(p.phone), SqlQuery::textOrNull(p.email),
               m_now, p.id});
    q.exec();
    return q.status();
}

Status QuestionnaireRepository::mergeMentee(const MenteeProfile &m)
{
    if (Status s = ensureYear(); !s)
        return s;
    SqlQuery &q = statement(MergeMentee,
        "INSERT INTO mentee_profile (person_id, academic_year_id, request, problems, interests, desired_form_id, entered_on, "
        "status) VALUES (?, ?, ?, ?, ?, ?, ?, 'active') ON CONFLICT (person_id, academic_year_id) DO UPDATE SET "
        "request = coalesce(excluded.request, request), problems = coalesce(excluded.problems, problems), "
        "interests = coalesce(excluded.interests, interests), "
        "desired_form_id = coalesce(excluded.desired_form_id, desired_form_id)");
    q.bindAll({m.personId, m_yearId, SqlQuery::textOrNull(m.request), SqlQuery::textOrNull(m.problems),
               SqlQuery::textOrNull(m.interests), SqlQuery::idOrNull(m.desiredFormId),
               SqlQuery::dateValue(m.enteredOn)});
    q.exec();
    return q.status();
}

Status QuestionnaireRepository::mergeMentor(const MentorProfile &m, bool capacityGiven)
{
    if (Status s = ensureYear(); !s)
        return s;
    SqlQuery &q = statement(MergeMentor,
        "INSERT INTO mentor_profile (person_id, academic_year_id, competencies, achievements, interests, desired_age_from, "
        "desired_age_to, time_resource, schedule, capacity, form_id, entered_on, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, 1), ?, ?, 'active') "
        "ON CONFLICT (person_id, academic_year_id) DO UPDATE SET "
        "competencies = coalesce(excluded.competencies, competencies), "
        "achievements = coalesce(excluded.achievements, achievements), interests = coalesce(excluded.interests, interests), "
        "desired_age_from = coalesce(excluded.desired_age_from, desired_age_from), "
        "desired_age_to = coalesce(excluded.desired_age_to, desired_age_to), "
        "time_resource = coalesce(excluded.time_resource, time_resource), schedule = coalesce(excluded.schedule, schedule), "
        "capacity = CASE WHEN ? THEN excluded.capacity ELSE capacity END, form_id = coalesce(excluded.form_id, form_id)");
    const auto ageOrNull = [](int age) { return age > 0 ? QVariant(age) : QVariant(); };
    q.bindAll({m.personId, m_yearId, SqlQuery::textOrNull(m.competencies), SqlQuery::textOrNull(m.achievements),
               SqlQuery::textOrNull(m.interests), ageOrNull(m.desiredAgeFrom), ageOrNull(m.desiredAgeTo),
               SqlQuery::textOrNull(m.timeResource), SqlQuery::textOrNull(m.schedule),
               capacityGiven ? QVariant(m.capacity) : QVariant(), SqlQuery::idOrNull(m.formId),
               SqlQuery::dateValue(m.enteredOn), capacityGiven ? 1 : 0});
    q.exec();
    return q.status();
}

Status QuestionnaireRepository::insertResponse(const QuestionnaireResponse &r)
{
    if (Status s = ensureYear(); !s)
        return s;
    SqlQuery &q = statement(InsertResponse,
        "INSERT INTO questionnaire_response (kind, person_id, academic_year_id, submitted_on, source, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    q.bindAll({r.kind, r.personId, m_yearId, SqlQuery::dateValue(r.submittedOn), r.source, m_now});
    if (!q.exec())
        return q.status();
    const qint64 responseId = q.lastInsertId();
    SqlQuery &a = statement(InsertAnswer, "INSERT INTO questionnaire_answer (response_id, question_key, answer) VALUES (?, ?, ?)");
    for (const auto &[key, answer] : r.answers) {
        if (!a.bindAll({responseId, key, answer}).exec())
            return a.status();
    }
    return {};
}
