#include "domain/SurveyScores.h"

#include <QHash>
#include <QMap>

namespace SurveyScores {

QList<BeforeAfter> beforeAfter(const QList<SurveyScore> &scores)
{
    QMap<qint64, BeforeAfter> people; // by person, so the list comes out in a stable order
    QHash<qint64, QDate> beforeOn, afterOn;
    for (const SurveyScore &s : scores) {
        const bool before = s.kind == QLatin1String("diagnostic_before");
        if ((!before && s.kind != QLatin1String("diagnostic_after")) || s.scaleAnswers == 0)
            continue;
        BeforeAfter &p = people[s.personId];
        p.personId = s.personId;
        if (s.pairId)
            p.pairId = s.pairId;
        if (before && (!p.before || s.answeredOn < beforeOn.value(s.personId))) {
            p.before = s.mean;
            beforeOn.insert(s.personId, s.answeredOn);
        } else if (!before && (!p.after || s.answeredOn > afterOn.value(s.personId))) {
            p.after = s.mean;
            afterOn.insert(s.personId, s.answeredOn);
        }
    }
    return people.values();
}

QList<PairChange> byPair(const QList<BeforeAfter> &participants)
{
    QMap<qint64, PairChange> pairs;
    for (const BeforeAfter &p : participants) {
        if (!p.pairId || !p.change())
            continue;
        PairChange &c = pairs[p.pairId];
        c.pairId = p.pairId;
        c.change = (c.change * c.members + *p.change()) / (c.members + 1);
        ++c.members;
    }
    return pairs.values();
}

} // namespace SurveyScores
