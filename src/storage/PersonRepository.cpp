#include "storage/PersonRepository.h"

#include "domain/TextFold.h"
#include "storage/SqlQuery.h"

#include <QDateTime>

namespace {
const char *const kColumns =
    "id, last_name, first_name, patronymic, birth_date, sex, category, class_name, position, "
    "pedagogical_since, workplace, partner_id, graduation_year, phone, email, status, notes";

Person readPerson(const SqlQuery &q)
{
    Person p;
    p.id = q.integer(0);
    p.lastName = q.text(1);
    p.firstName = q.text(2);
    p.patronymic = q.text(3);
    p.birthDate = q.date(4);
    p.sex = q.text(5);
    p.category = Codes::personCategory(q.text(6)).value_or(PersonCategory::Pupil);
    p.className = q.text(7);
    p.position = q.text(8);
    p.pedagogicalSince = q.date(9);
    p.workplace = q.text(10);
    p.partnerId = q.integer(11);
    p.graduationYear = int(q.integer(12));
    p.phone = q.text(13);
    p.email = q.text(14);
    p.status = Codes::recordStatus(q.text(15));
    p.notes = q.text(16);
    return p;
}

void bindPerson(SqlQuery &q, const Person &p)
{
    q.bind(QStringLiteral(":last"), p.lastName.trimmed())
        .bind(QStringLiteral(":first"), p.firstName.trimmed())
        .bind(QStringLiteral(":patronymic"), SqlQuery::textOrNull(p.patronymic))
        .bind(QStringLiteral(":key"), TextFold::nameKey(p.lastName, p.firstName, p.patronymic))
        .bind(QStringLiteral(":birth"), SqlQuery::dateValue(p.birthDate))
        .bind(QStringLiteral(":sex"), SqlQuery::textOrNull(p.sex))
        .bind(QStringLiteral(":category"), Codes::code(p.category))
        .bind(QStringLiteral(":class"), SqlQuery::textOrNull(p.className))
        .bind(QStringLiteral(":position"), SqlQuery::textOrNull(p.position))
        .bind(QStringLiteral(":since"), SqlQuery::dateValue(p.pedagogicalSince))
        .bind(QStringLiteral(":workplace"), SqlQuery::textOrNull(p.workplace))
        .bind(QStringLiteral(":partner"), SqlQuery::idOrNull(p.partnerId))
        .bind(QStringLiteral(":graduation"), p.graduationYear > 0 ? QVariant(p.graduationYear) : QVariant())
        .bind(QStringLiteral(":phone"), SqlQuery::textOrNull(p.phone))
        .bind(QStringLiteral(":email"), SqlQuery::textOrNull(p.email))
        .bind(QStringLiteral(":status"), Codes::code(p.status))
        .bind(QStringLiteral(":notes"), SqlQuery::textOrNull(p.notes))
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

Consent readConsent(const SqlQuery &q)
{
    Consent c;
    c.id = q.integer(0);
    c.personId = q.integer(1);
    c.signerPersonId = q.integer(2);
    c.signedOn = q.date(3);
    c.scope = q.text(4);
    c.validUntil = q.date(5);
    c.withdrawnOn = q.date(6);
    return c;
}

void bindConsent(SqlQuery &q, const Consent &c)
{
    q.bind(QStringLiteral(":person"), c.personId)
        .bind(QStringLiteral(":signer"), SqlQuery::idOrNull(c.signerPersonId))
        .bind(QStringLiteral(":signed"), SqlQuery::dateValue(c.signedOn))
        .bind(QStringLiteral(":scope"), SqlQuery::textOrNull(c.scope))
        .bind(QStringLiteral(":until"), SqlQuery::dateValue(c.validUntil))
        .bind(QStringLiteral(":withdrawn"), SqlQuery::dateValue(c.withdrawnOn));
}
}

Result<qint64> PersonRepository::insert(const Person &p)
{
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO person (last_name, first_name, patronymic, name_key, birth_date, sex, category, class_name, "
        "position, pedagogical_since, workplace, partner_id, graduation_year, phone, email, status, notes, "
        "created_at, updated_at) VALUES (:last, :first, :patronymic, :key, :birth, :sex, :category, :class, "
        ":position, :since, :workplace, :partner, :graduation, :phone, :email, :status, :notes, :now, :now)"));
    bindPerson(q, p);
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    const qint64 id = q.lastInsertId();
    if (Status s = writeTags(id, p.tags); !s)
        return Result<qint64>::failure(s.error());
    return id;
}

Status PersonRepository::update(const Person &p)
{
    SqlQuery q(m_db, QStringLiteral(
        "UPDATE person SET last_name = :last, first_name = :first, patronymic = :patronymic, name_key = :key, "
        "birth_date = :birth, sex = :sex, category = :category, class_name = :class, position = :position, "
        "pedagogical_since = :since, workplace = :workplace, partner_id = :partner, graduation_year = :graduation, "
        "phone = :phone, email = :email, status = :status, notes = :notes, updated_at = :now WHERE id = :id"));
    bindPerson(q, p);
    q.bind(QStringLiteral(":id"), p.id);
    if (!q.exec())
        return q.status();
    return writeTags(p.id, p.tags);
}

