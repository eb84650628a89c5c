#include "services/MatchingService.h"

#include "domain/AcademicYear.h"
#include "services/Audit.h"
#include "services/MatchCohort.h"
#include "services/MatchProposal.h"
#include "storage/MatchingRepository.h"
#include "storage/PairRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("MatchingService", text); }

const QString OptionsKey = QStringLiteral("matching.options");
QString constraintsKey(int yearStart) { return QStringLiteral("matching.constraints.%1").arg(yearStart); }

QString goalCode(Assignment::Goal g) { return g == Assignment::Goal::MostPairs ? QStringLiteral("most_pairs") : QStringLiteral("best_scores"); }

QJsonArray linksToJson(const QList<MatchLink> &links)
{
    QJsonArray a;
    for (const MatchLink &l : links)
        a.append(QJsonArray{double(l.menteeId), double(l.mentorId)});
    return a;
}

QList<MatchLink> linksFromJson(const QJsonValue &v)
{
    QList<MatchLink> links;
    for (const QJsonValue &pair : v.toArray())
        links.append({qint64(pair.toArray().at(0).toDouble()), qint64(pair.toArray().at(1).toDouble())});
    return links;
}

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject parsed(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

QList<MatchChange> changesBetween(const std::optional<MatchRunRow> &before, const MatchRunRow &after)
{
    QList<MatchChange> changes;
    if (!before)
        return changes;
    QHash<qint64, qint64> was;
    for (const MatchProposalRow &p : before->proposals)
        was.insert(p.menteeId, p.mentorId);
    QSet<qint64> seen;
    for (const MatchProposalRow &p : after.proposals) {
        seen.insert(p.menteeId);
        if (was.value(p.menteeId) != p.mentorId)
            changes.append({p.menteeId, was.value(p.menteeId), p.mentorId});
    }
    for (auto it = was.cbegin(); it != was.cend(); ++it)
        if (!seen.contains(it.key()) && it.value() != 0)
            changes.append({it.key(), it.value(), 0});
    return changes;
}

}

QJsonObject MatchOptions::toJson() const
{
    QJsonObject weights;
    for (Match::Criterion c : Match::allCriteria())
        weights.insert(Match::code(c), criteria.weightOf(c));
    return {{QStringLiteral("weights"), weights},
            {QStringLiteral("min_age_gap"), criteria.minAgeGap},
            {QStringLiteral("age_rule"), criteria.ageRuleOn},
            {QStringLiteral("min_grade_gap"), criteria.minGradeGap},
            {QStringLiteral("max_grade_gap"), criteria.maxGradeGap},
            {QStringLiteral("consent_rule"), criteria.consentRuleOn},
            {QStringLiteral("goal"), goalCode(goal)},
            {QStringLiteral("min_score"), minScore}};
}

MatchOptions MatchOptions::fromJson(const QJsonObject &json)
{
    MatchOptions o;
    Match::Settings &s = o.criteria;
    const QJsonObject weights = json.value(QStringLiteral("weights")).toObject();
    for (Match::Criterion c : Match::allCriteria())
        s.weight[int(c)] = std::max(0.0, weights.value(Match::code(c)).toDouble(s.weightOf(c)));
    s.minAgeGap = json.value(QStringLiteral("min_age_gap")).toInt(s.minAgeGap);
    s.ageRuleOn = json.value(QStringLiteral("age_rule")).toBool(s.ageRuleOn);
    s.minGradeGap = json.value(QStringLiteral("min_grade_gap")).toInt(s.minGradeGap);
    s.maxGradeGap = json.value(QStringLiteral("max_grade_gap")).toInt(s.maxGradeGap);
    s.consentRuleOn = json.value(QStringLiteral("consent_rule")).toBool(s.consentRuleOn);
    o.goal = json.value(QStringLiteral("goal")).toString() == goalCode(Assignment::Goal::BestScores)
                 ? Assignment::Goal::BestScores
                 : Assignment::Goal::MostPairs;
    o.minScore = std::clamp(json.value(QStringLiteral("min_score")).toDouble(0), 0.0, 100.0);
    return o;
}

