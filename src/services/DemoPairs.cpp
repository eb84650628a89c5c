#include "services/DemoSchoolInternal.h"

#include "storage/ProfileRepository.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

namespace DemoSchoolInternal {

// ---------------------------------------------------------------------------------------------
// The banks of mentors and mentees

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

// Meetings and starts fall on school days: not at weekends, not in the New Year holidays.
QDate schoolDay(QDate date)
{
    if ((date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 8))
        date = QDate(date.month() == 1 ? date.year() : date.year() + 1, 1, 9);
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

namespace {

// A pupil mentor is older: two grades up, or any higher grade for a senior mentee.
bool fits(const Mentor &mentor, const Mentee &mentee)
{
    if (mentee.paired || mentee.form != mentor.form)
        return false;
    return mentor.grade == 0 || mentor.grade > mentee.grade + (mentee.grade >= 9 ? 0 : 1);
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

} // namespace

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

} // namespace DemoSchoolInternal
