#include "services/RegistryService.h"

#include "domain/Ages.h"
#include "domain/ClassName.h"
#include "domain/MenteeProfile.h"
#include "domain/MentorProfile.h"
#include "domain/TextFold.h"
#include "domain/TextHash.h"
#include "services/HugePageHeap.h"
#include "storage/AcademicYearRepository.h"
#include "storage/PairRepository.h"
#include "storage/PartnerRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <algorithm>
#include <future>
#include <thread>
#include <unordered_set>

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
    std::unordered_set<QString, TextHash> set;
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

QString roleOrClass(const PersonSummary &p)
{
    return p.category == PersonCategory::Pupil ? p.className : p.position;
}
}

using Consents = QHash<qint64, ConsentStatus>;

// The records of the people the filter chooses, in the order read. A long registry of the school's
// file is read in two halves at once, the upper one on a second connection on a thread of its own
// (not the pool's: the registry's loader runs on the pool and waits here), for reading the rows is
// most of the time of opening it; each half builds its own records.
template<typename Build>
std::vector<RegistryRecord> RegistryService::records(PersonFilter filter, const QDate &today, const Build &build) const
{
    constexpr int kSplitFrom = 20000;
    HugePageHeap::adviseThisThread(); // the loader's thread, as the second one below
    PersonRepository repo(m_db->connection());
    filter.ordered = false;
    const auto halves = m_db->isServer() ? std::nullopt : repo.halves(filter, kSplitFrom);
    auto buildAll = [&build](const QList<PersonSummary> &people, const Consents &consents) {
        std::vector<RegistryRecord> built;
        built.reserve(size_t(people.size()));
        for (const PersonSummary &p : people)
            built.push_back(build(p, consents));
        return built;
    };
    std::promise<Consents> consentsRead;
    std::shared_future<Consents> consents = consentsRead.get_future().share();
    std::optional<std::vector<RegistryRecord>> upper;
    std::thread second;
    PersonFilter upperFilter = filter;
    if (halves) {
        upperFilter.idAbove = halves->middleId;
        filter.idUpTo = halves->middleId;
        second = std::thread([&] {
            HugePageHeap::adviseThisThread();
            const auto opened = m_db->address().openReadOnly();
            if (!opened)
                return; // read below on this connection instead
            const QList<PersonSummary> people = PersonRepository(opened.value()->connection()).summaries(upperFilter);
            if (people.size() == halves->above) // else a failed read, or a write in between: read below
                upper = buildAll(people, consents.get());
        });
    }
    consentsRead.set_value(repo.consentStatuses(today));
    std::vector<RegistryRecord> all = buildAll(repo.summaries(filter), consents.get());
    if (second.joinable())
        second.join();
    if (halves && !upper)
        upper = buildAll(repo.summaries(upperFilter), consents.get());
    if (upper)
        std::move(upper->begin(), upper->end(), std::back_inserter(all));
    return all;
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
    const Labels labels;
    t.records = records(PersonFilter(), today, [&](const PersonSummary &p, const Consents &consents) {
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
    PersonFilter filter;
    filter.profileRole = MemberRole::Mentee;
    filter.profileYear = yearStart;
    const Labels labels;
    QHash<qint64, MenteeProfile> profiles;
    for (const MenteeProfile &m : ProfileRepository(m_db->connection()).mentees(yearStart))
        profiles.insert(m.personId, m);
    QHash<qint64, QString> formTitles;
    for (const MentoringForm &f : ReferenceRepository(m_db->connection()).forms())
        formTitles.insert(f.id, f.title);
    const auto mentorsOf = PairRepository(m_db->connection()).partnerNamesByPerson(yearStart, MemberRole::Mentee);
    t.records = records(filter, today, [&](const PersonSummary &p, const Consents &consents) {
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
    PersonFilter filter;
    filter.profileRole = MemberRole::Mentor;
    filter.profileYear = yearStart;
    const Labels labels;
    QHash<qint64, MentorProfile> profiles;
    for (const MentorProfile &m : ProfileRepository(m_db->connection()).mentors(yearStart))
        profiles.insert(m.personId, m);
    QHash<qint64, QString> partnerNames;
    for (const Partner &p : PartnerRepository(m_db->connection()).list())
        partnerNames.insert(p.id, p.name);
    const auto menteesOf = PairRepository(m_db->connection()).partnerNamesByPerson(yearStart, MemberRole::Mentor);
    // Translated once here: the records are built on two threads.
    const QString pupilPlace = tr("%1 класс"), schoolPlace = tr("школа"), trained = tr("пройдено"), untrained = tr("нет");
    t.records = records(filter, today, [&](const PersonSummary &p, const Consents &consents) {
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
