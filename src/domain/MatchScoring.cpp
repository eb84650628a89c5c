#include "domain/MatchScoring.h"

#include "domain/RussianStem.h"

#include <QCoreApplication>
#include <algorithm>

namespace Match {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("Match", text); }

// Counts the common numbers of two sorted lists; collects them when asked.
int common(const std::vector<int> &a, const std::vector<int> &b, std::vector<int> *shared = nullptr)
{
    int n = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            if (shared)
                shared->push_back(*i);
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

QString wordsOf(const std::vector<int> &numbers, const QStringList *words)
{
    QStringList list;
    for (int n : numbers)
        if (n >= 0 && n < words->size())
            list << words->at(n);
    return list.join(QStringLiteral(", "));
}

// The share of `base` found in `other` (Request) or the overlap of the shorter list (the rest).
struct Overlap
{
    bool applies = false;
    double value = 0;
    QString detail;
};

Overlap overlap(const std::vector<int> &a, const std::vector<int> &b, bool ofFirst, const QStringList *words)
{
    Overlap o;
    if (a.empty() || b.empty())
        return o;
    std::vector<int> shared;
    const int n = common(a, b, words ? &shared : nullptr);
    o.applies = true;
    o.value = double(n) / double(ofFirst ? a.size() : std::min(a.size(), b.size()));
    if (words)
        o.detail = n == 0 ? tr("совпадений нет") : tr("совпало: %1").arg(wordsOf(shared, words));
    return o;
}

class Evaluation
{
public:
    static QString tr(const char *text) { return QCoreApplication::translate("Match::Evaluation", text); }
    Evaluation(const Settings &s, const QStringList *words) : m_s(s), m_words(words) {}

    void add(Criterion c, bool applies, double value, const QString &detail = {})
    {
        const double w = m_s.weightOf(c);
        if (applies && w > 0) {
            m_sum += w * value;
            m_weights += w;
        }
        if (m_words)
            m_parts.append({c, applies, value, w, applies ? detail : tr("нет данных")});
    }
    void add(Criterion c, const Overlap &o) { add(c, o.applies, o.value, o.detail); }
    double score() const { return m_weights > 0 ? 100.0 * m_sum / m_weights : 0.0; }
    QList<Part> parts() const { return m_parts; }

private:
    const Settings &m_s;
    const QStringList *m_words;
    double m_sum = 0, m_weights = 0;
    QList<Part> m_parts;
};

void addAge(Evaluation &e, const Candidate &mentee, const Candidate &mentor, bool detailed)
{
    const int age = mentee.age;
    if (age < 0 || (mentor.desiredAgeFrom == 0 && mentor.desiredAgeTo == 0))
        return e.add(Criterion::Age, false, 0);
    const int from = mentor.desiredAgeFrom, to = mentor.desiredAgeTo > 0 ? mentor.desiredAgeTo : 200;
    const int outside = age < from ? from - age : (age > to ? age - to : 0);
    const double value = std::max(0.0, 1.0 - 0.25 * outside); // a year off costs a quarter
    if (!detailed)
        return e.add(Criterion::Age, true, value);
    const QString range = mentor.desiredAgeTo > 0 ? QStringLiteral("%1–%2").arg(from).arg(to) : tr("от %1").arg(from);
    e.add(Criterion::Age, true, value, tr("возраст %1, желаемый %2").arg(age).arg(range));
}

void addClasses(Evaluation &e, const Candidate &mentee, const Candidate &mentor, const Settings &s, bool detailed)
{
    if (mentee.grade == 0 || mentor.grade == 0 || mentor.category != PersonCategory::Pupil)
        return e.add(Criterion::Classes, false, 0);
    const int gap = mentor.grade - mentee.grade;
    double value = 0;
    if (gap >= s.minGradeGap && gap <= s.maxGradeGap)
        value = 1;
    else if (gap >= 0)
        value = 0.5; // the same parallel (равный – равному) or far older: possible, not ideal
    e.add(Criterion::Classes, true, value,
          detailed ? tr("%1 и %2 класс").arg(mentee.grade).arg(mentor.grade) : QString());
}

void addPreference(Evaluation &e, const Candidate &mentee, const Candidate &mentor, bool detailed)
{
    if (!mentee.answeredPreferences && !mentor.answeredPreferences)
        return e.add(Criterion::Preference, false, 0);
    const bool menteeWants = mentee.prefers.contains(mentor.personId);
    const bool mentorWants = mentor.prefers.contains(mentee.personId);
    const double value = menteeWants && mentorWants ? 1.0 : (menteeWants || mentorWants ? 0.5 : 0.0);
    QString detail;
    if (detailed)
        detail = menteeWants && mentorWants ? tr("выбрали друг друга")
                 : menteeWants              ? tr("наставляемый выбрал наставника")
                 : mentorWants              ? tr("наставник выбрал наставляемого")
                                            : tr("не выбирали друг друга");
    e.add(Criterion::Preference, true, value, detail);
}

Explanation evaluate(const Candidate &mentee, const Candidate &mentor, const Settings &s, const QStringList *words)
{
    Evaluation e(s, words);
    e.add(Criterion::Request, overlap(mentee.request, mentor.request, true, words));
    e.add(Criterion::Interests, overlap(mentee.interests, mentor.interests, false, words));
    addAge(e, mentee, mentor, words);
    e.add(Criterion::Schedule, overlap(mentee.schedule, mentor.schedule, false, words));
    const bool formsKnown = mentee.formId != 0 && mentor.formId != 0;
    e.add(Criterion::Form, formsKnown, formsKnown && mentee.formId == mentor.formId ? 1 : 0,
          words ? tr("форма совпадает") : QString());
    addClasses(e, mentee, mentor, s, words);
    addPreference(e, mentee, mentor, words);
    return {Exclusion::None, e.score(), e.parts()};
}
}

