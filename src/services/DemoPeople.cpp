#include "services/DemoSchoolInternal.h"

#include "storage/PartnerRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/SchoolRepository.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace DemoSchoolInternal {

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
    // A school on the server keeps the name its administrator gave it.
    if (!d.db.isServer())
        d.check(SchoolRepository(d.db.connection())
                    .setHome({tr("МБОУ «Средняя общеобразовательная школа № %1»").arg(number), tr("МБОУ СОШ № %1").arg(number), {}}));
}

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

} // namespace DemoSchoolInternal
