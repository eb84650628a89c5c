#include "services/PeopleService.h"

#include "domain/PersonValidator.h"
#include "services/Audit.h"
#include "storage/AchievementRepository.h"

#include <QCoreApplication>

static QString tr(const char *text) { return QCoreApplication::translate("PeopleService", text); }

QStringList PeopleService::validate(const Person &person, bool hasLegalRepresentative) const
{
    return PersonValidator::validate(person, {QDate::currentDate(), hasLegalRepresentative});
}

Result<SavedPerson> PeopleService::save(const PersonDraft &d)
{
    using R = Result<SavedPerson>;
    const bool isNew = d.person.id == 0;
    const bool hasRepresentative = d.newRepresentative || (!isNew && !repo().representativesOf(d.person.id).isEmpty());
    QStringList errors = validate(d.person, hasRepresentative);
    if (d.newRepresentative) {
        for (const QString &e : validate(*d.newRepresentative, false))
            errors << tr("Законный представитель: %1").arg(e);
    }
    if (!errors.isEmpty())
        return R::failure(errors.join(QLatin1Char('\n')));
    const auto before = isNew ? std::nullopt : repo().find(d.person.id);
    if (!isNew && !before)
        return R::failure(tr("Участник не найден: возможно, его уже удалили."));

    SavedPerson saved;
    const Status s = m_db->transaction([&]() -> Status {
        if (isNew) {
            auto inserted = repo().insert(d.person);
            if (!inserted)
                return Status::failure(inserted.error());
            saved.personId = inserted.value();
        } else if (Status us = repo().update(d.person); !us) {
            return us;
        } else {
            saved.personId = d.person.id;
        }
        if (d.newRepresentative) {
            auto rep = repo().insert(*d.newRepresentative);
            if (!rep)
                return Status::failure(rep.error());
            saved.representativeId = rep.value();
            if (Status rs = repo().addRepresentative({saved.personId, rep.value(), d.relation}); !rs)
                return rs;
            if (Status as = audit(*m_db, QStringLiteral("person"), rep.value(), QStringLiteral("create")); !as)
                return as;
        }
        if (d.consent) {
            Consent c = *d.consent;
            c.personId = saved.personId;
            if (c.signerPersonId == -1) // signed by the representative created just now
                c.signerPersonId = saved.representativeId;
            if (c.id) {
                if (Status us = repo().updateConsent(c); !us)
                    return us;
            } else if (auto added = repo().addConsent(c); !added) {
                return Status::failure(added.error());
            } else {
                saved.consentId = added.value();
            }
        }
        QStringList fields = isNew ? QStringList() : changedFields(*before, d.person);
        if (d.newRepresentative)
            fields << QStringLiteral("legal_representative");
        if (d.consent)
            fields << QStringLiteral("consent");
        return audit(*m_db, QStringLiteral("person"), saved.personId,
                     isNew ? QStringLiteral("create") : QStringLiteral("update"), fields.join(QStringLiteral(", ")));
    });
    return s ? R(saved) : R::failure(s.error());
}

Status PeopleService::update(const Person &person)
{
    const auto before = repo().find(person.id);
    if (!before)
        return Status::failure(tr("Участник не найден: возможно, его уже удалили."));
    const QStringList errors = validate(person, !repo().representativesOf(person.id).isEmpty());
    if (!errors.isEmpty())
        return Status::failure(errors.join(QLatin1Char('\n')));
    return m_db->transaction([&]() -> Status {
        if (Status s = repo().update(person); !s)
            return s;
        return audit(*m_db, QStringLiteral("person"), person.id, QStringLiteral("update"),
                     changedFields(*before, person).join(QStringLiteral(", ")));
    });
}

Status PeopleService::setArchived(const QList<qint64> &ids, bool archived)
{
    return m_db->transaction([&]() -> Status {
        for (qint64 id : ids) {
            if (Status s = repo().setStatus(id, archived ? RecordStatus::Archived : RecordStatus::Active); !s)
                return s;
            if (Status s = audit(*m_db, QStringLiteral("person"), id,
                                 archived ? QStringLiteral("archive") : QStringLiteral("restore")); !s)
                return s;
        }
        return Status();
    });
}

