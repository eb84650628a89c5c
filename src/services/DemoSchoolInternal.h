#pragma once
// Internal to the demo school generator (DemoSchool.cpp, DemoPeople.cpp, DemoPairs.cpp): the state
// the steps share and the steps each file provides to the others. Not for use outside these files.
#include "services/DemoSchool.h"

#include "domain/AcademicYear.h"
#include "domain/MenteeProfile.h"
#include "domain/MentorProfile.h"
#include "domain/Pair.h"
#include "services/DemoNames.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace DemoSchoolInternal {

using DemoNames::RequestKind;
using DemoNames::Words;

// The context lupdate gives the messages of this namespace.
inline QString tr(const char *text) { return QCoreApplication::translate("DemoSchoolInternal", text); }

inline const QLatin1String kPupilPupil("pupil_pupil"), kTeacherTeacher("teacher_teacher"),
    kTeacherPupil("teacher_pupil"), kStudentPupil("student_pupil"), kEmployerPupil("employer_pupil");

struct Pupil
{
    qint64 id = 0;
    int grade = 0;
    bool ovz = false, gifted = false;
    bool taken = false; // already a mentor or a mentee
};

struct Family
{
    DemoNames::Family names;
    qint64 parentId = 0; // 0: no representative on file yet
    QString relation;
    QStringList tags;
    QDate signedOn;
    int children = 0, lastGrade = 0;
};

// Mentors and mentees stay in memory until the pairs are formed: a group leader's capacity and a
// finished pair's results belong in the profiles, which are written afterwards.
struct Mentor
{
    qint64 id = 0;
    QString form;
    int grade = 0; // pupils only
    MentorProfile profile;
    int used = 0;
    bool leader = false;
};

struct Mentee
{
    qint64 id = 0;
    QString form;
    int role = 0;  // index in the form's list of role models
    int grade = 0; // 0: a teacher
    RequestKind kind = RequestKind::Subject;
    MenteeProfile profile;
    bool paired = false;
};

struct Draft
{
    Pair pair;
    QString form, request;
};

// What the steps share. The first failure wins: later writes are skipped and the transaction rolls back.
struct Demo
{
    static QString tr(const char *text) { return QCoreApplication::translate("DemoSchoolInternal::Demo", text); }
    Demo(Database &database, const DemoOptions &o)
        : db(database), options(o), random(o.seed), year(AcademicYear::containing(o.today)), today(o.today),
          people(db.connection()), scope(tr("Обработка персональных данных участника программы наставничества"))
    {
    }
    bool failed() const { return !error.isEmpty(); }
    template <typename T>
    bool check(const Result<T> &r) { if (!r && !failed()) error = r.error(); return r.ok(); }
    bool check(const Status &s) { if (!s && !failed()) error = s.error(); return s.ok(); }
    // Whatever has already happened cannot lie after today.
    QDate past(const QDate &date) const { return qMin(date, today); }
    QDate consentDate() { return past(year.firstDay().addDays(random.between(0, 14))); }
    QDate birthForAge(int age) { return today.addYears(-age).addDays(-random.between(0, 364)); }

    Database &db;
    DemoOptions options;
    DemoRandom random;
    AcademicYear year;
    QDate today;
    PersonRepository people;
    QString scope, domain, error;
    DemoSummary summary;
    QMap<QString, qint64> formIds;
    QMap<QString, QList<qint64>> roleIds;
    QList<Pupil> pupils;
    QList<Family> families;
    QList<qint64> teachers, youngTeachers, employers, students;
    QList<Mentor> mentors;
    QList<Mentee> mentees;
    QList<Draft> drafts;
};

// The steps generate() in DemoSchool.cpp runs, in its order, before addActivity(). They all draw from
// d.random, so the same seed gives the same school only as long as that order stays the same.

// DemoPeople.cpp: the school and its people
void prepareSchool(Demo &d);
void addPartners(Demo &d);
void addTeachers(Demo &d);
void addPupils(Demo &d);
void addGraduates(Demo &d);

// DemoPairs.cpp: the banks of mentors and mentees, pairs and groups
void chooseMentors(Demo &d);
void chooseMentees(Demo &d);
void formPairsAndGroups(Demo &d);
void saveProfiles(Demo &d);
// The first school day from the date on: not at weekends, not in the New Year holidays.
QDate schoolDay(QDate date);

} // namespace DemoSchoolInternal