QJsonObject MatchConstraints::toJson() const
{
    return {{QStringLiteral("must"), linksToJson(must)},
            {QStringLiteral("pinned"), linksToJson(pinned)},
            {QStringLiteral("must_not"), linksToJson(mustNot)}};
}

MatchConstraints MatchConstraints::fromJson(const QJsonObject &json)
{
    return {linksFromJson(json.value(QStringLiteral("must"))), linksFromJson(json.value(QStringLiteral("pinned"))),
            linksFromJson(json.value(QStringLiteral("must_not")))};
}

double MatchResult::total() const
{
    double t = 0;
    for (const ProposedPair &p : pairs)
        t += p.score;
    return t;
}

std::optional<double> MatchResult::lowestScore() const
{
    std::optional<double> low;
    for (const ProposedPair &p : pairs)
        low = low ? std::min(*low, p.score) : p.score;
    return low;
}

MatchOptions MatchingService::options() const
{
    return MatchOptions::fromJson(parsed(SettingsRepository(m_db->connection()).value(OptionsKey)));
}

Status MatchingService::setOptions(const MatchOptions &options)
{
    return SettingsRepository(m_db->connection()).setValue(OptionsKey, compact(options.toJson()));
}

MatchConstraints MatchingService::constraints(int yearStart) const
{
    return MatchConstraints::fromJson(parsed(SettingsRepository(m_db->connection()).value(constraintsKey(yearStart))));
}

Status MatchingService::setConstraints(int yearStart, const MatchConstraints &constraints)
{
    // A pin or a must-pair takes its seat whatever the rules say, so it is checked here.
    for (const QList<MatchLink> *links : {&constraints.must, &constraints.pinned, &constraints.mustNot})
        for (const MatchLink &l : *links)
            if (l.menteeId <= 0 || l.mentorId <= 0 || l.menteeId == l.mentorId)
                return Status::failure(l.menteeId == l.mentorId
                                           ? tr("Участник № %1 не может быть наставником самому себе.").arg(l.menteeId)
                                           : tr("В закреплённой паре не указан наставник или наставляемый."));
    return SettingsRepository(m_db->connection()).setValue(constraintsKey(yearStart), compact(constraints.toJson()));
}

Result<MatchResult> MatchingService::run(int yearStart, const QDate &on)
{
    const MatchOptions opt = options();
    const MatchConstraints con = constraints(yearStart);
    const MatchCohort cohort = MatchCohort::load(*m_db, yearStart, on);
    if (cohort.mentees.empty())
        return Result<MatchResult>::failure(tr("В банке наставляемых %1 учебного года нет никого без пары.")
                                                .arg(AcademicYear(yearStart).title()));
    MatchRunRow record;
    record.yearStart = yearStart;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.criteria = compact(opt.toJson());
    record.constraints = compact(con.toJson());
    record.mode = goalCode(opt.goal);
    record.minScore = opt.minScore;
    record.status = QStringLiteral("proposed");
    record.proposals = proposeMatches(cohort, opt, con);

    MatchingRepository repo(m_db->connection());
    const std::optional<MatchRunRow> previous = repo.lastRun(yearStart);
    record.previousRunId = previous ? previous->id : 0;
    qint64 runId = 0;
    const Status saved = m_db->transaction([&]() -> Status {
        if (previous && previous->status == QLatin1String("proposed"))
            if (Status s = repo.setStatus(previous->id, QStringLiteral("superseded")); !s)
                return s;
        const Result<qint64> id = repo.insertRun(record);
        if (!id)
            return Status::failure(id.error());
        runId = id.value();
        return audit(*m_db, QStringLiteral("matching_run"), runId, QStringLiteral("create"));
    });
    if (!saved)
        return Result<MatchResult>::failure(saved.error());
    record.id = runId;
    return resultOf(record, previous);
}

// The run as the screens and the CLI show it; changes are against the proposal it replaced, as
// pairs already approved left the pool.
MatchResult MatchingService::resultOf(const MatchRunRow &run, const std::optional<MatchRunRow> &previous) const
{
    MatchResult result;
    result.runId = run.id;
    result.yearStart = run.yearStart;
    result.status = run.status;
    for (const MatchProposalRow &p : run.proposals) {
        if (p.mentorId == 0)
            result.unmatched.append({p.menteeId, p.unmatchedReason});
        else
            result.pairs.append({p.menteeId, p.mentorId, p.score, p.origin});
    }
    if (previous && previous->status != QLatin1String("approved"))
        result.changes = changesBetween(previous, run);
    result.names = MatchingRepository(m_db->connection()).names(run.id);
    return result;
}

