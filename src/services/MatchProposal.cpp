#include "services/MatchProposal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <numeric>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("MatchingService", text); }

const char *const kTakenReason = QT_TRANSLATE_NOOP("MatchingService", "подходящих наставников: %1, их места отданы другим парам");
const char *const kNoneReason = QT_TRANSLATE_NOOP("MatchingService", "не подходит ни один наставник: %1");

// Why a mentee got no mentor, from what the pairs of that mentee came to.
struct WhyUnmatched
{
    int allowed = 0;
    int belowMin = 0;
    int excluded[8] = {};

    static QString tr(const char *text) { return QCoreApplication::translate("WhyUnmatched", text); }

    QString reason(const MatchOptions &o, int mentors) const
    {
        if (mentors == 0)
            return tr("в банке наставников этого года нет свободных наставников");
        if (allowed > 0)
            return QCoreApplication::translate("MatchingService", kTakenReason).arg(allowed);
        if (excluded[int(Match::Exclusion::MenteeConsent)] == mentors)
            return Match::reason(Match::Exclusion::MenteeConsent);
        QStringList parts;
        for (int e = 1; e < 8; ++e)
            if (excluded[e] > 0)
                parts << QStringLiteral("%1 — %2").arg(Match::reason(Match::Exclusion(e))).arg(excluded[e]);
        if (belowMin > 0)
            parts << tr("ниже минимального балла %1 — %2").arg(o.minScore).arg(belowMin);
        return QCoreApplication::translate("MatchingService", kNoneReason).arg(parts.join(QStringLiteral("; ")));
    }
};
}

QString unmatchedReasonKind(const QString &reason)
{
    const auto startsAs = [&reason](const char *pattern) { return reason.startsWith(tr(pattern).section(QStringLiteral("%1"), 0, 0)); };
    if (startsAs(kTakenReason))
        return QCoreApplication::translate("MatchingService", "подходящие наставники заняты другими парами");
    if (startsAs(kNoneReason))
        return QCoreApplication::translate("MatchingService", "не подходит ни один наставник (форма, согласие, возраст, свободные места или балл)");
    return reason;
}

namespace {
QString breakdownOf(const Match::Explanation &x)
{
    QJsonObject o;
    for (const Match::Part &p : x.parts)
        if (p.applies && p.weight > 0)
            o.insert(Match::code(p.criterion), p.value);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The proposal of one run: the curator's pairs first, then the exact optimum over everyone else.
class Proposal
{
public:
    Proposal(const MatchCohort &cohort, const MatchOptions &options, const MatchConstraints &constraints)
        : m_cohort(cohort), m_opt(options), m_con(constraints), m_kept(cohort.mentees.size(), false)
    {
        for (const MatchPoolRow &row : cohort.mentorRows)
            m_seats.push_back(std::max(0, row.seats));
        for (const MatchLink &l : constraints.mustNot)
            m_forbidden.insert({l.menteeId, l.mentorId});
    }

    QList<MatchProposalRow> make()
    {
        keep(m_con.must, QStringLiteral("must"));
        keep(m_con.pinned, QStringLiteral("pinned"));
        std::vector<int> open;
        for (int i = 0; i < int(m_cohort.mentees.size()); ++i)
            if (!m_kept[size_t(i)])
                open.push_back(i);
        const Assignment::Problem problem = scoreAll(open);
        const Assignment::Solution solution = Assignment::solve(problem);
        for (size_t r = 0; r < open.size(); ++r) {
            const int i = open[r], j = solution.mentorOf[r];
            if (j < 0)
                m_rows.append({m_cohort.menteeRows[i].personId, 0, 0, {}, QStringLiteral("auto"),
                               m_why[r].reason(m_opt, int(m_seats.size()))});
            else
                propose(i, j, QStringLiteral("auto"));
        }
        return m_rows;
    }

private:
    void propose(int i, int j, const QString &origin)
    {
        const auto x = Match::explain(m_cohort.mentees[size_t(i)], m_cohort.mentors[size_t(j)], m_opt.criteria, m_cohort.words);
        m_rows.append({m_cohort.menteeRows[i].personId, m_cohort.mentorRows[j].personId, x.score, breakdownOf(x), origin, {}});
    }

    // Pairs the curator fixed take their seats whatever their score.
    void keep(const QList<MatchLink> &links, const QString &origin)
    {
        for (const MatchLink &l : links) {
            const int i = m_cohort.menteeIndex.value(l.menteeId, -1), j = m_cohort.mentorIndex.value(l.mentorId, -1);
            if (i < 0 || j < 0 || m_kept[size_t(i)])
                continue;
            m_kept[size_t(i)] = true;
            m_seats[size_t(j)] = std::max(0, m_seats[size_t(j)] - 1);
            propose(i, j, origin);
        }
    }

    // Every open mentee against every mentor, on all cores: one row of the matrix per task.
    Assignment::Problem scoreAll(const std::vector<int> &open)
    {
        Assignment::Problem p;
        p.mentees = int(open.size());
        p.mentors = int(m_seats.size());
        p.capacity = m_seats;
        p.goal = m_opt.goal;
        p.scores.resize(open.size() * m_seats.size());
        m_why.assign(open.size(), {});
        std::vector<int> rows(open.size());
        std::iota(rows.begin(), rows.end(), 0);
        QtConcurrent::blockingMap(rows, [&](int r) {
            scoreRow(m_cohort.mentees[size_t(open[size_t(r)])], p.scores.data() + size_t(r) * m_seats.size(), m_why[size_t(r)]);
        });
        return p;
    }

    void scoreRow(const Match::Candidate &mentee, double *out, WhyUnmatched &why) const
    {
        for (size_t j = 0; j < m_seats.size(); ++j) {
            const Match::Candidate &mentor = m_cohort.mentors[j];
            Match::Exclusion e = Match::exclusion(mentee, mentor, m_opt.criteria);
            if (e == Match::Exclusion::None && m_seats[j] == 0)
                e = Match::Exclusion::NoSeats;
            if (e == Match::Exclusion::None && m_forbidden.contains({mentee.personId, mentor.personId}))
                e = Match::Exclusion::MustNot;
            out[j] = Assignment::NotAllowed;
            if (e != Match::Exclusion::None) {
                ++why.excluded[int(e)];
            } else if (const double score = Match::score(mentee, mentor, m_opt.criteria); score < m_opt.minScore) {
                ++why.belowMin;
            } else {
                ++why.allowed;
                out[j] = score;
            }
        }
    }

    const MatchCohort &m_cohort;
    const MatchOptions &m_opt;
    const MatchConstraints &m_con;
    std::vector<bool> m_kept;
    std::vector<int> m_seats;
    QSet<QPair<qint64, qint64>> m_forbidden;
    std::vector<WhyUnmatched> m_why;
    QList<MatchProposalRow> m_rows;
};
}

QList<MatchProposalRow> proposeMatches(const MatchCohort &cohort, const MatchOptions &options,
                                       const MatchConstraints &constraints)
{
    return Proposal(cohort, options, constraints).make();
}
