#include "storage/BankRepository.h"

#include "storage/SqlQuery.h"

namespace {
// The person's columns of a bank's row, read by readPerson in this order.
const char *const kPersonColumns =
    "p.id, p.last_name || ' ' || p.first_name || coalesce(' ' || p.patronymic, ''), p.phone, p.email, p.birth_date, "
    "p.category, p.class_name, p.position, p.workplace, p.partner_id";
constexpr int kPersonColumnCount = 10;
const char *const kRepresentativeColumn =
    "(SELECT r.last_name || ' ' || r.first_name || coalesce(' ' || r.patronymic, '') || coalesce(', ' || r.phone, '') "
    " FROM legal_representative lr JOIN person r ON r.id = lr.representative_id WHERE lr.minor_id = p.id "
    " ORDER BY lr.id LIMIT 1)";

void readPerson(const SqlQuery &q, BankRow &row)
{
    row.personId = q.integer(0);
    row.fullName = q.text(1);
    row.phone = q.text(2);
    row.email = q.text(3);
    row.birthDate = q.date(4);
    row.category = Codes::personCategory(q.text(5)).value_or(PersonCategory::Pupil);
    row.className = q.text(6);
    row.position = q.text(7);
    row.workplace = q.text(8);
    row.partnerId = q.integer(9);
}
}

bool BankRepository::forEach(MemberRole role, int yearStart, const std::function<bool(const BankRow &)> &visit) const
{
    // Each bank reads only its own profile's columns: every column read is a value converted by
    // the driver, a million of them in a 100,000-row bank.
    const bool mentee = role == MemberRole::Mentee;
    const QString profile = mentee
        ? QStringLiteral("m.desired_form_id, m.entered_on, m.completed_on, m.results, m.case_link, m.request "
                         "FROM mentee_profile m")
        : QStringLiteral("m.form_id, m.entered_on, m.completed_on, m.results, m.case_link, "
                         "trim(coalesce(m.competencies, '') || '; ' || coalesce(m.achievements, '') || '; ' || "
                         "coalesce(m.interests, ''), '; '), coalesce(m.desired_age_from, 0), coalesce(m.desired_age_to, 0), "
                         "m.time_resource FROM mentor_profile m");
    SqlQuery q(m_db, QStringLiteral("SELECT %1, %2, %3 JOIN person p ON p.id = m.person_id JOIN academic_year y ON y.id = "
                                    "m.academic_year_id WHERE y.start_year = :y ORDER BY m.id")
                         .arg(QLatin1String(kPersonColumns), QLatin1String(kRepresentativeColumn), profile));
    q.bind(QStringLiteral(":y"), yearStart);
    if (!q.exec())
        return false;
    BankRow row;
    while (q.next()) {
        readPerson(q, row);
        row.representative = q.text(kPersonColumnCount);
        row.formId = q.integer(11);
        row.enteredOn = q.date(12);
        row.completedOn = q.date(13);
        row.results = q.text(14);
        row.caseLink = q.text(15);
        if (mentee) {
            row.request = q.text(16);
        } else {
            row.about = q.text(16).split(QStringLiteral("; "), Qt::SkipEmptyParts).join(QStringLiteral("; "));
            row.desiredAgeFrom = int(q.integer(17));
            row.desiredAgeTo = int(q.integer(18));
            row.timeResource = q.text(19);
        }
        if (!visit(row))
            break;
    }
    return true;
}

bool BankRepository::forEachPairMember(MemberRole role, int yearStart, const std::function<void(const BankRow &)> &visit) const
{
    SqlQuery q(m_db, QStringLiteral(
        "SELECT %1 FROM person p WHERE p.id IN (SELECT m.person_id FROM pair_member m JOIN mentoring_pair mp ON "
        "mp.id = m.pair_id JOIN academic_year y ON y.id = mp.academic_year_id WHERE y.start_year = :y AND m.role = :role)")
                         .arg(QLatin1String(kPersonColumns)));
    q.bind(QStringLiteral(":y"), yearStart).bind(QStringLiteral(":role"), Codes::code(role));
    if (!q.exec())
        return false;
    BankRow row;
    while (q.next()) {
        readPerson(q, row);
        visit(row);
    }
    return true;
}

qint64 BankRepository::count(MemberRole role, int yearStart) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM %1 m JOIN academic_year y ON y.id = m.academic_year_id "
                                    "WHERE y.start_year = :y")
                         .arg(role == MemberRole::Mentee ? QLatin1String("mentee_profile") : QLatin1String("mentor_profile")));
    q.bind(QStringLiteral(":y"), yearStart);
    return q.exec() && q.next() ? q.integer(0) : 0;
}
