#pragma once
#include "domain/Enums.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <functional>

// A row of a bank (база наставляемых / наставников): the person and their profile of the year,
// read together so that a 100,000-row bank streams to a file without being held in memory.
struct BankRow
{
    qint64 personId = 0;
    QString fullName;
    QString phone;
    QString email;
    QDate birthDate;
    PersonCategory category = PersonCategory::Pupil;
    QString className;
    QString position;
    QString workplace;
    qint64 partnerId = 0;
    QString representative; // «ФИО, телефон» of the first legal representative; "" when none
    // From the profile of the year.
    QString request;        // mentees: ключевой запрос
    QString about;          // mentors: competencies; achievements; interests
    int desiredAgeFrom = 0; // mentors
    int desiredAgeTo = 0;
    QString timeResource;   // mentors
    qint64 formId = 0;      // desired (mentees) or preferred (mentors) form
    QDate enteredOn;
    QDate completedOn;
    QString results;
    QString caseLink;
};

class BankRepository
{
public:
    explicit BankRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    // Every profile of the role in the school year, in the order they were entered, until `visit`
    // answers false. False when the bank could not be read.
    bool forEach(MemberRole role, int yearStart, const std::function<bool(const BankRow &)> &visit) const;
    qint64 count(MemberRole role, int yearStart) const;
    // The people in pairs of the school year in the role, their person fields only (no profile):
    // the other side of a bank's pairs.
    bool forEachPairMember(MemberRole role, int yearStart, const std::function<void(const BankRow &)> &visit) const;

private:
    QSqlDatabase m_db;
};
