#include "services/RegistryService.h"

#include "domain/Ages.h"
#include "domain/ClassName.h"
#include "domain/MenteeProfile.h"
#include "domain/MentorProfile.h"
#include "domain/TextFold.h"
#include "storage/AcademicYearRepository.h"
#include "storage/PairRepository.h"
#include "storage/PartnerRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <thread>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("RegistryService", text); }

using Type = RegistryColumn::Type;

// Labels looked up once per load instead of once per row: translation lookups are not free.
class Labels
{
public:
    Labels()
    {
        for (PersonCategory c : Codes::allPersonCategories())
            m_categories.insert(int(c), Codes::label(c));
        for (ConsentStatus s : {ConsentStatus::Missing, ConsentStatus::Valid, ConsentStatus::Expired, ConsentStatus::Withdrawn})
            m_consents.insert(int(s), Codes::label(s));
        for (RecordStatus s : {RecordStatus::Active, RecordStatus::Archived})
            m_statuses.insert(int(s), Codes::label(s));
        for (const QString &tag : Codes::personTagCodes())
            m_tags.insert(tag, Codes::personTagLabel(tag));
    }
    QString of(PersonCategory c) const { return m_categories.value(int(c)); }
    QString of(ConsentStatus s) const { return m_consents.value(int(s)); }
    QString of(RecordStatus s) const { return m_statuses.value(int(s)); }
    QString tags(const QStringList &codes) const
    {
        QStringList labels;
        for (const QString &t : codes)
            labels << m_tags.value(t, t);
        return labels.join(QStringLiteral(", "));
    }

private:
    QHash<int, QString> m_categories, m_consents, m_statuses;
    QHash<QString, QString> m_tags;
};

QVariant ageCell(const PersonSummary &p, const QDate &today)
{
    const auto age = Ages::ageOn(p.birthDate, today);
    return age ? QVariant(*age) : QVariant();
}

// The common part of every person's row: what the filters need and what the search looks in.
RegistryRecord personRecord(const PersonSummary &p, const QHash<qint64, ConsentStatus> &consents)
{
    RegistryRecord r;
    r.id = p.id;
    r.category = Codes::code(p.category);
    r.className = p.category == PersonCategory::Pupil ? p.className : QString();
    r.status = p.status;
    r.consent = consents.value(p.id, ConsentStatus::Missing);
    r.sortKey = p.nameKey;
    r.searchKey = p.nameKey + QLatin1Char(' ')
                  + TextFold::fold(p.className + QLatin1Char(' ') + p.position + QLatin1Char(' ') + p.phone
                                   + QLatin1Char(' ') + p.email);
    return r;
}

QList<QPair<QString, QString>> categoryChoices()
{
    QList<QPair<QString, QString>> list;
    for (PersonCategory c : Codes::allPersonCategories())
        list.append({Codes::code(c), Codes::label(c)});
    return list;
}

// Classes in school order: 1А, 1Б, …, 2А, … 11Б.
QStringList classesOf(const std::vector<RegistryRecord> &records)
{
    QSet<QString> set;
    for (const RegistryRecord &r : records)
        if (!r.className.isEmpty())
            set.insert(r.className);
    QStringList list(set.begin(), set.end());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        const auto ca = ClassName::parse(a), cb = ClassName::parse(b);
        const int ga = ca ? ca->grade : 99, gb = cb ? cb->grade : 99;
        return ga != gb ? ga < gb : a < b;
    });
    return list;
}

// The records of the people, in their order, built on both cores for a long list: the second half on
// a thread of its own (not the pool's: the registry's loader runs on the pool and waits here).
template<typename Build>
std::vector<RegistryRecord> recordsOf(const QList<PersonSummary> &people, const Build &build)
{
    std::vector<RegistryRecord> records(size_t(people.size()));
    auto fill = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i)
            records[size_t(i)] = build(people.at(i));
    };
    const qsizetype half = people.size() < 20000 ? people.size() : people.size() / 2;
    std::thread second;
    if (half < people.size())
        second = std::thread(fill, half, people.size());
    fill(0, half);
    if (second.joinable())
        second.join();
    return records;
}

