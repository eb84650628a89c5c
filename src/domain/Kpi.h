#pragma once
#include "domain/Ages.h"
#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

// Показатели эффективности (domain.md, KPI section): what the data say about a period, and the
// shares computed from it by the counting rules. Pure: the store only gathers the facts.
namespace Kpi {

// Codes of the default KPIs, in the order of domain.md.
inline const QString PupilsMentees = QStringLiteral("pupils_mentees");
inline const QString PupilsMentors = QStringLiteral("pupils_mentors");
inline const QString YoungTeachersMentees = QStringLiteral("young_teachers_mentees");
inline const QString TeachersMentors = QStringLiteral("teachers_mentors");
inline const QString OvzMentees = QStringLiteral("ovz_mentees");
inline const QString OrganisationsMentors = QStringLiteral("organisations_mentors");
inline const QString SatisfactionMentees = QStringLiteral("satisfaction_mentees");
inline const QString SatisfactionMentors = QStringLiteral("satisfaction_mentors");
inline const QString PlansDone = QStringLiteral("plans_done");
inline const QString Consents = QStringLiteral("consents");
QStringList defaultCodes();

// Codes of the contingent a curator may enter when the data do not hold the whole population.
inline const QString ContingentPupils = QStringLiteral("pupils_10_19");
inline const QString ContingentOvz = QStringLiteral("pupils_ovz");
inline const QString ContingentTeachers = QStringLiteral("teachers");
inline const QString ContingentYoungTeachers = QStringLiteral("young_teachers");
inline const QString ContingentOrganisations = QStringLiteral("organisations");

struct Period
{
    QDate from, to;
};

struct Person
{
    qint64 id = 0;
    PersonCategory category = PersonCategory::Pupil;
    QDate birthDate;
    QDate pedagogicalSince;
    bool ovz = false;
    qint64 partnerId = 0; // employers' staff
    bool active = true;
    ConsentStatus consentAtEnd = ConsentStatus::Missing;
};

// A person's place in a pair or group, with the days it was in force.
struct Membership
{
    qint64 personId = 0;
    qint64 pairId = 0;
    MemberRole role = MemberRole::Mentee;
    QDate from; // invalid: the pair never started
    QDate to;   // invalid: still going
};

struct SurveyResult
{
    qint64 personId = 0;
    MemberRole role = MemberRole::Mentee;
    QDate answeredOn;
    double meanScore = 0; // over the 1–10 questions
    double threshold = 7;
};

// A pair or group: its form of mentoring and the days it worked.
struct PairFact
{
    qint64 id = 0;
    QString formCode;
    bool group = false;
    QDate from; // invalid: never started
    QDate to;   // invalid: still going
    PairStatus status = PairStatus::Active;
};

struct PlanItemFact
{
    qint64 pairId = 0;
    bool done = false;
};

struct Facts
{
    QList<Person> people;
    QList<Membership> memberships;
    QList<SurveyResult> surveys;
    QList<PlanItemFact> planItems;
    QList<PairFact> pairs;
    int partnerOrganisations = 0;
    QMap<QString, int> contingent; // entered for the year; overrides the count from the data
};

struct Settings
{
    int pupilAgeFrom = 10;
    int pupilAgeTo = 19;
    Ages::YoungSpecialistRule youngSpecialist;
};

struct Value
{
    QString code;
    int numerator = 0;
    int denominator = 0;
    bool denominatorFromContingent = false;
    // A share in %; none when there is nothing to divide by («нет данных», never 0 %).
    std::optional<double> percent() const
    {
        return denominator > 0 ? std::optional<double>(100.0 * numerator / denominator) : std::nullopt;
    }
};

// Whether a membership was in force on at least one day of the period.
bool takesPart(const Membership &m, const Period &p);
// The pairs and groups that worked in the period: those with a member who took part in it.
QSet<qint64> activePairs(const Facts &facts, const Period &period);
// Each respondent's latest answer in the period, of the answers `counts` accepts: the one that
// decides whether they are satisfied.
QList<const SurveyResult *> latestAnswers(const Facts &facts, const Period &period,
                                          const std::function<bool(const SurveyResult &)> &counts);

// Every default KPI for the period: a person counts once however many pairs they are in; a
// person takes part when a pair they belong to in that role was active on at least one day of
// the period; ages are taken on the period's last day.
QList<Value> compute(const Facts &facts, const Period &period, const Settings &settings = {});

} // namespace Kpi
