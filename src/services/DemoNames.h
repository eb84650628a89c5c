#pragma once
#include "domain/PlanItem.h"
#include "domain/Survey.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// The demo school's only source of chance: one generator seeded by the caller, so that the same
// seed and the same "today" always give the same school (never the global generator, never the clock).
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_generator(seed) {}

    int between(int from, int to); // both ends included
    bool chance(double probability);
    QDate dateBetween(const QDate &from, const QDate &to);
    const QString &pick(const QStringList &list);

    template <typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, between(0, int(i)));
    }

private:
    QRandomGenerator m_generator;
};

// Russian names and the word lists the demo school is written with.
namespace DemoNames {

struct FullName
{
    QString lastName;
    QString firstName;
    QString patronymic;
    QString sex; // "м" / "ж"
    QString text() const { return lastName + QLatin1Char(' ') + firstName + QLatin1Char(' ') + patronymic; }
};

// Children share the family's surname and take their patronymic from the father's name.
struct Family
{
    QString surname; // male form
    int father = 0;  // index in the list of male names
};

Family family(DemoRandom &random);
FullName child(DemoRandom &random, const Family &family, bool female);
FullName father(DemoRandom &random, const Family &family);
FullName mother(DemoRandom &random, const Family &family);
FullName adult(DemoRandom &random, bool female);
// Иванов -> Иванова, Королёв -> Королёва, Покровский -> Покровская.
QString surnameForm(const QString &maleForm, bool female);

QString transliterate(const QString &text);
QString phone(DemoRandom &random); // +79XXXXXXXXX
QString email(const FullName &name, int number, const QString &domain);
QString personalEmail(DemoRandom &random, const FullName &name, int number);

// Word lists. The order of the enumerators is the order of the lists in DemoNames.cpp.
enum class Words {
    Subject, ExamSubject, SubjectRequest, AdaptationRequest, CareerRequest, LeadershipRequest,
    TeacherRequest, Interest, TeacherPosition, TeacherCompetency, Achievement, PupilCompetency,
    EmployerCompetency, StudentCompetency, TimeResource, Schedule, MailDomain, Enterprise, College,
    University, EnterprisePosition, CollegePosition, UniversityPosition, GraduatePlace, GroupTitle,
    EndReason, PlanPupil, PlanTeacher, PlanCareer, TopicIntro, TopicTrial, TopicPlanning, TopicPupil,
    TopicTeacher, TopicCareer, TopicFinal, Outcome, SurveyValuable, SurveyMissing, Count
};
const QStringList &words(Words list);
QString pick(DemoRandom &random, Words list);
// from..to different items of a list joined by commas ("шахматы, робототехника").
QString several(DemoRandom &random, Words list, int from, int to);

// What a mentee asks for; it decides the form of mentoring the demo pairs them in.
enum class RequestKind { Subject, Exam, Olympiad, Adaptation, Career, Leadership, Teacher };
QString request(DemoRandom &random, RequestKind kind, int grade);
QString problem(RequestKind kind);
QString result(RequestKind kind);

// count items of a plan list (Words::Plan…), in the list's order, without deadlines.
QList<PlanItem> planItems(DemoRandom &random, Words list, int count);
// Plausible answers of one respondent: mostly 6–10, consistent within the questionnaire; a negative
// shift makes a gloomier respondent (the diagnostics before the work).
QList<SurveyAnswer> answers(DemoRandom &random, const SurveyTemplate &survey, int moodShift = 0);

} // namespace DemoNames
