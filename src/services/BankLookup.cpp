#include "services/BankLookup.h"
#include "services/HugePageHeap.h"

#include "storage/SchoolRepository.h"
#include "storage/PartnerRepository.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>
#include <thread>

namespace {
// The distinct non-empty texts, joined: the lists are a few items long, a linear look is cheapest.
template <typename Texts>
QString joinDistinct(const Texts &texts)
{
    QStringList parts;
    for (const QString &t : texts)
        if (!t.isEmpty() && !parts.contains(t))
            parts << t;
    return parts.size() == 1 ? parts.first() : parts.join(QStringLiteral("; "));
}
}

BankLookup::BankLookup(const DatabasePtr &db, int startYear, MemberRole bank) : m_bank(bank)
{
    const QSqlDatabase c = db->connection();
    m_organisation = SchoolRepository(c).home().name;
    m_pupilPlace = QCoreApplication::translate("RegistryExport", "%1, %2 класс").arg(m_organisation, QStringLiteral("%1"));
    for (const Partner &p : PartnerRepository(c).list())
        m_partners.insert(p.id, p.name);
    for (const MentoringForm &f : ReferenceRepository(c).forms())
        m_forms.insert(f.id, f.title);
    // The other side's people and the links are each half of the time: a school's file reads the
    // people on a second connection meanwhile (a thread of its own: the reports' worker waits here).
    std::optional<Others> others;
    std::thread second;
    if (!db->isServer())
        second = std::thread([&] {
            HugePageHeap::adviseThisThread();
            if (const auto opened = db->address().openReadOnly())
                others = readOthers(opened.value()->connection(), startYear);
        });
    PairRepository(c).forEachLink(startYear, [this](const PairLink &l) { m_links.push_back(l); });
    indexLinks();
    if (second.joinable())
        second.join();
    // A pair made between the two reads has people the second connection did not see: read again.
    if (!others || !std::all_of(m_links.begin(), m_links.end(), [&](const PairLink &l) {
            return l.role == m_bank || others->contains(l.personId);
        }))
        others = readOthers(c, startYear);
    m_others = std::move(*others);
}

BankLookup::Others BankLookup::readOthers(const QSqlDatabase &c, int startYear) const
{
    Others others;
    const MemberRole otherSide = m_bank == MemberRole::Mentee ? MemberRole::Mentor : MemberRole::Mentee;
    BankRepository(c).forEachPairMember(otherSide, startYear, [&](const BankRow &p) {
        others.insert(p.personId, {p.fullName, placeOf(p)});
    });
    return others;
}

void BankLookup::indexLinks()
{
    std::stable_sort(m_links.begin(), m_links.end(), [](const PairLink &a, const PairLink &b) { return a.personId < b.personId; });
    m_linksByPair.resize(m_links.size());
    for (size_t i = 0; i < m_links.size(); ++i)
        m_linksByPair[i] = int(i);
    std::stable_sort(m_linksByPair.begin(), m_linksByPair.end(),
                     [this](int a, int b) { return m_links[size_t(a)].pairId < m_links[size_t(b)].pairId; });
    // Where each person's and each pair's run of links begins and ends: one look-up a row instead
    // of a binary search through the whole year.
    for (int i = 0; i < int(m_links.size()); ++i) {
        auto &person = m_personLinks[m_links[size_t(i)].personId];
        person = {person.second > 0 ? person.first : i, i + 1};
        auto &pair = m_pairLinks[m_links[size_t(m_linksByPair[size_t(i)])].pairId];
        pair = {pair.second > 0 ? pair.first : i, i + 1};
    }
}

QString BankLookup::placeOf(const BankRow &p) const
{
    if (p.category == PersonCategory::Pupil)
        return m_pupilPlace.arg(p.className);
    QString place = p.partnerId ? m_partners.value(p.partnerId) : p.workplace;
    if (place.isEmpty())
        place = m_organisation;
    return p.position.isEmpty() ? place : place + QStringLiteral(", ") + p.position;
}

BankLookup::Pairs BankLookup::pairsOf(qint64 personId) const
{
    Pairs mine;
    const auto [from, to] = m_personLinks.value(personId);
    for (int i = from; i < to; ++i)
        if (m_links[size_t(i)].role == m_bank)
            mine.append(&m_links[size_t(i)]);
    return mine;
}

BankLookup::People BankLookup::partnersOf(const Pairs &pairs) const
{
    People others;
    for (const PairLink *mine : pairs) {
        const auto [from, to] = m_pairLinks.value(mine->pairId);
        for (int i = from; i < to; ++i) {
            const PairLink &other = m_links[size_t(m_linksByPair[size_t(i)])];
            if (other.role != m_bank && !others.contains(other.personId))
                others.append(other.personId);
        }
    }
    return others;
}

QString BankLookup::namesOf(const People &people) const
{
    QVarLengthArray<QString, 4> names;
    for (qint64 id : people)
        names.append(m_others.value(id).name);
    return joinDistinct(names);
}

QString BankLookup::placesOf(const People &people) const
{
    QVarLengthArray<QString, 4> places;
    for (qint64 id : people)
        places.append(m_others.value(id).place);
    return joinDistinct(places);
}

QString BankLookup::formsOf(const Pairs &pairs, qint64 fallbackForm) const
{
    QVarLengthArray<QString, 4> titles;
    for (const PairLink *l : pairs)
        titles.append(m_forms.value(l->formId));
    if (pairs.isEmpty() && fallbackForm)
        titles.append(m_forms.value(fallbackForm));
    return joinDistinct(titles);
}
