#pragma once
#include "domain/Enums.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

// Оценка пары наставник–наставляемый: a score 0–100 from criteria the curator switches and
// weighs, hard rules that exclude a pair, and an explanation of every score per criterion.
// Pure: the service gathers the candidates from the store.
namespace Match {

enum class Criterion { Request, Interests, Age, Schedule, Form, Classes, Preference };
inline constexpr int CriterionCount = 7;
QList<Criterion> allCriteria();
QString code(Criterion c); // stable, for settings and the saved breakdown
QString title(Criterion c);

enum class Exclusion { None, SamePerson, MenteeConsent, MentorConsent, WrongForm, MentorTooYoung, MustNot, NoSeats };
QString reason(Exclusion e);

struct Settings
{
    double weight[CriterionCount] = {3, 2, 1, 1, 1, 1, 2}; // 0 switches a criterion off
    int minAgeGap = 0;           // a mentor at least this many years older than the mentee
    bool ageRuleOn = true;       // off for reverse mentoring, where the younger one mentors
    int minGradeGap = 1;         // for pupil mentors: an older parallel by at least this…
    int maxGradeGap = 4;         // …and at most this many grades
    bool consentRuleOn = true;
    double weightOf(Criterion c) const { return weight[int(c)]; }
};

// Words of a whole cohort as numbers (RussianStem keys): the form that Candidate's lists hold.
class Dictionary
{
public:
    // The sorted, unique numbers of a text's significant words.
    std::vector<int> numbers(const QString &text);
    // Number -> the word as first written, for explanations.
    const QStringList &words() const { return m_words; }

private:
    QHash<QString, int> m_index;
    QStringList m_words;
};

// One side of a pair with what scoring needs. Words are already keys (RussianStem::keys) turned
// into numbers by the caller, sorted and unique, so that comparing two lists is a merge.
struct Candidate
{
    qint64 personId = 0;
    PersonCategory category = PersonCategory::Pupil;
    QDate birthDate;
    int age = -1;  // full years on the day the pairs start; -1 unknown
    int grade = 0; // pupils: the parallel, 0 unknown
    bool consentValid = false;
    qint64 formId = 0; // mentee: desired form; mentor: form they work in; 0 any
    std::vector<int> request;   // mentee: request and problems; mentor: competencies and achievements
    std::vector<int> interests;
    std::vector<int> schedule;  // days and times they can meet
    int desiredAgeFrom = 0, desiredAgeTo = 0; // mentor: desired age of mentees, 0 any
    QSet<qint64> prefers;       // post-networking survey: whom they would like as a partner
    bool answeredPreferences = false;
};

// What one criterion gave a pair. `applies` is false where either side gave no data: then the
// criterion takes no part in the score, rather than counting as a zero.
struct Part
{
    Criterion criterion = Criterion::Request;
    bool applies = false;
    double value = 0; // 0–1
    double weight = 0;
    QString detail;   // what matched, in words for the curator
};

struct Explanation
{
    Exclusion exclusion = Exclusion::None;
    double score = 0;
    QList<Part> parts;
};

Exclusion exclusion(const Candidate &mentee, const Candidate &mentor, const Settings &s);
// Score 0–100 of an allowed pair; fast, for every pair of the cohort.
double score(const Candidate &mentee, const Candidate &mentor, const Settings &s);
// The same score with each criterion's part and its words; `words` names the word numbers.
Explanation explain(const Candidate &mentee, const Candidate &mentor, const Settings &s, const QStringList &words);

}