Status PeopleService::revertEdit(const SavedPerson &saved, const Person &before, const std::optional<Consent> &consentBefore)
{
    return m_db->transaction([&]() -> Status {
        if (Status s = repo().update(before); !s)
            return s;
        // The added consent first: it may be signed by the representative added with it.
        if (saved.consentId) {
            if (Status s = repo().removeConsent(saved.consentId); !s)
                return s;
        } else if (consentBefore) {
            if (Status s = repo().updateConsent(*consentBefore); !s)
                return s;
        }
        if (saved.representativeId) {
            if (Status s = repo().removeRepresentative(before.id, saved.representativeId); !s)
                return s;
            if (Status s = removeAdded(saved.representativeId); !s)
                return s;
        }
        return audit(*m_db, QStringLiteral("person"), before.id, QStringLiteral("update"), QStringLiteral("undo"));
    });
}

Status PeopleService::removeAdded(qint64 id)
{
    return m_db->transaction([&]() -> Status {
        if (Status s = repo().remove(id); !s)
            return Status::failure(tr("Участника нельзя удалить: на него уже ссылаются другие записи."));
        return audit(*m_db, QStringLiteral("person"), id, QStringLiteral("delete"));
    });
}

std::optional<Person> PeopleService::find(qint64 id) const { return repo().find(id); }
QList<Representation> PeopleService::representativesOf(qint64 minorId) const { return repo().representativesOf(minorId); }
QList<Consent> PeopleService::consentsOf(qint64 personId) const { return repo().consentsOf(personId); }
QList<Person> PeopleService::list(const PersonFilter &filter) const { return repo().list(filter); }

QStringList PeopleService::changedFields(const Person &a, const Person &b)
{
    QStringList fields;
    auto check = [&](bool differs, const char *name) {
        if (differs)
            fields << QLatin1String(name);
    };
    check(a.lastName != b.lastName, "last_name");
    check(a.firstName != b.firstName, "first_name");
    check(a.patronymic != b.patronymic, "patronymic");
    check(a.birthDate != b.birthDate, "birth_date");
    check(a.sex != b.sex, "sex");
    check(a.category != b.category, "category");
    check(a.className != b.className, "class_name");
    check(a.position != b.position, "position");
    check(a.pedagogicalSince != b.pedagogicalSince, "pedagogical_since");
    check(a.workplace != b.workplace, "workplace");
    check(a.partnerId != b.partnerId, "partner_id");
    check(a.graduationYear != b.graduationYear, "graduation_year");
    check(a.phone != b.phone, "phone");
    check(a.email != b.email, "email");
    check(a.tags != b.tags, "tags");
    check(a.status != b.status, "status");
    check(a.notes != b.notes, "notes");
    return fields;
}

QList<Achievement> PeopleService::achievementsOf(qint64 personId) const
{
    return AchievementRepository(m_db->connection()).ofPerson(personId);
}

Result<qint64> PeopleService::addAchievement(const Achievement &a)
{
    if (const Status checked = Achievements::check(a, QDate::currentDate()); !checked)
        return Result<qint64>::failure(checked.error());
    if (!find(a.personId))
        return Result<qint64>::failure(tr("Участник не найден."));
    qint64 id = 0;
    const Status written = m_db->transaction([&]() -> Status {
        const auto inserted = AchievementRepository(m_db->connection()).insert(a);
        if (!inserted)
            return Status::failure(inserted.error());
        id = inserted.value();
        return audit(*m_db, QStringLiteral("person"), a.personId, QStringLiteral("achievement"), a.kind);
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.error());
}

Status PeopleService::removeAchievement(const Achievement &a)
{
    return m_db->transaction([&]() -> Status {
        if (const Status s = AchievementRepository(m_db->connection()).remove(a.id); !s)
            return s;
        return audit(*m_db, QStringLiteral("person"), a.personId, QStringLiteral("achievement_removed"), a.kind);
    });
}