QString roleOrClass(const PersonSummary &p)
{
    return p.category == PersonCategory::Pupil ? p.className : p.position;
}
}

RegistryTable RegistryService::load(RegistryKind kind, int yearStart, const QDate &today) const
{
    switch (kind) {
    case RegistryKind::People: return people(today);
    case RegistryKind::Mentees: return mentees(yearStart, today);
    case RegistryKind::Mentors: return mentors(yearStart, today);
    case RegistryKind::Partners: return partners();
    }
    return {};
}

RegistryTable RegistryService::people(const QDate &today) const
{
    RegistryTable t;
    t.kind = RegistryKind::People;
    t.columns = {{tr("ФИО")}, {tr("Категория")}, {tr("Класс / должность")}, {tr("Дата рождения"), Type::Date},
                 {tr("Возраст"), Type::Number}, {tr("Телефон")}, {tr("E-mail")}, {tr("Согласие")},
                 {tr("Особые группы")}, {tr("Статус")}};
    t.consentColumn = 7;
    t.categories = categoryChoices();
    PersonRepository repo(m_db->connection());
    const auto consents = repo.consentStatuses(today);
    const Labels labels;
    PersonFilter everyone;
    everyone.ordered = false;
    t.records = recordsOf(repo.summaries(everyone), [&](const PersonSummary &p) {
        RegistryRecord r = personRecord(p, consents);
        r.cells = {p.fullName, labels.of(p.category), roleOrClass(p), p.birthDate, ageCell(p, today),
                   p.phone, p.email, labels.of(r.consent), labels.tags(p.tags), labels.of(p.status)};
        return r;
    });
    t.classes = classesOf(t.records);
    return t;
}

RegistryTable RegistryService::mentees(int yearStart, const QDate &today) const
{
    RegistryTable t;
    t.kind = RegistryKind::Mentees;
    t.columns = {{tr("ФИО")}, {tr("Категория")}, {tr("Класс / должность")}, {tr("Возраст"), Type::Number},
                 {tr("Ключевой запрос")}, {tr("Желаемая форма")}, {tr("Наставник")},
                 {tr("Дата вхождения"), Type::Date}, {tr("Согласие")}, {tr("Статус")}};
    t.consentColumn = 8;
    t.categories = categoryChoices();
    PersonRepository people(m_db->connection());
    PersonFilter filter;
    filter.profileRole = MemberRole::Mentee;
    filter.profileYear = yearStart;
    filter.ordered = false;
    const Labels labels;
    QHash<qint64, MenteeProfile> profiles;
    for (const MenteeProfile &m : ProfileRepository(m_db->connection()).mentees(yearStart))
        profiles.insert(m.personId, m);
    QHash<qint64, QString> formTitles;
    for (const MentoringForm &f : ReferenceRepository(m_db->connection()).forms())
        formTitles.insert(f.id, f.title);
    const auto mentorsOf = PairRepository(m_db->connection()).partnerNamesByPerson(yearStart, MemberRole::Mentee);
    const auto consents = people.consentStatuses(today);
    t.records = recordsOf(people.summaries(filter), [&](const PersonSummary &p) {
        const MenteeProfile m = profiles.value(p.id);
        RegistryRecord r = personRecord(p, consents);
        r.status = m.status;
        r.searchKey += QLatin1Char(' ') + TextFold::fold(m.request);
        r.cells = {p.fullName, labels.of(p.category), roleOrClass(p), ageCell(p, today), m.request,
                   formTitles.value(m.desiredFormId), mentorsOf.value(p.id).join(QStringLiteral(", ")),
                   m.enteredOn, labels.of(r.consent), labels.of(m.status)};
        return r;
    });
    t.classes = classesOf(t.records);
    return t;
}

