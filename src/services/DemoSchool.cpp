#include "services/DemoSchool.h"

#include "domain/AcademicYear.h"
#include "services/DemoNames.h"
#include "services/ReferenceData.h"
#include "storage/MeetingRepository.h"
#include "storage/PairRepository.h"
#include "storage/PartnerRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlanRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SurveyRepository.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

using DemoNames::RequestKind;
using DemoNames::Words;

static QString tr(const char *text) { return QCoreApplication::translate("DemoSchool", text); }

namespace {

const QLatin1String kPupilPupil("pupil_pupil"), kTeacherTeacher("teacher_teacher"), kTeacherPupil("teacher_pupil"),
    kStudentPupil("student_pupil"), kEmployerPupil("employer_pupil");

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

// ---------------------------------------------------------------------------------------------
// The school and its people

void prepareSchool(Demo &d)
{
    ReferenceRepository references(d.db.connection());
    for (const MentoringForm &form : references.forms()) {
        d.formIds.insert(form.code, form.id);
        d.roleIds.insert(form.code, references.roleModelIds(form.id));
    }
    const int number = d.random.between(2, 48);
    d.domain = QStringLiteral("school%1.ru").arg(number);
    SqlQuery q(d.db.connection(),
               QStringLiteral("UPDATE organisation SET name = :name, short_name = :short WHERE id = 1"));
    q.bind(QStringLiteral(":name"), tr("МБОУ «Средняя общеобразовательная школа № %1»").arg(number))
        .bind(QStringLiteral(":short"), tr("МБОУ СОШ № %1").arg(number));
    q.exec();
    d.check(q.status());
}

Person person(Demo &d, const DemoNames::FullName &name, PersonCategory category, const QDate &birth)
{
    Person p;
    p.lastName = name.lastName;
    p.firstName = name.firstName;
    p.patronymic = name.patronymic;
    p.sex = name.sex;
    p.category = category;
    p.birthDate = birth;
    p.phone = DemoNames::phone(d.random);
    return p;
}

qint64 addPerson(Demo &d, const Person &person)
{
    if (d.failed())
        return 0;
    const auto id = d.people.insert(person);
    if (!d.check(id))
        return 0;
    ++d.summary.people;
    switch (person.category) {
    case PersonCategory::Pupil: ++d.summary.pupils; break;
    case PersonCategory::Teacher: ++d.summary.teachers; break;
    case PersonCategory::Parent: ++d.summary.parents; break;
    case PersonCategory::Graduate: ++d.summary.graduates; break;
    case PersonCategory::Employer: ++d.summary.employers; break;
    case PersonCategory::Student: break;
    }
    return id.value();
}

Consent consent(const Demo &d, qint64 personId, qint64 signerId, const QDate &signedOn)
{
    Consent c;
    c.personId = personId;
    c.signerPersonId = signerId;
    c.signedOn = signedOn;
    c.scope = d.scope;
    c.validUntil = d.year.lastDay();
    return c;
}

// Adults sign their own consent.
qint64 addAdult(Demo &d, const Person &person, const QDate &signedOn)
{
    const qint64 id = addPerson(d, person);
    if (id)
        d.check(d.people.addConsent(consent(d, id, 0, signedOn)));
    return id;
}

Partner addPartner(Demo &d, PartnerKind kind, Words names, Words positions)
{
    const QStringList entry = DemoNames::pick(d.random, names).split(QLatin1Char('|'));
    const QString domain = entry.value(1) + QStringLiteral(".ru");
    QList<DemoNames::FullName> staff;
    for (int i = d.random.between(2, 4); i > 0; --i)
        staff << DemoNames::adult(d.random, d.random.chance(0.45));
    Partner partner;
    partner.name = entry.value(0);
    partner.kind = kind;
    const QDate firstDay = d.year.firstDay();
    partner.agreementDate = d.past(d.random.dateBetween(firstDay.addDays(-150), firstDay.addDays(20)));
    partner.agreementNumber =
        QStringLiteral("%1/%2").arg(d.random.between(3, 48)).arg(partner.agreementDate.year() % 100);
    partner.contactPerson = staff.first().text();
    partner.phone = DemoNames::phone(d.random);
    partner.email = QStringLiteral("info@") + domain;
    if (d.failed())
        return partner;
    const auto id = PartnerRepository(d.db.connection()).insert(partner);
    if (!d.check(id))
        return partner;
    partner.id = id.value();
    ++d.summary.partners;
    for (const DemoNames::FullName &name : std::as_const(staff)) {
        Person p = person(d, name, PersonCategory::Employer, d.birthForAge(d.random.between(26, 60)));
        p.position = DemoNames::pick(d.random, positions);
        p.workplace = partner.name;
        p.partnerId = partner.id;
        p.email = DemoNames::email(name, p.birthDate.year(), domain);
        d.employers << addAdult(d, p, d.consentDate());
    }
    return partner;
}

void addPartners(Demo &d)
{
    addPartner(d, PartnerKind::Enterprise, Words::Enterprise, Words::EnterprisePosition);
    const Partner college = addPartner(d, PartnerKind::College, Words::College, Words::CollegePosition);
    if (d.random.chance(0.6))
        addPartner(d, PartnerKind::University, Words::University, Words::UniversityPosition);
    for (int i = d.random.between(3, 5); i > 0; --i) {
        const auto name = DemoNames::adult(d.random, d.random.chance(0.5));
        Person p = person(d, name, PersonCategory::Student, d.birthForAge(d.random.between(18, 20)));
        p.position = QStringLiteral("студент %1 курса").arg(d.random.between(2, 4));
        p.workplace = college.name;
        p.partnerId = college.id;
        p.email = DemoNames::personalEmail(d.random, name, p.birthDate.year());
        d.students << addAdult(d, p, d.consentDate());
    }
}

void addTeachers(Demo &d)
{
    // About 15 % young specialists: 0–3 years of experience, 22–30 years old.
    QList<bool> young(d.options.teachers, false);
    std::fill_n(young.begin(), qMax(1, int(std::lround(d.options.teachers * 0.15))), true);
    d.random.shuffle(young);
    for (const bool isYoung : std::as_const(young)) {
        const auto name = DemoNames::adult(d.random, d.random.chance(0.82));
        const int age = isYoung ? d.random.between(22, 30) : d.random.between(28, 64);
        const int experience = isYoung ? d.random.between(0, qMin(3, age - 22)) : d.random.between(5, age - 23);
        Person p = person(d, name, PersonCategory::Teacher, d.birthForAge(age));
        p.position = DemoNames::pick(d.random, Words::TeacherPosition);
        // From early September: a young specialist keeps at most 3 full years until the year ends.
        p.pedagogicalSince = d.past(QDate(d.year.startYear() - experience, 9, 1).addDays(d.random.between(0, 5)));
        p.email = DemoNames::email(name, age, d.domain);
        (isYoung ? d.youngTeachers : d.teachers) << addAdult(d, p, d.consentDate());
    }
}

Family newFamily(Demo &d, int grade)
{
    Family f;
    f.names = DemoNames::family(d.random);
    const std::pair<const char *, double> tags[] = {{"low_income", 0.05}, {"hard_life", 0.015}, {"rural", 0.02},
                                                    {"orphan", 0.006}};
    for (const auto &[tag, share] : tags)
        if (d.random.chance(share))
            f.tags << QLatin1String(tag);
    const bool orphan = f.tags.contains(QLatin1String("orphan"));
    // A few families have no representative on file yet: a gap the curator is expected to close.
    if (!orphan && d.random.chance(0.03))
        return f;
    const bool isMother = d.random.chance(0.75);
    const auto name = orphan ? DemoNames::adult(d.random, true)
                             : isMother ? DemoNames::mother(d.random, f.names) : DemoNames::father(d.random, f.names);
    f.relation = orphan ? tr("опекун") : isMother ? tr("мать") : tr("отец");
    Person p = person(d, name, PersonCategory::Parent, d.birthForAge(grade + 6 + d.random.between(22, 40)));
    if (d.random.chance(0.7))
        p.email = DemoNames::personalEmail(d.random, name, p.birthDate.year());
    f.signedOn = d.consentDate();
    f.parentId = addAdult(d, p, f.signedOn);
    return f;
}

// Pupils are added from grade 1 up: about one in seven is an older sibling of a pupil already added.
Family &familyFor(Demo &d, int grade)
{
    if (!d.families.isEmpty() && d.random.chance(0.15)) {
        Family &family = d.families[d.random.between(0, int(d.families.size()) - 1)];
        if (family.lastGrade < grade && family.children < 3)
            return family;
    }
    d.families << newFamily(d, grade);
    return d.families.last();
}

// A pupil of grade g in the school year starting in Y was born in Y-g-6; a few started school late.
QDate birthForGrade(Demo &d, int grade)
{
    const int year = d.year.startYear() - grade - 6;
    if (d.random.chance(0.08))
        return d.random.dateBetween(QDate(year - 1, 9, 1), QDate(year - 1, 12, 31));
    return d.random.dateBetween(QDate(year, 1, 1), QDate(year, 12, 31));
}

// About 95 % signed this year; a few withdrawn, a few with only last year's (expired) one, a few missing.
void addPupilConsent(Demo &d, qint64 pupilId, const Family &family)
{
    Consent c = consent(d, pupilId, family.parentId, family.signedOn);
    const int roll = d.random.between(1, 100);
    if (roll > 97)
        return;
    if (roll > 95) {
        c.signedOn = family.signedOn.addYears(-1);
        c.validUntil = d.year.previous().lastDay();
    } else if (roll > 94 && c.signedOn.daysTo(d.today) > 1) {
        c.withdrawnOn = d.random.dateBetween(c.signedOn.addDays(1), d.today);
    }
    d.check(d.people.addConsent(c));
}

void addPupil(Demo &d, int grade, const QString &className)
{
    Family &family = familyFor(d, grade);
    const auto name = DemoNames::child(d.random, family.names, d.random.chance(0.5));
    Person p = person(d, name, PersonCategory::Pupil, birthForGrade(d, grade));
    p.className = className;
    if (grade < 5 || d.random.chance(0.4))
        p.phone.clear();
    if (grade >= 7 && d.random.chance(0.35))
        p.email = DemoNames::personalEmail(d.random, name, p.birthDate.year());
    Pupil pupil{0, grade, d.random.chance(0.03), grade > 1 && d.random.chance(0.05), false};
    p.tags = family.tags;
    if (pupil.ovz)
        p.tags << QStringLiteral("ovz");
    if (pupil.gifted)
        p.tags << QStringLiteral("gifted");
    pupil.id = addPerson(d, p);
    if (!pupil.id)
        return;
    ++family.children;
    family.lastGrade = grade;
    if (family.parentId) {
        d.check(d.people.addRepresentative({pupil.id, family.parentId, family.relation}));
        addPupilConsent(d, pupil.id, family);
    }
    d.pupils << pupil;
}

void addPupils(Demo &d)
{
    // Fewer pupils in the senior grades, as in a real school; the weights sum to 100.
    static const int weights[11] = {11, 11, 10, 10, 10, 10, 9, 9, 9, 6, 5};
    const QString letters = QStringLiteral("АБВГДЕЖЗИКЛМНОПРСТУФ");
    int before = 0, cumulative = 0;
    for (int grade = 1; grade <= 11; ++grade) {
        cumulative += weights[grade - 1];
        const int upTo = int(std::lround(cumulative * d.options.pupils / 100.0));
        const int count = upTo - before;
        before = upTo;
        // 25–28 pupils a class: 2–3 classes a grade for 600 pupils, more letters for a bigger school.
        const int classes = qBound(1, (count + 27) / 28, int(letters.size()));
        for (int i = 0; i < count && !d.failed(); ++i)
            addPupil(d, grade, QString::number(grade) + letters.at(i * classes / count));
    }
}

void addGraduates(Demo &d)
{
    for (int i = qMax(5, d.options.pupils / 30); i > 0; --i) {
        const auto name = DemoNames::adult(d.random, d.random.chance(0.5));
        const int graduated = d.year.startYear() - d.random.between(1, 8);
        Person p = person(d, name, PersonCategory::Graduate,
                          d.random.dateBetween(QDate(graduated - 18, 1, 1), QDate(graduated - 18, 12, 31)));
        p.graduationYear = graduated;
        p.workplace = DemoNames::pick(d.random, Words::GraduatePlace);
        p.email = DemoNames::personalEmail(d.random, name, p.birthDate.year());
        addAdult(d, p, d.consentDate());
    }
}

// ---------------------------------------------------------------------------------------------
// The banks of mentors and mentees

void addMentor(Demo &d, qint64 personId, const QString &form, int grade)
{
    Mentor m{personId, form, grade, {}, 0, false};
    MentorProfile &p = m.profile;
    p.personId = personId;
    p.yearStart = d.year.startYear();
    p.formId = d.formIds.value(form);
    p.enteredOn = d.past(d.year.firstDay().addDays(d.random.between(3, 25)));
    p.interests = DemoNames::several(d.random, Words::Interest, 1, 2);
    p.timeResource = DemoNames::pick(d.random, Words::TimeResource);
    p.schedule = DemoNames::pick(d.random, Words::Schedule);
    p.capacity = d.random.between(1, form == kTeacherPupil ? 3 : 2);
    const QDate training = d.year.firstDay().addDays(d.random.between(14, 45));
    p.trainingDone = training <= d.today && d.random.chance(0.85);
    p.trainingDate = p.trainingDone ? training : QDate();
    const bool teacher = form == kTeacherTeacher || form == kTeacherPupil;
    const Words competencies = teacher ? Words::TeacherCompetency
        : form == kEmployerPupil ? Words::EmployerCompetency
        : form == kStudentPupil ? Words::StudentCompetency : Words::PupilCompetency;
    p.competencies = DemoNames::several(d.random, competencies, 1, 3);
    if (teacher && d.random.chance(0.6))
        p.achievements = DemoNames::pick(d.random, Words::Achievement);
    p.desiredAgeFrom = form == kTeacherTeacher ? 21 : form == kPupilPupil ? 7 : form == kTeacherPupil ? 10 : 13;
    p.desiredAgeTo = form == kTeacherTeacher ? 35 : form == kPupilPupil ? grade + 4 : 17;
    d.mentors << m;
}

void chooseMentors(Demo &d)
{
    // Experienced teachers: one for each young specialist, and about a fifth of the staff for pupils.
    QList<qint64> experienced = d.teachers;
    d.random.shuffle(experienced);
    const int forTeachers = int(d.youngTeachers.size());
    const int forPupils = qMax(1, int(std::lround((d.teachers.size() + forTeachers) * 0.2)));
    for (int i = 0; i < experienced.size() && i < forTeachers + forPupils; ++i)
        addMentor(d, experienced.at(i), i < forTeachers ? QString(kTeacherTeacher) : QString(kTeacherPupil), 0);
    for (const qint64 id : std::as_const(d.employers))
        if (d.random.chance(0.75))
            addMentor(d, id, kEmployerPupil, 0);
    for (const qint64 id : std::as_const(d.students))
        addMentor(d, id, kStudentPupil, 0);
    // Strong senior pupils (grades 9–11), the gifted first.
    QList<int> seniors;
    for (int i = 0; i < d.pupils.size(); ++i)
        if (d.pupils.at(i).grade >= 9 && !d.pupils.at(i).ovz)
            seniors << i;
    d.random.shuffle(seniors);
    std::stable_partition(seniors.begin(), seniors.end(), [&d](int i) { return d.pupils.at(i).gifted; });
    for (const int i : seniors.mid(0, qMax(1, int(std::lround(d.options.pupils / 30.0))))) {
        d.pupils[i].taken = true;
        addMentor(d, d.pupils.at(i).id, kPupilPupil, d.pupils.at(i).grade);
    }
}

RequestKind requestKind(Demo &d, const Pupil &pupil)
{
    const int g = pupil.grade;
    if (pupil.gifted && g >= 5 && d.random.chance(0.7))
        return RequestKind::Olympiad;
    if (pupil.ovz)
        return d.random.chance(0.5) ? RequestKind::Adaptation : RequestKind::Subject;
    if ((g == 1 || g == 5 || d.random.chance(0.1)) && d.random.chance(0.5))
        return RequestKind::Adaptation;
    if (g >= 8 && d.random.chance(0.6))
        return RequestKind::Career;
    if (g >= 9 && d.random.chance(0.7))
        return RequestKind::Exam;
    if (g >= 5 && d.random.chance(0.3))
        return RequestKind::Leadership;
    return RequestKind::Subject;
}

// The form and role model (an index in the form's default list of role models) that suit a request.
std::pair<QString, int> formFor(Demo &d, RequestKind kind, int grade, bool ovz)
{
    using Form = std::pair<QString, int>;
    switch (kind) {
    case RequestKind::Teacher: return {kTeacherTeacher, QList<int>{0, 1, 4}.at(d.random.between(0, 2))};
    case RequestKind::Olympiad: return {kTeacherPupil, 0};
    case RequestKind::Exam: return {kTeacherPupil, 1};
    case RequestKind::Career: return {d.random.chance(0.6) ? kEmployerPupil : kStudentPupil, 0};
    case RequestKind::Leadership: return {kPupilPupil, d.random.between(1, 2)};
    case RequestKind::Adaptation: return grade <= 9 ? Form(kPupilPupil, 3) : Form(kTeacherPupil, 1);
    case RequestKind::Subject:
        if (ovz && grade >= 5 && d.random.chance(0.4))
            return {kStudentPupil, 1};
        return !ovz && grade <= 8 && d.random.chance(0.6) ? Form(kPupilPupil, 0) : Form(kTeacherPupil, 1);
    }
    return {};
}

void addMentee(Demo &d, qint64 personId, RequestKind kind, int grade, bool ovz)
{
    Mentee m;
    m.id = personId;
    m.kind = kind;
    m.grade = grade;
    std::tie(m.form, m.role) = formFor(d, kind, grade, ovz);
    MenteeProfile &p = m.profile;
    p.personId = personId;
    p.yearStart = d.year.startYear();
    p.request = DemoNames::request(d.random, kind, grade);
    p.problems = DemoNames::problem(kind);
    if (kind != RequestKind::Teacher)
        p.interests = DemoNames::several(d.random, Words::Interest, 1, 3);
    p.desiredFormId = d.formIds.value(m.form);
    p.enteredOn = d.past(d.year.firstDay().addDays(d.random.between(3, 40)));
    d.mentees << m;
}

void chooseMentees(Demo &d)
{
    // Young specialists come first so that every one of them gets a mentor.
    for (const qint64 id : std::as_const(d.youngTeachers))
        addMentee(d, id, RequestKind::Teacher, 0, false);
    // About a fifth of the pupils; all pupils with ОВЗ are among them (the roadmaps aim at 100 %).
    QList<int> order;
    for (int i = 0; i < d.pupils.size(); ++i)
        if (!d.pupils.at(i).taken)
            order << i;
    d.random.shuffle(order);
    std::stable_partition(order.begin(), order.end(), [&d](int i) { return d.pupils.at(i).ovz; });
    order = order.mid(0, int(std::lround(d.options.pupils * 0.2)));
    d.random.shuffle(order); // so that groups and pairs do not take the ОВЗ pupils first
    for (const int i : std::as_const(order)) {
        Pupil &pupil = d.pupils[i];
        pupil.taken = true;
        addMentee(d, pupil.id, requestKind(d, pupil), pupil.grade, pupil.ovz);
    }
}

// ---------------------------------------------------------------------------------------------
// Pairs and groups

// A pupil mentor is older: two grades up, or any higher grade for a senior mentee.
bool fits(const Mentor &mentor, const Mentee &mentee)
{
    if (mentee.paired || mentee.form != mentor.form)
        return false;
    return mentor.grade == 0 || mentor.grade > mentee.grade + (mentee.grade >= 9 ? 0 : 1);
}

// Meetings and starts fall on school days: not at weekends, not in the New Year holidays.
QDate schoolDay(QDate date)
{
    if ((date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 8))
        date = QDate(date.month() == 1 ? date.year() : date.year() + 1, 1, 9);
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

// Pairs start in September–October and plan to finish in late May; a few are still forming, a few end early.
void schedule(Demo &d, Pair &p)
{
    p.plannedEndOn = schoolDay(QDate(d.year.startYear() + 1, 5, d.random.between(18, 27)));
    const QDate start = schoolDay(d.year.firstDay().addDays(d.random.between(7, 50)));
    const int roll = d.random.between(1, 100);
    if (start > d.today || roll <= 5) {
        p.status = PairStatus::Forming;
        return;
    }
    p.startedOn = start;
    p.status = PairStatus::Active;
    const qint64 days = start.daysTo(d.today);
    if (roll <= 9 && days > 45) {
        p.status = PairStatus::EndedEarly;
        p.endedOn = d.random.dateBetween(start.addDays(30), qMin(d.today, p.plannedEndOn.addDays(-20)));
        p.endReason = DemoNames::pick(d.random, Words::EndReason);
    } else if (d.today >= p.plannedEndOn) {
        p.status = PairStatus::Completed;
        p.endedOn = p.plannedEndOn;
    } else if (roll <= 12 && days > 90) { // a short programme, such as preparing for an olympiad
        p.status = PairStatus::Completed;
        p.endedOn = d.random.dateBetween(start.addDays(90), d.today);
    }
}

QString groupTitle(const Demo &d, const QString &form)
{
    QStringList titles;
    for (const QString &entry : DemoNames::words(Words::GroupTitle))
        if (entry.section(QLatin1Char('|'), 0, 0) == form)
            titles << entry.section(QLatin1Char('|'), 1);
    const auto sameForm = std::count_if(d.drafts.begin(), d.drafts.end(),
                                        [&](const Draft &g) { return g.pair.isGroup && g.form == form; });
    return titles.isEmpty() ? QString() : titles.at(sameForm % titles.size());
}

Draft draft(Demo &d, Mentor &mentor, const QList<int> &members, bool group)
{
    const Mentee &first = d.mentees.at(members.first());
    Draft result{{}, mentor.form, first.profile.request};
    Pair &p = result.pair;
    p.yearStart = d.year.startYear();
    p.isGroup = group;
    p.title = group ? groupTitle(d, mentor.form) : QString();
    p.formId = d.formIds.value(mentor.form);
    const QList<qint64> roles = d.roleIds.value(mentor.form); // editable: a shorter list falls back to its last
    p.roleModelId = roles.isEmpty() ? 0 : roles.at(qMin(first.role, int(roles.size()) - 1));
    schedule(d, p);
    p.members << PairMember{mentor.id, MemberRole::Mentor, {}};
    for (const int i : members) {
        Mentee &m = d.mentees[i];
        m.paired = true;
        p.members << PairMember{m.id, MemberRole::Mentee, {}};
        if (p.status == PairStatus::Completed) {
            m.profile.completedOn = p.endedOn;
            m.profile.results = DemoNames::result(m.kind);
        }
    }
    return result;
}

void formGroup(Demo &d, const QString &form)
{
    const auto leader = std::find_if(d.mentors.begin(), d.mentors.end(),
                                     [&](const Mentor &m) { return m.form == form && !m.leader && m.used == 0; });
    if (leader == d.mentors.end())
        return;
    QList<int> members;
    const int size = d.random.between(3, 5);
    for (int i = 0; i < d.mentees.size() && members.size() < size; ++i)
        if (fits(*leader, d.mentees.at(i)))
            members << i;
    if (members.size() < 3)
        return;
    // Group mentoring: the leader takes the whole group, whatever the usual capacity.
    leader->leader = true;
    leader->used = int(members.size());
    leader->profile.capacity = qMax(leader->profile.capacity, leader->used);
    d.drafts << draft(d, *leader, members, true);
}

// The least loaded mentor with room left (capacity is respected); ties go to the earlier profile.
Mentor *freeMentor(Demo &d, const Mentee &mentee)
{
    Mentor *best = nullptr;
    for (Mentor &m : d.mentors)
        if (!m.leader && m.used < m.profile.capacity && fits(m, mentee) && (!best || m.used < best->used))
            best = &m;
    return best;
}

void formPairsAndGroups(Demo &d)
{
    // Group leaders by forms in turn, so that a bigger school gets more groups of every kind.
    const QLatin1String groupForms[] = {kTeacherPupil, kEmployerPupil, kPupilPupil, kTeacherPupil, kStudentPupil,
                                        kPupilPupil};
    for (int i = 0; i < qMax(1, int(std::lround(d.options.pupils / 100.0))); ++i)
        formGroup(d, groupForms[i % 6]);
    // Pupils' pairs are capped so that the bank keeps mentees without a pair for the curator to match.
    const int pupilPairs = qMax(1, int(std::lround(d.options.pupils / 12.0)));
    int formed = 0;
    for (int i = 0; i < d.mentees.size(); ++i) {
        const Mentee &mentee = d.mentees.at(i);
        Mentor *mentor = mentee.grade > 0 && formed >= pupilPairs ? nullptr : freeMentor(d, mentee);
        if (!mentor)
            continue;
        ++mentor->used;
        formed += mentee.grade > 0 ? 1 : 0;
        d.drafts << draft(d, *mentor, {i}, false);
    }
}

void saveProfiles(Demo &d)
{
    ProfileRepository profiles(d.db.connection());
    for (const Mentor &m : std::as_const(d.mentors))
        if (!d.failed() && d.check(profiles.saveMentor(m.profile)))
            ++d.summary.mentors;
    for (const Mentee &m : std::as_const(d.mentees))
        if (!d.failed() && d.check(profiles.saveMentee(m.profile)))
            ++d.summary.mentees;
}

// ---------------------------------------------------------------------------------------------
// The year's work: plans, meetings, questionnaires

void addPlan(Demo &d, qint64 pairId, const Draft &draft)
{
    const bool career = draft.form == kEmployerPupil || draft.form == kStudentPupil;
    const Words list = draft.form == kTeacherTeacher ? Words::PlanTeacher
                       : career                      ? Words::PlanCareer
                                                     : Words::PlanPupil;
    QList<PlanItem> items = DemoNames::planItems(d.random, list, d.random.between(5, 8));
    // Deadlines spread evenly up to the planned end; what fell due while the pair worked is mostly done.
    const Pair &p = draft.pair;
    const QDate from = p.startedOn.addDays(14);
    const QDate stop = p.endedOn.isValid() ? p.endedOn : d.today;
    for (int k = 0; k < items.size(); ++k) {
        PlanItem &item = items[k];
        item.deadline = from.addDays(from.daysTo(p.plannedEndOn) * (k + 1) / items.size());
        if (item.deadline > stop)
            continue;
        item.done = d.random.chance(0.88);
        if (item.done)
            item.doneOn = d.random.dateBetween(item.deadline.addDays(-10), item.deadline);
        else
            item.comment = tr("Перенесено, выполняется");
    }
    const QString goal = draft.request.left(1).toUpper() + draft.request.mid(1);
    if (d.check(PlanRepository(d.db.connection()).insertPlan(pairId, goal, draft.form, items)))
        ++d.summary.plans;
}

// Returns whether the meeting has taken place; a later one is written as planned only.
bool addMeeting(Demo &d, qint64 pairId, const QString &kind, const QDate &on, const QString &topic, int minutes = 0)
{
    Meeting m;
    m.pairId = pairId;
    m.kind = kind;
    m.plannedOn = on;
    m.durationMinutes = minutes > 0 ? minutes : 5 * d.random.between(6, 18);
    m.topic = topic;
    const bool held = on <= d.today;
    if (held) {
        m.heldOn = d.random.chance(0.1) ? d.past(schoolDay(on.addDays(1))) : on;
        if (pairId && d.random.chance(0.6))
            m.outcome = DemoNames::pick(d.random, Words::Outcome);
    }
    if (!d.failed() && d.check(MeetingRepository(d.db.connection()).insert(m)))
        ++d.summary.meetings;
    return held;
}

// The sequence of the target model: знакомство, пробная встреча, планирование, then regular meetings
// every two or three weeks, and the final one when the pair has finished. One upcoming meeting is planned.
void addMeetings(Demo &d, qint64 pairId, const Draft &draft)
{
    const Pair &p = draft.pair;
    const QDate end = p.endedOn.isValid() ? p.endedOn : p.plannedEndOn;
    const bool career = draft.form == kEmployerPupil || draft.form == kStudentPupil;
    const Words regular = draft.form == kTeacherTeacher ? Words::TopicTeacher
                          : career                      ? Words::TopicCareer
                                                        : Words::TopicPupil;
    const Words topics[] = {Words::TopicIntro, Words::TopicTrial, Words::TopicPlanning, regular};
    const QString kinds[] = {QStringLiteral("intro"), QStringLiteral("trial"), QStringLiteral("planning"),
                             QStringLiteral("regular")};
    QDate on = p.startedOn;
    for (int step = 0; on.daysTo(end) > 5; ++step) {
        if (!addMeeting(d, pairId, kinds[qMin(step, 3)], on, DemoNames::pick(d.random, topics[qMin(step, 3)])))
            return;
        on = schoolDay(on.addDays(step < 2 ? d.random.between(7, 12) : d.random.between(12, 21)));
    }
    if (p.status == PairStatus::Completed)
        addMeeting(d, pairId, QStringLiteral("final"), p.endedOn, DemoNames::pick(d.random, Words::TopicFinal));
}

// The December monitoring: most members of pairs still working in December answer the questionnaires.
void addResponses(Demo &d, qint64 pairId, const Pair &pair, const SurveyTemplate &mentee, const SurveyTemplate &mentor)
{
    const QDate from(d.year.startYear(), 12, 16), to(d.year.startYear(), 12, 27);
    if (d.today <= to.addDays(4) || (pair.endedOn.isValid() && pair.endedOn < from) || !d.random.chance(0.75))
        return;
    SurveyRepository surveys(d.db.connection());
    for (const PairMember &member : pair.members) {
        const bool isMentor = member.role == MemberRole::Mentor;
        if (!d.random.chance(isMentor ? 0.9 : 0.85))
            continue;
        SurveyResponse r;
        r.templateId = isMentor ? mentor.id : mentee.id;
        r.personId = member.personId;
        r.pairId = pairId;
        r.yearStart = d.year.startYear();
        r.answeredOn = d.random.dateBetween(from, to);
        r.answers = DemoNames::answers(d.random, isMentor ? mentor : mentee);
        if (!d.failed() && d.check(surveys.insertResponse(r)))
            ++d.summary.surveyResponses;
    }
}

SurveyTemplate addSurvey(Demo &d, const QString &kind, const QString &title, Words questions)
{
    const SurveyTemplate survey = DemoNames::survey(kind, title, questions);
    if (d.failed())
        return survey;
    const auto stored = SurveyRepository(d.db.connection()).insertTemplate(survey);
    return d.check(stored) ? stored.value() : survey;
}

void addActivity(Demo &d)
{
    const SurveyTemplate mentee = addSurvey(d, QStringLiteral("satisfaction_mentee"),
                                            tr("Удовлетворённость наставляемого"), Words::SurveyMentee);
    const SurveyTemplate mentor = addSurvey(d, QStringLiteral("satisfaction_mentor"),
                                            tr("Удовлетворённость наставника"), Words::SurveyMentor);
    PairRepository pairs(d.db.connection());
    for (const Draft &draft : std::as_const(d.drafts)) {
        if (d.failed())
            return;
        const auto id = pairs.insert(draft.pair);
        if (!d.check(id))
            return;
        ++(draft.pair.isGroup ? d.summary.groups : d.summary.pairs);
        if (draft.pair.status == PairStatus::Forming)
            continue;
        if (d.random.chance(0.5))
            addPlan(d, id.value(), draft);
        addMeetings(d, id.value(), draft);
        addResponses(d, id.value(), draft.pair, mentee, mentor);
    }
    // Common events of all pairs: the networking meeting in September and the final one in May.
    addMeeting(d, 0, QStringLiteral("common"), schoolDay(d.year.firstDay().addDays(d.random.between(14, 21))),
               tr("Установочная встреча участников программы наставничества (нетворкинг)"), 90);
    addMeeting(d, 0, QStringLiteral("common"), schoolDay(QDate(d.year.startYear() + 1, 5, d.random.between(18, 24))),
               tr("Итоговое мероприятие: презентация результатов наставнических пар и групп"), 120);
}

Status generate(Demo &d)
{
    prepareSchool(d);
    addPartners(d);
    addTeachers(d);
    addPupils(d);
    addGraduates(d);
    chooseMentors(d);
    chooseMentees(d);
    formPairsAndGroups(d);
    saveProfiles(d);
    addActivity(d);
    return d.failed() ? Status::failure(d.error) : Status();
}

} // namespace

Result<DemoSummary> DemoSchool::create(Database &db, const DemoOptions &options)
{
    using R = Result<DemoSummary>;
    if (!options.today.isValid() || options.pupils < 11 || options.teachers < 3)
        return R::failure(tr("Для демонстрационной школы нужны дата, не меньше 11 обучающихся и 3 педагогов."));
    SqlQuery count(db.connection(), QStringLiteral("SELECT COUNT(*) FROM person"));
    if (!count.exec() || !count.next())
        return R::failure(count.error());
    if (count.integer(0) > 0)
        return R::failure(tr("В базе уже есть участники. Демонстрационная школа создаётся только в пустой базе: "
                             "создайте новый файл."));
    if (Status s = ReferenceData::installDefaults(db); !s)
        return R::failure(s.error());
    Demo demo(db, options);
    if (Status s = db.transaction([&] { return generate(demo); }); !s)
        return R::failure(s.error());
    return demo.summary;
}
