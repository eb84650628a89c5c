#include "storage/MatchingRepository.h"

#include "storage/AcademicYearRepository.h"
#include "storage/SqlQuery.h"

QList<MatchPoolRow> MatchingRepository::pool(const QString &sql, int yearStart) const
{
    QList<MatchPoolRow> rows;
    SqlQuery q(m_db, sql);
    q.bind(QStringLiteral(":y"), yearStart);
    if (!q.exec())
        return rows;
    while (q.next()) {
        MatchPoolRow r;
        r.personId = q.integer(0);
        r.name = QStringList{q.text(1), q.text(2), q.text(3)}.join(QLatin1Char(' ')).trimmed();
        r.category = Codes::personCategory(q.text(4)).value_or(PersonCategory::Pupil);
        r.birthDate = q.date(5);
        r.className = q.text(6);
        // Two fields of the bank read as one text for the curator and for scoring.
        const auto joined = [&q](int a, int b) {
            QStringList parts{q.text(a).trimmed(), q.text(b).trimmed()};
            parts.removeAll(QString());
            return parts.join(QStringLiteral("; "));
        };
        r.request = joined(7, 8);
        r.interests = q.text(9);
        r.schedule = joined(10, 11);
        r.formId = q.integer(12);
        r.desiredAgeFrom = int(q.integer(13));
        r.desiredAgeTo = int(q.integer(14));
        r.seats = int(q.integer(15));
        rows << r;
    }
    return rows;
}

QList<MatchPoolRow> MatchingRepository::mentees(int yearStart) const
{
    return pool(QStringLiteral(
        "SELECT p.id, p.last_name, p.first_name, p.patronymic, p.category, p.birth_date, p.class_name, "
        "  m.request, m.problems, m.interests, NULL, "
        "  (SELECT a.answer FROM questionnaire_response r JOIN questionnaire_answer a ON a.response_id = r.id "
        "    WHERE r.person_id = p.id AND r.academic_year_id = y.id AND r.kind = 'mentee' AND a.question_key = 'schedule' "
        "    ORDER BY r.id DESC LIMIT 1), "
        "  m.desired_form_id, 0, 0, 1 "
        "FROM mentee_profile m JOIN person p ON p.id = m.person_id JOIN academic_year y ON y.id = m.academic_year_id "
        "WHERE y.start_year = :y AND m.status = 'active' AND p.status = 'active' AND NOT EXISTS ("
        "  SELECT 1 FROM pair_member pm JOIN mentoring_pair pp ON pp.id = pm.pair_id "
        "  WHERE pm.person_id = p.id AND pm.role = 'mentee' AND pp.academic_year_id = y.id "
        "  AND pp.status IN ('forming', 'active')) ORDER BY p.name_key, p.id"),
        yearStart);
}

QList<MatchPoolRow> MatchingRepository::mentors(int yearStart) const
{
    return pool(QStringLiteral(
        "SELECT p.id, p.last_name, p.first_name, p.patronymic, p.category, p.birth_date, p.class_name, "
        "  m.competencies, m.achievements, m.interests, m.time_resource, m.schedule, "
        "  m.form_id, coalesce(m.desired_age_from, 0), coalesce(m.desired_age_to, 0), "
        "  m.capacity - (SELECT count(*) FROM pair_member pm JOIN mentoring_pair p2 ON p2.id = pm.pair_id "
        "    JOIN pair_member mine ON mine.pair_id = p2.id AND mine.person_id = p.id AND mine.role = 'mentor' "
        "    WHERE pm.role = 'mentee' AND p2.academic_year_id = y.id AND p2.status IN ('forming', 'active')) AS seats "
        "FROM mentor_profile m JOIN person p ON p.id = m.person_id JOIN academic_year y ON y.id = m.academic_year_id "
        "WHERE y.start_year = :y AND m.status = 'active' AND p.status = 'active' ORDER BY p.name_key, p.id"),
        yearStart);
}

