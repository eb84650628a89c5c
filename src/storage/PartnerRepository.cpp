#include "storage/PartnerRepository.h"

#include "domain/TextFold.h"
#include "storage/SqlQuery.h"

namespace {
const char *const kColumns = "id, name, kind, agreement_number, agreement_date, contact_person, phone, email, "
                             "address, status, notes";

Partner readPartner(const SqlQuery &q)
{
    Partner p;
    p.id = q.integer(0);
    p.name = q.text(1);
    p.kind = Codes::partnerKind(q.text(2)).value_or(PartnerKind::Other);
    p.agreementNumber = q.text(3);
    p.agreementDate = q.date(4);
    p.contactPerson = q.text(5);
    p.phone = q.text(6);
    p.email = q.text(7);
    p.address = q.text(8);
    p.status = Codes::recordStatus(q.text(9));
    p.notes = q.text(10);
    return p;
}

void bindPartner(SqlQuery &q, const Partner &p)
{
    q.bind(QStringLiteral(":name"), p.name.trimmed())
        .bind(QStringLiteral(":key"), TextFold::fold(p.name))
        .bind(QStringLiteral(":kind"), Codes::code(p.kind))
        .bind(QStringLiteral(":number"), SqlQuery::textOrNull(p.agreementNumber))
        .bind(QStringLiteral(":date"), SqlQuery::dateValue(p.agreementDate))
        .bind(QStringLiteral(":contact"), SqlQuery::textOrNull(p.contactPerson))
        .bind(QStringLiteral(":phone"), SqlQuery::textOrNull(p.phone))
        .bind(QStringLiteral(":email"), SqlQuery::textOrNull(p.email))
        .bind(QStringLiteral(":address"), SqlQuery::textOrNull(p.address))
        .bind(QStringLiteral(":status"), Codes::code(p.status))
        .bind(QStringLiteral(":notes"), SqlQuery::textOrNull(p.notes));
}
}

Result<qint64> PartnerRepository::insert(const Partner &p)
{
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO partner_organisation (name, name_key, kind, agreement_number, agreement_date, contact_person, "
        "phone, email, address, status, notes) VALUES (:name, :key, :kind, :number, :date, :contact, :phone, "
        ":email, :address, :status, :notes)"));
    bindPartner(q, p);
    if (!q.exec())
        return Result<qint64>::failure(q.error());
    return q.lastInsertId();
}

Status PartnerRepository::update(const Partner &p)
{
    SqlQuery q(m_db, QStringLiteral(
        "UPDATE partner_organisation SET name = :name, name_key = :key, kind = :kind, agreement_number = :number, "
        "agreement_date = :date, contact_person = :contact, phone = :phone, email = :email, address = :address, "
        "status = :status, notes = :notes WHERE id = :id"));
    bindPartner(q, p);
    q.bind(QStringLiteral(":id"), p.id);
    q.exec();
    return q.status();
}

Status PartnerRepository::setStatus(qint64 id, RecordStatus status)
{
    SqlQuery q(m_db, QStringLiteral("UPDATE partner_organisation SET status = :status WHERE id = :id"));
    q.bind(QStringLiteral(":status"), Codes::code(status)).bind(QStringLiteral(":id"), id);
    q.exec();
    return q.status();
}

Status PartnerRepository::remove(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM partner_organisation WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    q.exec();
    return q.status();
}

std::optional<Partner> PartnerRepository::find(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM partner_organisation WHERE id = :id").arg(QLatin1String(kColumns)));
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readPartner(q);
}

QList<Partner> PartnerRepository::list() const
{
    QList<Partner> list;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM partner_organisation ORDER BY name_key").arg(QLatin1String(kColumns)));
    if (q.exec())
        while (q.next())
            list.append(readPartner(q));
    return list;
}
