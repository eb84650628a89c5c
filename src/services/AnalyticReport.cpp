#include "services/AnalyticReport.h"

#include "domain/AcademicYear.h"
#include "domain/MenteeProfile.h"
#include "services/MatchProposal.h"
#include "storage/KpiRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace {

bool within(const QDate &d, const Kpi::Period &p) { return d.isValid() && d >= p.from && d <= p.to; }

// A plan counts as done from this share of its items, the target of domain.md.
constexpr double kPlanDoneShare = 0.9;

void countPairs(AnalyticFigures &f, const Kpi::Facts &facts, const QSet<qint64> &active, const QList<MentoringForm> &forms)
{
    QHash<QString, AnalyticFigures::FormLine> lines;
    for (const Kpi::PairFact &p : facts.pairs) {
        AnalyticFigures::FormLine &line = lines[p.formCode];
        const bool finished = (p.status == PairStatus::Completed || p.status == PairStatus::EndedEarly) && within(p.to, f.period);
        for (AnalyticFigures::FormLine *l : {&line, &f.total}) {
            l->formed += within(p.from, f.period) ? 1 : 0;
            l->active += active.contains(p.id) ? 1 : 0;
            l->groups += active.contains(p.id) && p.group ? 1 : 0;
            l->finished += finished ? 1 : 0;
        }
        f.endedEarly += finished && p.status == PairStatus::EndedEarly ? 1 : 0;
    }
    for (const MentoringForm &form : forms)
        if (const auto it = lines.constFind(form.code); it != lines.cend() && (it->formed || it->active || it->finished)) {
            f.byForm.append(*it);
            f.byForm.last().form = form.title;
        }
    if (const auto it = lines.constFind(QString()); it != lines.cend() && (it->formed || it->active || it->finished)) {
        f.byForm.append(*it);
        f.byForm.last().form = QCoreApplication::translate("AnalyticReport", "Форма не указана");
    }
}

void countPeople(AnalyticFigures &f, const Kpi::Facts &facts)
{
    QSet<qint64> mentees, mentors;
    for (const Kpi::Membership &m : facts.memberships)
        if (Kpi::takesPart(m, f.period))
            (m.role == MemberRole::Mentee ? mentees : mentors).insert(m.personId);
    f.menteesActive = int(mentees.size());
    f.mentorsActive = int(mentors.size());
}

void countPlans(AnalyticFigures &f, const Kpi::Facts &facts, const QSet<qint64> &active)
{
    QHash<qint64, QPair<int, int>> byPair; // done, all
    for (const Kpi::PlanItemFact &i : facts.planItems)
        if (active.contains(i.pairId)) {
            auto &counts = byPair[i.pairId];
            counts.first += i.done ? 1 : 0;
            ++counts.second;
            f.planItemsDone += i.done ? 1 : 0;
            ++f.planItems;
        }
    f.plans = int(byPair.size());
    for (const auto &counts : byPair)
        f.plansDone += counts.first >= kPlanDoneShare * counts.second ? 1 : 0;
}

// Mentees of the bank in no pair at work in the period, with the last matching run's reason.
void countWithoutPair(AnalyticFigures &f, const DatabasePtr &db, const Kpi::Facts &facts)
{
    QSet<qint64> completed;
    for (const Kpi::PairFact &p : facts.pairs)
        if (p.status == PairStatus::Completed)
            completed.insert(p.id);
    // A mentor was found for whoever is in a pair of the period, in one formed to start after it,
    // or in one that completed its programme before it.
    QSet<qint64> paired;
    for (const Kpi::Membership &m : facts.memberships)
        if (m.role == MemberRole::Mentee
            && (Kpi::takesPart(m, f.period) || m.from > f.period.to || (completed.contains(m.pairId) && m.to < f.period.from)))
            paired.insert(m.personId);
    QHash<qint64, QString> reasons;
    if (const auto run = MatchingService(db).lastRun(f.startYear))
        for (const UnmatchedMentee &u : run->unmatched)
            reasons.insert(u.menteeId, unmatchedReasonKind(u.reason));
    QHash<QString, int> byReason;
    for (const MenteeProfile &p : ProfileRepository(db->connection()).mentees(f.startYear)) {
        if (p.status != RecordStatus::Active)
            continue;
        ++f.menteesInBank;
        if (paired.contains(p.personId))
            continue;
        ++f.menteesWithoutPair;
        ++byReason[reasons.value(p.personId, QCoreApplication::translate("AnalyticReport", "не участвовали в подборе пар"))];
    }
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        f.withoutPairReasons.append({it.key(), it.value()});
    std::sort(f.withoutPairReasons.begin(), f.withoutPairReasons.end(),
              [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
}
}

AnalyticFigures AnalyticService::compute(int startYear, std::optional<Kpi::Period> period, const QDate &reportDate) const
{
    AnalyticFigures f;
    const AcademicYear year(startYear);
    f.startYear = startYear;
    f.period = period.value_or(Kpi::Period{year.firstDay(), year.lastDay()});
    f.reportDate = reportDate;
    const QSqlDatabase c = m_db->connection();
    f.organisation = SchoolRepository(c).home().name;
    const Kpi::Facts facts = KpiRepository(c).facts(f.period, startYear);
    f.kpis = KpiService(m_db).compute(startYear, facts, f.period);
    const QSet<qint64> active = Kpi::activePairs(facts, f.period);
    countPairs(f, facts, active, ReferenceRepository(c).forms());
    countPeople(f, facts);
    countPlans(f, facts, active);
    const MeetingRepository meetings(c);
    f.meetingsPerMonth = meetings.heldPerMonth(f.period.from, f.period.to);
    for (int n : f.meetingsPerMonth)
        f.meetingsHeld += n;
    const QDate missedUntil = std::min(f.period.to, reportDate.addDays(-1));
    f.meetingsMissed = missedUntil >= f.period.from ? meetings.notHeld(f.period.from, missedUntil) : 0;
    countWithoutPair(f, m_db, facts);
    f.summary = AnalyticReport::summaryOf(f);
    return f;
}