QHash<qint64, QList<qint64>> MatchingRepository::preferences(int yearStart) const
{
    QHash<qint64, QList<qint64>> result;
    SqlQuery q(m_db, QStringLiteral(
        "SELECT r.person_id, a.answer FROM questionnaire_response r "
        "JOIN questionnaire_answer a ON a.response_id = r.id JOIN academic_year y ON y.id = r.academic_year_id "
        "WHERE y.start_year = :y AND r.kind = 'preference' AND a.question_key = 'prefers_ids' ORDER BY r.id"));
    q.bind(QStringLiteral(":y"), yearStart);
    if (q.exec())
        while (q.next()) {
            QList<qint64> &ids = result[q.integer(0)];
            ids.clear(); // the latest answer of a person stands
            for (const QString &id : q.text(1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                ids << id.toLongLong();
        }
    return result;
}

Result<qint64> MatchingRepository::insertRun(const MatchRunRow &run)
{
    const auto yearId = AcademicYearRepository(m_db).ensure(AcademicYear(run.yearStart));
    if (!yearId)
        return yearId;
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO matching_run (academic_year_id, created_at, criteria, constraints_json, mode, min_score, status, "
        "previous_run_id) VALUES (:year, :created, :criteria, :constraints, :mode, :min, :status, :previous)"));
    q.bind(QStringLiteral(":year"), yearId.value())
        .bind(QStringLiteral(":created"), run.createdAt.toUTC().toString(Qt::ISODate))
        .bind(QStringLiteral(":criteria"), run.criteria)
        .bind(QStringLiteral(":constraints"), run.constraints)
        .bind(QStringLiteral(":mode"), run.mode)
        .bind(QStringLiteral(":min"), run.minScore)
        .bind(QStringLiteral(":status"), run.status)
        .bind(QStringLiteral(":previous"), SqlQuery::idOrNull(run.previousRunId));
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const qint64 runId = q.lastInsertId();
    SqlQuery p(m_db, QStringLiteral(
        "INSERT INTO matching_proposal (run_id, mentor_id, mentee_id, score, breakdown, origin, unmatched_reason) "
        "VALUES (:run, :mentor, :mentee, :score, :breakdown, :origin, :reason)"));
    for (const MatchProposalRow &r : run.proposals) {
        p.bind(QStringLiteral(":run"), runId)
            .bind(QStringLiteral(":mentor"), SqlQuery::idOrNull(r.mentorId))
            .bind(QStringLiteral(":mentee"), r.menteeId)
            .bind(QStringLiteral(":score"), r.mentorId ? QVariant(r.score) : QVariant())
            .bind(QStringLiteral(":breakdown"), SqlQuery::textOrNull(r.breakdown))
            .bind(QStringLiteral(":origin"), r.origin)
            .bind(QStringLiteral(":reason"), SqlQuery::textOrNull(r.unmatchedReason));
        if (!p.exec())
            return Result<qint64>::failure(p.error());
    }
    return runId;
}

std::optional<MatchRunRow> MatchingRepository::run(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral(
        "SELECT r.id, y.start_year, r.created_at, r.criteria, r.constraints_json, r.mode, r.min_score, r.status, "
        "r.approved_at, r.previous_run_id FROM matching_run r JOIN academic_year y ON y.id = r.academic_year_id "
        "WHERE r.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    MatchRunRow run;
    run.id = q.integer(0);
    run.yearStart = int(q.integer(1));
    run.createdAt = QDateTime::fromString(q.text(2), Qt::ISODate);
    run.criteria = q.text(3);
    run.constraints = q.text(4);
    run.mode = q.text(5);
    run.minScore = q.value(6).toDouble();
    run.status = q.text(7);
    run.approvedAt = QDateTime::fromString(q.text(8), Qt::ISODate);
    run.previousRunId = q.integer(9);
    SqlQuery p(m_db, QStringLiteral("SELECT mentee_id, mentor_id, score, breakdown, origin, unmatched_reason "
                                    "FROM matching_proposal WHERE run_id = :id ORDER BY id"));
    p.bind(QStringLiteral(":id"), id);
    if (p.exec())
        while (p.next())
            run.proposals.append({p.integer(0), p.integer(1), p.value(2).toDouble(), p.text(3), p.text(4), p.text(5)});
    return run;
}

std::optional<MatchRunRow> MatchingRepository::lastRun(int yearStart) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT r.id FROM matching_run r JOIN academic_year y ON y.id = r.academic_year_id "
                                    "WHERE y.start_year = :y ORDER BY r.id DESC LIMIT 1"));
    q.bind(QStringLiteral(":y"), yearStart);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return run(q.integer(0));
}

Status MatchingRepository::setStatus(qint64 runId, const QString &status)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE matching_run SET status = :status, approved_at = CASE WHEN :status2 = "
                                    "'approved' THEN :now ELSE approved_at END WHERE id = :id"));
    q.bind(QStringLiteral(":status"), status)
        .bind(QStringLiteral(":status2"), status)
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), runId);
    q.exec();
    return q.status();
}

QHash<qint64, QString> MatchingRepository::names(qint64 runId) const
{
    QHash<qint64, QString> names;
    SqlQuery q(m_db, QStringLiteral(
        "SELECT p.id, p.last_name, p.first_name, p.patronymic FROM person p WHERE p.id IN ("
        "SELECT mentee_id FROM matching_proposal WHERE run_id = :a UNION SELECT mentor_id FROM matching_proposal "
        "WHERE run_id = :b)"));
    q.bind(QStringLiteral(":a"), runId).bind(QStringLiteral(":b"), runId);
    if (q.exec())
        while (q.next())
            names.insert(q.integer(0), QStringList{q.text(1), q.text(2), q.text(3)}.join(QLatin1Char(' ')).trimmed());
    return names;
}