Status PersonRepository::setStatus(qint64 id, RecordStatus status)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE person SET status = :status, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":status"), Codes::code(status))
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(QStringLiteral(":id"), id);
    q.exec();
    return q.status();
}

Status PersonRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM person WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    q.exec();
    return q.status();
}

std::optional<Person> PersonRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM person WHERE id = :id").arg(QLatin1String(kColumns)));
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Person p = readPerson(q);
    SqlQuery tags(m_db, QStringLiteral("SELECT tag FROM person_tag WHERE person_id = :id ORDER BY tag"));
    tags.bind(QStringLiteral(":id"), id);
    tags.exec();
    while (tags.next())
        p.tags << tags.text(0);
    return p;
}

SqlQuery PersonRepository::selectPeople(const char *columns, const PersonFilter &f, const char *tail) const
{
    QString sql = QStringLiteral("SELECT %1 FROM person WHERE 1 = 1").arg(QLatin1String(columns));
    if (!f.search.trimmed().isEmpty())
        sql += QStringLiteral(" AND name_key LIKE :search ESCAPE '\\'");
    if (f.category)
        sql += QStringLiteral(" AND category = :category");
    if (f.status)
        sql += QStringLiteral(" AND status = :status");
    if (f.profileRole)
        sql += QStringLiteral(" AND id IN (SELECT p.person_id FROM %1 p JOIN academic_year y ON y.id = "
                              "p.academic_year_id WHERE y.start_year = :year)")
                   .arg(*f.profileRole == MemberRole::Mentee ? QLatin1String("mentee_profile")
                                                             : QLatin1String("mentor_profile"));
    if (f.pairRole)
        sql += QStringLiteral(" AND id IN (SELECT m.person_id FROM pair_member m JOIN mentoring_pair p ON p.id = m.pair_id "
                              "JOIN academic_year y ON y.id = p.academic_year_id WHERE y.start_year = :pairYear AND "
                              "m.role = :pairRole)");
    if (f.idAbove)
        sql += QStringLiteral(" AND id > :idAbove");
    if (f.idUpTo)
        sql += QStringLiteral(" AND id <= :idUpTo");
    sql += QLatin1String(tail);
    if (f.ordered)
        sql += QStringLiteral(" ORDER BY name_key, id");
    if (f.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(f.limit);
    SqlQuery q(m_db, sql);
    if (!f.search.trimmed().isEmpty()) {
        QString pattern = TextFold::fold(f.search);
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        q.bind(QStringLiteral(":search"), QStringLiteral("%") + pattern + QStringLiteral("%"));
    }
    if (f.category)
        q.bind(QStringLiteral(":category"), Codes::code(*f.category));
    if (f.status)
        q.bind(QStringLiteral(":status"), Codes::code(*f.status));
    if (f.profileRole)
        q.bind(QStringLiteral(":year"), f.profileYear);
    if (f.pairRole)
        q.bind(QStringLiteral(":pairYear"), f.pairYear).bind(QStringLiteral(":pairRole"), Codes::code(*f.pairRole));
    if (f.idAbove)
        q.bind(QStringLiteral(":idAbove"), f.idAbove);
    if (f.idUpTo)
        q.bind(QStringLiteral(":idUpTo"), f.idUpTo);
    return q;
}

std::optional<PersonRepository::Halves> PersonRepository::halves(const PersonFilter &filter, int atLeast) const
{
    PersonFilter f = filter;
    f.ordered = false;
    f.limit = 0;
    SqlQuery count = selectPeople("count(*)", f);
    if (!count.exec() || !count.next() || count.integer(0) < atLeast)
        return std::nullopt;
    const qint64 below = count.integer(0) / 2;
    // In id order, which is the table's own: no sorting, the rows stepped over are a few milliseconds.
    SqlQuery middle = selectPeople("id", f, " ORDER BY id LIMIT 1 OFFSET :below");
    middle.bind(QStringLiteral(":below"), below - 1);
    if (!middle.exec() || !middle.next())
        return std::nullopt;
    return Halves{middle.integer(0), count.integer(0) - below};
}

QList<Person> PersonRepository::list(const PersonFilter &f) const
{
    QList<Person> people;
    SqlQuery q = selectPeople(kColumns, f);
    if (!q.exec())
        return people;
    const auto tags = allTags();
    while (q.next()) {
        people.append(readPerson(q));
        people.last().tags = tags.value(people.last().id);
    }
    return people;
}

QList<PersonSummary> PersonRepository::summaries(const PersonFilter &f) const
{
    QList<PersonSummary> people;
    SqlQuery q = selectPeople("id, last_name || ' ' || first_name || coalesce(' ' || patronymic, ''), name_key, "
                              "birth_date, category, class_name, position, workplace, partner_id, phone, email, "
                              "status", f);
    if (!q.exec())
        return people;
    const auto tags = allTags();
    while (q.next()) {
        PersonSummary p;
        p.id = q.integer(0);
        p.fullName = q.text(1);
        p.nameKey = q.text(2);
        p.birthDate = q.date(3);
        p.category = Codes::personCategory(q.text(4)).value_or(PersonCategory::Pupil);
        p.className = q.text(5);
        p.position = q.text(6);
        p.workplace = q.text(7);
        p.partnerId = q.integer(8);
        p.phone = q.text(9);
        p.email = q.text(10);
        p.status = Codes::recordStatus(q.text(11));
        p.tags = tags.value(p.id);
        people.append(std::move(p));
    }
    return people;
}

Status PersonRepository::writeTags(qint64 personId, const QStringList &tags)
{
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM person_tag WHERE person_id = :id"));
    clear.bind(QStringLiteral(":id"), personId);
    if (!clear.exec())
        return clear.status();
    for (const QString &tag : tags) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO person_tag (person_id, tag) VALUES (:id, :tag)"));
        q.bind(QStringLiteral(":id"), personId).bind(QStringLiteral(":tag"), tag);
        if (!q.exec())
            return q.status();
    }
    return {};
}

