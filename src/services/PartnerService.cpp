#include "services/PartnerService.h"

#include "domain/PersonValidator.h"
#include "services/Audit.h"
#include "storage/PartnerRepository.h"

#include <QCoreApplication>

static QString tr(const char *text) { return QCoreApplication::translate("PartnerService", text); }

QStringList PartnerService::validate(const Partner &p)
{
    QStringList errors;
    if (p.name.trimmed().isEmpty())
        errors << tr("Укажите название организации.");
    if (p.agreementDate.isValid() && p.agreementDate > QDate::currentDate())
        errors << tr("Дата договора ещё не наступила.");
    if (!p.phone.trimmed().isEmpty() && !PersonValidator::normalizePhone(p.phone))
        errors << tr("Телефон «%1» не похож на российский номер: ожидается +7 и 10 цифр.").arg(p.phone);
    if (!p.email.trimmed().isEmpty() && !PersonValidator::isValidEmail(p.email))
        errors << tr("Адрес e-mail «%1» записан неверно.").arg(p.email);
    return errors;
}

Result<qint64> PartnerService::add(const Partner &partner)
{
    const QStringList errors = validate(partner);
    if (!errors.isEmpty())
        return Result<qint64>::failure(errors.join(QLatin1Char('\n')));
    qint64 id = 0;
    const Status s = m_db->transaction([&]() -> Status {
        auto inserted = PartnerRepository(m_db->connection()).insert(partner);
        if (!inserted)
            return Status::failure(inserted.error());
        id = inserted.value();
        return audit(*m_db, QStringLiteral("partner"), id, QStringLiteral("create"));
    });
    return s ? Result<qint64>(id) : Result<qint64>::failure(s.error());
}

Status PartnerService::update(const Partner &partner)
{
    const QStringList errors = validate(partner);
    if (!errors.isEmpty())
        return Status::failure(errors.join(QLatin1Char('\n')));
    return m_db->transaction([&]() -> Status {
        if (Status s = PartnerRepository(m_db->connection()).update(partner); !s)
            return s;
        return audit(*m_db, QStringLiteral("partner"), partner.id, QStringLiteral("update"));
    });
}

Status PartnerService::setArchived(const QList<qint64> &ids, bool archived)
{
    return m_db->transaction([&]() -> Status {
        const RecordStatus status = archived ? RecordStatus::Archived : RecordStatus::Active;
        for (qint64 id : ids) {
            if (Status s = PartnerRepository(m_db->connection()).setStatus(id, status); !s)
                return s;
            if (Status s = audit(*m_db, QStringLiteral("partner"), id,
                                 archived ? QStringLiteral("archive") : QStringLiteral("restore")); !s)
                return s;
        }
        return Status();
    });
}

Status PartnerService::removeAdded(qint64 id)
{
    return m_db->transaction([&]() -> Status {
        if (Status s = PartnerRepository(m_db->connection()).remove(id); !s)
            return Status::failure(tr("Организацию нельзя удалить: на неё уже ссылаются другие записи."));
        return audit(*m_db, QStringLiteral("partner"), id, QStringLiteral("delete"));
    });
}

std::optional<Partner> PartnerService::find(qint64 id) const { return PartnerRepository(m_db->connection()).find(id); }
QList<Partner> PartnerService::list() const { return PartnerRepository(m_db->connection()).list(); }