std::vector<int> Dictionary::numbers(const QString &text)
{
    std::vector<int> out;
    for (const RussianStem::Word &w : RussianStem::words(text)) {
        auto it = m_index.find(w.key);
        if (it == m_index.end()) {
            it = m_index.insert(w.key, int(m_words.size()));
            m_words << w.word;
        }
        out.push_back(*it);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<Criterion> allCriteria()
{
    return {Criterion::Request, Criterion::Interests, Criterion::Age,       Criterion::Schedule,
            Criterion::Form,    Criterion::Classes,   Criterion::Preference};
}

QString code(Criterion c)
{
    static const char *const codes[] = {"request", "interests", "age", "schedule", "form", "classes", "preference"};
    return QString::fromLatin1(codes[int(c)]);
}

QString title(Criterion c)
{
    switch (c) {
    case Criterion::Request: return tr("Запрос и компетенции");
    case Criterion::Interests: return tr("Общие интересы");
    case Criterion::Age: return tr("Желаемый возраст");
    case Criterion::Schedule: return tr("Время и график");
    case Criterion::Form: return tr("Форма наставничества");
    case Criterion::Classes: return tr("Классы и параллели");
    case Criterion::Preference: return tr("Взаимный выбор");
    }
    return {};
}

QString reason(Exclusion e)
{
    switch (e) {
    case Exclusion::None: return {};
    case Exclusion::SamePerson: return tr("один и тот же человек");
    case Exclusion::MenteeConsent: return tr("нет действующего согласия наставляемого на обработку ПДн");
    case Exclusion::MentorConsent: return tr("нет действующего согласия наставника на обработку ПДн");
    case Exclusion::WrongForm: return tr("другая форма наставничества");
    case Exclusion::MentorTooYoung: return tr("наставник моложе допустимого");
    case Exclusion::MustNot: return tr("пара запрещена куратором");
    case Exclusion::NoSeats: return tr("у наставника нет свободных мест");
    }
    return {};
}

Exclusion exclusion(const Candidate &mentee, const Candidate &mentor, const Settings &s)
{
    if (mentee.personId == mentor.personId)
        return Exclusion::SamePerson;
    if (s.consentRuleOn && !mentee.consentValid)
        return Exclusion::MenteeConsent;
    if (s.consentRuleOn && !mentor.consentValid)
        return Exclusion::MentorConsent;
    if (mentee.formId != 0 && mentor.formId != 0 && mentee.formId != mentor.formId)
        return Exclusion::WrongForm;
    if (s.ageRuleOn && mentee.birthDate.isValid() && mentor.birthDate.isValid()
        && mentor.birthDate > (s.minAgeGap == 0 ? mentee.birthDate : mentee.birthDate.addYears(-s.minAgeGap)))
        return Exclusion::MentorTooYoung;
    return Exclusion::None;
}

double score(const Candidate &mentee, const Candidate &mentor, const Settings &s)
{
    return evaluate(mentee, mentor, s, nullptr).score;
}

Explanation explain(const Candidate &mentee, const Candidate &mentor, const Settings &s, const QStringList &words)
{
    Explanation x = evaluate(mentee, mentor, s, &words);
    x.exclusion = exclusion(mentee, mentor, s);
    return x;
}

}
