#include "services/DemoSchool.h"

#include "services/DemoSchoolInternal.h"
#include "services/MatchingService.h"
#include "services/OrderService.h"
#include "services/ReferenceData.h"
#include "services/RoadmapService.h"
#include "storage/KpiRepository.h"
#include "storage/MatchingRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/PairRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SqlQuery.h"
#include "storage/SurveyRepository.h"
#include "services/SurveyService.h"

#include <utility>

// The demo school in three files: DemoPeople.cpp adds the school and its people, DemoPairs.cpp the
// banks of mentors and mentees, pairs and groups; this one the year's work and the whole sequence.
namespace DemoSchoolInternal {
namespace {

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

// The questionnaires the demo answers, installed with the defaults.
struct DemoSurveys
{
    SurveyTemplate mentee, mentor, before, after;
};

void addResponse(Demo &d, DemoRandom &random, qint64 pairId, qint64 personId, const SurveyTemplate &survey, const QDate &on,
                 int moodShift = 0)
{
    SurveyResponse r;
    r.templateId = survey.id;
    r.personId = personId;
    r.pairId = pairId;
    r.yearStart = d.year.startYear();
    r.answeredOn = on;
    r.answers = DemoNames::answers(random, survey, moodShift);
    if (!d.failed() && d.check(SurveyRepository(d.db.connection()).insertResponse(r)))
        ++d.summary.surveyResponses;
}

// The December monitoring: most members of pairs still working in December answer the questionnaires.
void addResponses(Demo &d, qint64 pairId, const Pair &pair, const DemoSurveys &surveys)
{
    // Diagnostics of mentees before (after the first meetings) and after (at the end): drawn from a
    // random of their own so that adding them left the rest of the demo school as it was.
    DemoRandom diagnostics(d.options.seed ^ quint32(pairId * 7919));
    for (const PairMember &member : pair.members) {
        if (member.role != MemberRole::Mentee)
            continue;
        if (const QDate on = schoolDay(pair.startedOn.addDays(diagnostics.between(7, 20))); on <= d.today)
            addResponse(d, diagnostics, pairId, member.personId, surveys.before, on, -2);
        if (pair.status == PairStatus::Completed)
            addResponse(d, diagnostics, pairId, member.personId, surveys.after, pair.endedOn, diagnostics.between(-1, 1));
    }
    const QDate from(d.year.startYear(), 12, 16), to(d.year.startYear(), 12, 27);
    if (d.today <= to.addDays(4) || (pair.endedOn.isValid() && pair.endedOn < from) || !d.random.chance(0.75))
        return;
    for (const PairMember &member : pair.members) {
        const bool isMentor = member.role == MemberRole::Mentor;
        if (d.random.chance(isMentor ? 0.9 : 0.85))
            addResponse(d, d.random, pairId, member.personId, isMentor ? surveys.mentor : surveys.mentee, d.random.dateBetween(from, to));
    }
}

void addActivity(Demo &d)
{
    const SurveyService service(d.db);
    const auto ofKind = [&](const char *kind) { return service.templateOfKind(QString::fromLatin1(kind)).value_or(SurveyTemplate()); };
    const DemoSurveys surveys{ofKind("satisfaction_mentee"), ofKind("satisfaction_mentor"), ofKind("diagnostic_before"),
                              ofKind("diagnostic_after")};
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
        addResponses(d, id.value(), draft.pair, surveys);
    }
    // Common events of all pairs: the networking meeting in September and the final one in May.
    addMeeting(d, 0, QStringLiteral("common"), schoolDay(d.year.firstDay().addDays(d.random.between(14, 21))),
               tr("Установочная встреча участников программы наставничества (нетворкинг)"), 90);
    addMeeting(d, 0, QStringLiteral("common"), schoolDay(QDate(d.year.startYear() + 1, 5, d.random.between(18, 24))),
               tr("Итоговое мероприятие: презентация результатов наставнических пар и групп"), 120);
}

// The year's roadmap from the seven-stage template, done as far as the school year has gone.
void addRoadmap(Demo &d)
{
    const auto stages = RoadmapService::placedTemplate(QStringLiteral("seven_stages"), d.year.startYear());
    if (!stages)
        return;
    QList<RoadmapItem> items = stages->items;
    for (RoadmapItem &item : items) {
        if (item.deadline.to < d.today)
            item.status = d.random.between(0, 9) < 8 ? RoadmapStatus::Done : RoadmapStatus::InProgress;
        else if (item.deadline.from <= d.today)
            item.status = RoadmapStatus::InProgress;
    }
    RoadmapRepository roadmaps(d.db.connection());
    const auto id = roadmaps.insert({0, d.year.startYear(), stages->title, tr("демонстрационная школа")});
    if (d.check(id) && d.check(roadmaps.insertItems(id.value(), items)))
        d.summary.roadmapItems = int(items.size());
}

// The year's KPI targets, in the spirit of seed 003 (a college's first year).
void addKpiTargets(Demo &d)
{
    const QList<QPair<QString, double>> targets{{Kpi::PupilsMentees, 20},      {Kpi::PupilsMentors, 10},
                                                {Kpi::YoungTeachersMentees, 100}, {Kpi::TeachersMentors, 30},
                                                {Kpi::OvzMentees, 50},          {Kpi::SatisfactionMentees, 70},
                                                {Kpi::SatisfactionMentors, 70}, {Kpi::PlansDone, 90},
                                                {Kpi::Consents, 100}};
    KpiRepository kpis(d.db.connection());
    for (const auto &[code, value] : targets)
        if (!d.check(kpis.setTarget(code, d.year.startYear(), value)))
            return;
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
    addRoadmap(d);
    addKpiTargets(d);
    return d.failed() ? Status::failure(d.error) : Status();
}

Status issueOrder(Database &db, int yearStart, const QDate &today)
{
    SqlQuery first(db.connection(), QStringLiteral("SELECT min(started_on) FROM mentoring_pair"));
    if (!first.exec() || !first.next())
        return first.status();
    const QDate startedOn = first.date(0);
    if (!startedOn.isValid() || startedOn > today)
        return {};
    OrderDraft draft;
    draft.yearStart = yearStart;
    draft.number = QStringLiteral("112-о");
    draft.issuedOn = startedOn;
    draft.head = QStringLiteral("Л. Н. Соколова");
    draft.curator = QStringLiteral("Г. А. Морозова");
    const auto issued = OrderService(db).issue(draft);
    return issued ? Status() : Status::failure(issued.error());
}

} // namespace
} // namespace DemoSchoolInternal

Result<DemoSummary> DemoSchool::create(Database &db, const DemoOptions &options)
{
    using namespace DemoSchoolInternal;
    using R = Result<DemoSummary>;
    if (!options.today.isValid() || options.pupils < 11 || options.teachers < 3)
        return R::failure(QCoreApplication::translate("DemoSchool", "Для демонстрационной школы нужны дата, не меньше 11 обучающихся и 3 педагогов."));
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
    // The pairs formed so far were fixed by the head's order on the day they started.
    if (Status s = issueOrder(db, demo.year.startYear(), options.today); !s)
        return R::failure(s.error());
    // Mentees who joined after the pairs were formed wait for a pair: the demo shows the curator a
    // matching proposal for them. The service only borrows the database here.
    const DatabasePtr borrowed(&db, [](Database *) {});
    if (!MatchingRepository(db.connection()).mentees(demo.year.startYear()).isEmpty())
        if (const auto run = MatchingService(borrowed).run(demo.year.startYear(), options.today); !run)
            return R::failure(run.error());
    return demo.summary;
}
