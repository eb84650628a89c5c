#pragma once
#include "domain/TextHash.h"

#include <unordered_map>
#include "domain/MenteeProfile.h"
#include "domain/MentorProfile.h"
#include "domain/Person.h"
#include "domain/Result.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QSqlDatabase>
#include <memory>

// One questionnaire as filled in: who, when, from which file, and every answer by question key.
struct QuestionnaireResponse
{
    QString kind; // mentee, mentor, preference
    qint64 personId = 0;
    QDate submittedOn;
    QString source;
    QList<std::pair<QString, QString>> answers;
};

// Writes of a questionnaire import: many rows in one transaction, so every statement is prepared
// once per repository object. Updates merge: a value the file leaves empty keeps what is stored.
class QuestionnaireRepository
{
public:
    QuestionnaireRepository(QSqlDatabase db, int yearStart);
    ~QuestionnaireRepository();

    // name key + "|" + ISO birth date -> person id, and name key -> ids, for finding who is who.
    struct PeopleIndex
    {
        // TextHash: Qt's seeded hash of every row's key cost more than the rest of its check.
        std::unordered_map<QString, qint64, TextHash> byNameAndBirth;
        std::unordered_map<QString, QList<qint64>, TextHash> byName;
    };
    PeopleIndex peopleIndex() const;

    // `nameKey`: the folded ФИО when the caller has it already (the import's check made it).
    Result<qint64> insertPerson(const Person &person, const QString &nameKey = {});
    Status mergePerson(const Person &person); // non-empty fields only
    Status mergeMentee(const MenteeProfile &profile);
    Status mergeMentor(const MentorProfile &profile, bool capacityGiven);
    Status insertResponse(const QuestionnaireResponse &response);

private:
    Status ensureYear();
    SqlQuery &statement(int which, const char *sql);
    QSqlDatabase m_db;
    int m_yearStart;
    QString m_now; // one moment for the whole import
    qint64 m_yearId = 0;
    std::unique_ptr<SqlQuery> m_statements[6];
};