RegistryTable RegistryService::mentors(int yearStart, const QDate &today) const
{
    RegistryTable t;
    t.kind = RegistryKind::Mentors;
    t.columns = {{tr("ФИО")}, {tr("Категория")}, {tr("Место работы / учёбы")}, {tr("Компетенции")},
                 {tr("Желаемый возраст")}, {tr("Ресурс времени")}, {tr("Ёмкость"), Type::Number},
                 {tr("Наставляемые")}, {tr("Обучение")}, {tr("Согласие")}, {tr("Статус")}};
    t.consentColumn = 9;
    t.categories = categoryChoices();
    PersonRepository people(m_db->connection());
    PersonFilter filter;
    filter.profileRole = MemberRole::Mentor;
    filter.profileYear = yearStart;
    filter.ordered = false;
    const Labels labels;
    QHash<qint64, MentorProfile> profiles;
    for (const MentorProfile &m : ProfileRepository(m_db->connection()).mentors(yearStart))
        profiles.insert(m.personId, m);
    QHash<qint64, QString> partnerNames;
    for (const Partner &p : PartnerRepository(m_db->connection()).list())
        partnerNames.insert(p.id, p.name);
    const auto menteesOf = PairRepository(m_db->connection()).partnerNamesByPerson(yearStart, MemberRole::Mentor);
    const auto consents = people.consentStatuses(today);
    // Translated once here: the records are built on two threads.
    const QString pupilPlace = tr("%1 класс"), schoolPlace = tr("школа"), trained = tr("пройдено"), untrained = tr("нет");
    t.records = recordsOf(people.summaries(filter), [&](const PersonSummary &p) {
        const MentorProfile m = profiles.value(p.id);
        RegistryRecord r = personRecord(p, consents);
        r.status = m.status;
        r.searchKey += QLatin1Char(' ') + TextFold::fold(m.competencies + QLatin1Char(' ') + m.interests);
        QString place = p.partnerId ? partnerNames.value(p.partnerId) : p.workplace;
        if (place.isEmpty())
            place = p.category == PersonCategory::Pupil ? pupilPlace.arg(p.className) : schoolPlace;
        if (!p.position.isEmpty())
            place += QStringLiteral(", ") + p.position;
        const QString ages = m.desiredAgeFrom || m.desiredAgeTo
                                 ? QStringLiteral("%1–%2").arg(m.desiredAgeFrom).arg(m.desiredAgeTo) : QString();
        r.cells = {p.fullName, labels.of(p.category), place, m.competencies, ages, m.timeResource,
                   m.capacity, menteesOf.value(p.id).join(QStringLiteral(", ")),
                   m.trainingDone ? trained : untrained, labels.of(r.consent), labels.of(m.status)};
        return r;
    });
    t.classes = classesOf(t.records);
    return t;
}

RegistryTable RegistryService::partners() const
{
    RegistryTable t;
    t.kind = RegistryKind::Partners;
    t.columns = {{tr("Название")}, {tr("Тип")}, {tr("Договор №")}, {tr("Дата договора"), Type::Date},
                 {tr("Контактное лицо")}, {tr("Телефон")}, {tr("E-mail")}, {tr("Статус")}};
    for (PartnerKind k : Codes::allPartnerKinds())
        t.categories.append({Codes::code(k), Codes::label(k)});
    for (const Partner &p : PartnerRepository(m_db->connection()).list()) {
        RegistryRecord r;
        r.id = p.id;
        r.category = Codes::code(p.kind);
        r.status = p.status;
        r.sortKey = TextFold::fold(p.name);
        r.searchKey = TextFold::fold(p.name + QLatin1Char(' ') + p.contactPerson + QLatin1Char(' ') + p.agreementNumber);
        r.cells = {p.name, Codes::label(p.kind), p.agreementNumber, p.agreementDate, p.contactPerson, p.phone,
                   p.email, Codes::label(p.status)};
        t.records.push_back(std::move(r));
    }
    return t;
}

QList<AcademicYear> RegistryService::years() const
{
    return AcademicYearRepository(m_db->connection()).list();
}