std::optional<MatchResult> MatchingService::lastRun(int yearStart) const
{
    MatchingRepository repo(m_db->connection());
    const std::optional<MatchRunRow> run = repo.lastRun(yearStart);
    if (!run)
        return std::nullopt;
    return resultOf(*run, run->previousRunId ? repo.run(run->previousRunId) : std::nullopt);
}

PairExplanation MatchingService::explain(int yearStart, const MatchLink &pair, const QDate &on) const
{
    const MatchCohort cohort = MatchCohort::load(*m_db, yearStart, on);
    const int i = cohort.menteeIndex.value(pair.menteeId, -1), j = cohort.mentorIndex.value(pair.mentorId, -1);
    PairExplanation e;
    if (i < 0 || j < 0)
        return e;
    e.found = true;
    e.mentee = cohort.menteeRows[i];
    e.mentor = cohort.mentorRows[j];
    e.explanation = Match::explain(cohort.mentees[size_t(i)], cohort.mentors[size_t(j)], options().criteria, cohort.words);
    if (e.explanation.exclusion == Match::Exclusion::None && constraints(yearStart).mustNot.contains(pair))
        e.explanation.exclusion = Match::Exclusion::MustNot;
    return e;
}

Result<QList<qint64>> MatchingService::approve(qint64 runId, const QDate &startOn)
{
    using R = Result<QList<qint64>>;
    MatchingRepository repo(m_db->connection());
    const std::optional<MatchRunRow> run = repo.run(runId);
    if (!run)
        return R::failure(tr("Протокол подбора № %1 не найден.").arg(runId));
    if (run->status != QLatin1String("proposed"))
        return R::failure(tr("Протокол подбора № %1 уже утверждён или заменён более поздним.").arg(runId));
    // One pair or group per mentor, in the order of the proposal.
    QList<qint64> mentorOrder;
    QHash<qint64, QList<qint64>> menteesOf;
    for (const MatchProposalRow &p : run->proposals)
        if (p.mentorId != 0) {
            if (!menteesOf.contains(p.mentorId))
                mentorOrder << p.mentorId;
            menteesOf[p.mentorId] << p.menteeId;
        }
    QList<qint64> pairIds;
    const Status s = m_db->transaction([&]() -> Status {
        ProfileRepository profiles(m_db->connection());
        PairRepository pairsRepo(m_db->connection());
        for (qint64 mentorId : mentorOrder) {
            Pair pair;
            pair.yearStart = run->yearStart;
            pair.isGroup = menteesOf[mentorId].size() > 1;
            const auto mentor = profiles.mentor(mentorId, run->yearStart);
            const auto mentee = profiles.mentee(menteesOf[mentorId].first(), run->yearStart);
            pair.formId = mentor && mentor->formId ? mentor->formId : (mentee ? mentee->desiredFormId : 0);
            pair.startedOn = startOn;
            pair.plannedEndOn = QDate(run->yearStart + 1, 5, 31); // the pairs' work ends with the school year
            pair.status = PairStatus::Active;
            pair.matchingRunId = runId;
            pair.members.append({mentorId, MemberRole::Mentor, startOn});
            for (qint64 menteeId : menteesOf[mentorId])
                pair.members.append({menteeId, MemberRole::Mentee, startOn});
            const Result<qint64> id = pairsRepo.insert(pair);
            if (!id)
                return Status::failure(id.error());
            pairIds << id.value();
            if (Status a = audit(*m_db, QStringLiteral("mentoring_pair"), id.value(), QStringLiteral("create"),
                                 QStringLiteral("matching_run")); !a)
                return a;
        }
        if (Status st = repo.setStatus(runId, QStringLiteral("approved")); !st)
            return st;
        return audit(*m_db, QStringLiteral("matching_run"), runId, QStringLiteral("approve"));
    });
    if (!s)
        return R::failure(s.error());
    return pairIds;
}
