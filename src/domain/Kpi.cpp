#include "domain/Kpi.h"

#include <QHash>
#include <QSet>

namespace Kpi {

QStringList defaultCodes()
{
    return {PupilsMentees, PupilsMentors, YoungTeachersMentees, TeachersMentors, OvzMentees,
            OrganisationsMentors, SatisfactionMentees, SatisfactionMentors, PlansDone, Consents};
}

bool takesPart(const Membership &m, const Period &p)
{
    return m.from.isValid() && m.from <= p.to && (!m.to.isValid() || m.to >= p.from);
}

QSet<qint64> activePairs(const Facts &facts, const Period &period)
{
    QSet<qint64> pairs;
    for (const Membership &m : facts.memberships)
        if (takesPart(m, period))
            pairs.insert(m.pairId);
    return pairs;
}

QList<const SurveyResult *> latestAnswers(const Facts &facts, const Period &period,
                                          const std::function<bool(const SurveyResult &)> &counts)
{
    QHash<qint64, const SurveyResult *> latest;
    for (const SurveyResult &s : facts.surveys)
        if (s.answeredOn >= period.from && s.answeredOn <= period.to && counts(s))
            if (const SurveyResult *seen = latest.value(s.personId); !seen || seen->answeredOn <= s.answeredOn)
                latest.insert(s.personId, &s);
    return latest.values();
}

namespace {
class Counter
{
public:
    Counter(const Facts &facts, const Period &period, const Settings &settings)
        : m_facts(facts), m_period(period), m_settings(settings)
    {
        for (const Person &p : facts.people)
            m_people.insert(p.id, &p);
        for (const Membership &m : facts.memberships)
            if (takesPart(m, period))
                (m.role == MemberRole::Mentee ? m_mentees : m_mentors).insert(m.personId);
        m_activePairs = activePairs(facts, period);
    }

    bool isPupilOfAge(const Person &p) const
    {
        const auto age = Ages::ageOn(p.birthDate, m_period.to);
        return p.category == PersonCategory::Pupil && age && *age >= m_settings.pupilAgeFrom
               && *age <= m_settings.pupilAgeTo;
    }
    bool isTeacher(const Person &p) const { return p.category == PersonCategory::Teacher; }
    bool isYoungTeacher(const Person &p) const
    {
        return isTeacher(p) && Ages::isYoungSpecialist(p.pedagogicalSince, p.birthDate, m_period.to, m_settings.youngSpecialist);
    }
    bool isOvzPupil(const Person &p) const { return p.category == PersonCategory::Pupil && p.ovz; }

    // Participants of a role who pass `who`, over everyone (active) who passes it.
    template<typename Who>
    Value share(const QString &code, MemberRole role, Who who, const QString &contingentCode) const
    {
        Value v{code, 0, 0, false};
        const QSet<qint64> &members = role == MemberRole::Mentee ? m_mentees : m_mentors;
        for (qint64 id : members)
            if (const Person *p = m_people.value(id); p && who(*p))
                ++v.numerator;
        for (const Person &p : m_facts.people)
            if (p.active && who(p))
                ++v.denominator;
        return withContingent(v, contingentCode);
    }

    Value organisations() const
    {
        QSet<qint64> providing;
        for (qint64 id : m_mentors)
            if (const Person *p = m_people.value(id); p && p->partnerId)
                providing.insert(p->partnerId);
        return withContingent({OrganisationsMentors, int(providing.size()), m_facts.partnerOrganisations, false},
                              ContingentOrganisations);
    }

    Value satisfaction(const QString &code, MemberRole role) const
    {
        const auto latest = latestAnswers(m_facts, m_period, [role](const SurveyResult &s) { return s.role == role; });
        Value v{code, 0, int(latest.size()), false};
        for (const SurveyResult *s : latest)
            v.numerator += s->meanScore >= s->threshold ? 1 : 0;
        return v;
    }

    Value plans() const
    {
        Value v{PlansDone, 0, 0, false};
        for (const PlanItemFact &item : m_facts.planItems)
            if (m_activePairs.contains(item.pairId)) {
                ++v.denominator;
                v.numerator += item.done ? 1 : 0;
            }
        return v;
    }

    Value consents() const
    {
        const QSet<qint64> participants = m_mentees + m_mentors;
        Value v{Consents, 0, int(participants.size()), false};
        for (qint64 id : participants)
            if (const Person *p = m_people.value(id); p && p->consentAtEnd == ConsentStatus::Valid)
                ++v.numerator;
        return v;
    }

private:
    Value withContingent(Value v, const QString &contingentCode) const
    {
        if (const auto it = m_facts.contingent.find(contingentCode); it != m_facts.contingent.end()) {
            v.denominator = *it;
            v.denominatorFromContingent = true;
        }
        return v;
    }

    const Facts &m_facts;
    Period m_period;
    Settings m_settings;
    QHash<qint64, const Person *> m_people;
    QSet<qint64> m_mentees, m_mentors, m_activePairs;
};
}

QList<Value> compute(const Facts &facts, const Period &period, const Settings &settings)
{
    const Counter c(facts, period, settings);
    auto pupil = [&c](const Person &p) { return c.isPupilOfAge(p); };
    return {c.share(PupilsMentees, MemberRole::Mentee, pupil, ContingentPupils),
            c.share(PupilsMentors, MemberRole::Mentor, pupil, ContingentPupils),
            c.share(YoungTeachersMentees, MemberRole::Mentee, [&c](const Person &p) { return c.isYoungTeacher(p); },
                    ContingentYoungTeachers),
            c.share(TeachersMentors, MemberRole::Mentor, [&c](const Person &p) { return c.isTeacher(p); },
                    ContingentTeachers),
            c.share(OvzMentees, MemberRole::Mentee, [&c](const Person &p) { return c.isOvzPupil(p); }, ContingentOvz),
            c.organisations(),
            c.satisfaction(SatisfactionMentees, MemberRole::Mentee),
            c.satisfaction(SatisfactionMentors, MemberRole::Mentor),
            c.plans(),
            c.consents()};
}

} // namespace Kpi
