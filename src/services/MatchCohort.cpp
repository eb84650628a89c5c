#include "services/MatchCohort.h"

#include "domain/Ages.h"
#include "domain/ClassName.h"
#include "domain/RussianStem.h"
#include "storage/PersonRepository.h"

#include <algorithm>

namespace {

class Dictionary
{
public:
    std::vector<int> numbers(const QString &text)
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
    QStringList words() const { return m_words; }

private:
    QHash<QString, int> m_index;
    QStringList m_words;
};

Match::Candidate candidateOf(const MatchPoolRow &row, Dictionary &dictionary, bool consentValid, const QDate &on)
{
    Match::Candidate c;
    c.personId = row.personId;
    c.category = row.category;
    c.birthDate = row.birthDate;
    c.age = Ages::ageOn(row.birthDate, on).value_or(-1);
    if (row.category == PersonCategory::Pupil)
        if (const auto cls = ClassName::parse(row.className))
            c.grade = cls->grade;
    c.consentValid = consentValid;
    c.formId = row.formId;
    c.request = dictionary.numbers(row.request);
    c.interests = dictionary.numbers(row.interests);
    c.schedule = dictionary.numbers(row.schedule);
    c.desiredAgeFrom = row.desiredAgeFrom;
    c.desiredAgeTo = row.desiredAgeTo;
    return c;
}
}

MatchCohort MatchCohort::load(const Database &db, int yearStart, const QDate &on)
{
    MatchingRepository repo(db.connection());
    MatchCohort cohort;
    cohort.menteeRows = repo.mentees(yearStart);
    cohort.mentorRows = repo.mentors(yearStart);
    const QHash<qint64, ConsentStatus> consents = PersonRepository(db.connection()).consentStatuses(on);
    const QHash<qint64, QList<qint64>> preferences = repo.preferences(yearStart);
    Dictionary dictionary;
    auto fill = [&](const QList<MatchPoolRow> &rows, std::vector<Match::Candidate> &out, QHash<qint64, int> &index) {
        out.reserve(size_t(rows.size()));
        for (const MatchPoolRow &row : rows) {
            Match::Candidate c = candidateOf(row, dictionary, consents.value(row.personId) == ConsentStatus::Valid, on);
            const auto chosen = preferences.find(row.personId);
            c.answeredPreferences = chosen != preferences.end();
            if (c.answeredPreferences)
                c.prefers = QSet<qint64>(chosen->begin(), chosen->end());
            index.insert(row.personId, int(out.size()));
            out.push_back(std::move(c));
        }
    };
    fill(cohort.menteeRows, cohort.mentees, cohort.menteeIndex);
    fill(cohort.mentorRows, cohort.mentors, cohort.mentorIndex);
    cohort.words = dictionary.words();
    return cohort;
}

QHash<qint64, QString> MatchCohort::names() const
{
    QHash<qint64, QString> names;
    for (const MatchPoolRow &r : menteeRows)
        names.insert(r.personId, r.name);
    for (const MatchPoolRow &r : mentorRows)
        names.insert(r.personId, r.name);
    return names;
}
