#include "services/MatchCohort.h"

#include "domain/Ages.h"
#include "domain/ClassName.h"
#include "storage/PersonRepository.h"

namespace {

Match::Candidate candidateOf(const MatchPoolRow &row, Match::Dictionary &dictionary, bool consentValid, const QDate &on)
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
    Match::Dictionary dictionary;
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