QHash<qint64, QStringList> PersonRepository::allTags() const
{
    QHash<qint64, QStringList> tags;
    SqlQuery q(m_db, QStringLiteral("SELECT person_id, tag FROM person_tag ORDER BY person_id, tag"));
    if (q.exec())
        while (q.next())
            tags[q.integer(0)] << q.text(1);
    return tags;
}

Status PersonRepository::addRepresentative(const Representation &r)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO legal_representative (minor_id, representative_id, relation) "
                                    "VALUES (:minor, :rep, :relation)"));
    q.bind(QStringLiteral(":minor"), r.minorId)
        .bind(QStringLiteral(":rep"), r.representativeId)
        .bind(QStringLiteral(":relation"), SqlQuery::textOrNull(r.relation));
    q.exec();
    return q.status();
}

Status PersonRepository::removeRepresentative(qint64 minorId, qint64 representativeId)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM legal_representative WHERE minor_id = :minor AND representative_id = :rep"));
    q.bind(QStringLiteral(":minor"), minorId).bind(QStringLiteral(":rep"), representativeId);
    q.exec();
    return q.status();
}

QList<Representation> PersonRepository::representativesOf(qint64 minorId) const
{
    QList<Representation> list;
    SqlQuery q(m_db, QStringLiteral("SELECT minor_id, representative_id, relation FROM legal_representative "
                                    "WHERE minor_id = :minor ORDER BY id"));
    q.bind(QStringLiteral(":minor"), minorId);
    if (q.exec())
        while (q.next())
            list.append({q.integer(0), q.integer(1), q.text(2)});
    return list;
}

Result<qint64> PersonRepository::addConsent(const Consent &c)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO consent (person_id, signer_person_id, signed_on, scope, valid_until, "
                                    "withdrawn_on) VALUES (:person, :signer, :signed, :scope, :until, :withdrawn)"));
    bindConsent(q, c);
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    return q.lastInsertId();
}

Status PersonRepository::updateConsent(const Consent &c)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE consent SET person_id = :person, signer_person_id = :signer, "
                                    "signed_on = :signed, scope = :scope, valid_until = :until, "
                                    "withdrawn_on = :withdrawn WHERE id = :id"));
    bindConsent(q, c);
    q.bind(QStringLiteral(":id"), c.id);
    q.exec();
    return q.status();
}

Status PersonRepository::removeConsent(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM consent WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    q.exec();
    return q.status();
}

QList<Consent> PersonRepository::consentsOf(qint64 personId) const
{
    QList<Consent> list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, person_id, signer_person_id, signed_on, scope, valid_until, "
                                    "withdrawn_on FROM consent WHERE person_id = :person ORDER BY signed_on, id"));
    q.bind(QStringLiteral(":person"), personId);
    if (q.exec())
        while (q.next())
            list.append(readConsent(q));
    return list;
}

QHash<qint64, ConsentStatus> PersonRepository::consentStatuses(const QDate &on) const
{
    QHash<qint64, ConsentTally> tallies;
    SqlQuery q(m_db, QStringLiteral("SELECT person_id, signed_on, valid_until, withdrawn_on FROM consent"));
    if (q.exec())
        while (q.next()) {
            Consent c;
            c.signedOn = q.date(1);
            c.validUntil = q.date(2);
            c.withdrawnOn = q.date(3);
            tallies[q.integer(0)].add(c, on);
        }
    QHash<qint64, ConsentStatus> statuses;
    statuses.reserve(tallies.size());
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        statuses.insert(it.key(), it->status());
    return statuses;
}
