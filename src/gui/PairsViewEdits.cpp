// The edits of the pairs page: the plan, the meeting diary, the closure and the programme of the
// selected pair. Each is done through the service first, then put on the undo stack already done.
#include "gui/PairsView.h"

#include "gui/AttendanceList.h"

#include "gui/ClosePairDialog.h"
#include "gui/PairWorkModels.h"
#include "gui/ServiceCommand.h"
#include "services/PairService.h"
#include "services/ProgrammeService.h"
#include "ui_PairsView.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

// The edit is done now; the undo stack gets it already done, and each step reloads the page.
void PairsView::push(const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    m_undo->push(new ServiceCommand(text, std::move(redo), std::move(undo), [this](const QString &e) { emit errorOccurred(e); },
                                    [this] { reload(); }));
    reload();
}

void PairsView::applyPlan(const IndividualPlan &after)
{
    PairService service(*m_db);
    const IndividualPlan before = service.plan(after.pairId);
    if (const Status s = service.savePlan(after); !s) {
        emit errorOccurred(s.error());
        return;
    }
    const DatabasePtr db = m_db;
    // A plan created now gets its id on the first save; the undo clears its items.
    IndividualPlan saved = after;
    saved.id = service.plan(after.pairId).id;
    IndividualPlan restored = before;
    restored.id = saved.id;
    push(tr("Индивидуальный план"), [db, saved] { return PairService(*db).savePlan(saved); },
         [db, restored] { return PairService(*db).savePlan(restored); });
}

void PairsView::applyMeeting(const Meeting &before, const Meeting &after)
{
    const auto saved = PairService(*m_db).saveMeeting(after);
    if (!saved) {
        emit errorOccurred(saved.error());
        return;
    }
    const DatabasePtr db = m_db;
    push(tr("Встреча"), [db, after] { return PairService(*db).restoreMeeting(after); },
         [db, before] { return PairService(*db).restoreMeeting(before); });
}

void PairsView::draftPlanFromTemplate()
{
    const qint64 id = selectedPairId();
    PairService service(*m_db);
    const QList<PlanTemplate> templates = service.planTemplates();
    QStringList titles;
    for (const PlanTemplate &t : templates)
        titles << t.title;
    const auto suited = service.templateFor(id);
    bool ok = false;
    const QString title = QInputDialog::getItem(this, tr("План по шаблону"), tr("Шаблон плана:"), titles,
                                                std::max<int>(0, int(titles.indexOf(suited ? suited->title : QString()))), false, &ok);
    if (!ok)
        return;
    if (!m_plan->plan().items.isEmpty()
        && QMessageBox::question(this, tr("План по шаблону"), tr("Заменить пункты плана пунктами шаблона? Это можно отменить."))
               != QMessageBox::Yes)
        return;
    const auto draft = service.draftPlan(id, templates.at(int(titles.indexOf(title))).code);
    if (!draft) {
        emit errorOccurred(draft.error());
        return;
    }
    applyPlan(draft.value());
}

void PairsView::addPlanItem()
{
    IndividualPlan after = m_plan->plan();
    after.pairId = selectedPairId();
    PlanItem item;
    item.activity = tr("Новое мероприятие");
    item.deadline = m_today.addMonths(1);
    after.items.append(item);
    applyPlan(after);
    m_ui->planTable->setCurrentIndex(m_plan->index(m_plan->rowCount() - 1, PlanItemModel::Activity));
    m_ui->planTable->edit(m_ui->planTable->currentIndex());
}

void PairsView::removePlanItem()
{
    const int row = m_ui->planTable->currentIndex().row();
    IndividualPlan after = m_plan->plan();
    if (row < 0 || row >= after.items.size())
        return;
    after.items.removeAt(row);
    applyPlan(after);
}

void PairsView::planMeetings()
{
    const qint64 id = selectedPairId();
    const QList<Meeting> before = PairService(*m_db).meetings(id);
    const auto added = PairService(*m_db).planMeetings(id);
    if (!added) {
        emit errorOccurred(added.error());
        return;
    }
    if (added.value() == 0) {
        emit errorOccurred(tr("Все встречи стандартной последовательности уже есть в дневнике."));
        return;
    }
    QList<Meeting> planned;
    for (const Meeting &m : PairService(*m_db).meetings(id))
        if (std::none_of(before.begin(), before.end(), [&](const Meeting &b) { return b.id == m.id; }))
            planned << m;
    const DatabasePtr db = m_db;
    push(tr("Планирование встреч"),
         [db, planned]() -> Status {
             for (const Meeting &m : planned)
                 if (const Status s = PairService(*db).restoreMeeting(m); !s)
                     return s;
             return {};
         },
         [db, planned]() -> Status {
             for (const Meeting &m : planned)
                 if (const Status s = PairService(*db).removeMeeting(m.id); !s)
                     return s;
             return {};
         });
}

void PairsView::addMeeting()
{
    Meeting m;
    m.pairId = selectedPairId();
    m.kind = QStringLiteral("regular");
    m.plannedOn = m_today;
    m.topic = PairWork::meetingKindTitle(m.kind);
    const auto id = PairService(*m_db).saveMeeting(m);
    if (!id) {
        emit errorOccurred(id.error());
        return;
    }
    m.id = id.value();
    const DatabasePtr db = m_db;
    push(tr("Новая встреча"), [db, m] { return PairService(*db).restoreMeeting(m); },
         [db, m] { return PairService(*db).removeMeeting(m.id); });
}

void PairsView::markHeldToday()
{
    const int row = m_ui->meetingTable->currentIndex().row();
    const QList<Meeting> &list = m_meetings->meetings();
    // The selected meeting, else the first planned one not yet held.
    int target = row;
    if (target < 0 || target >= list.size() || list.at(target).held())
        target = int(std::find_if(list.begin(), list.end(), [](const Meeting &m) { return !m.held(); }) - list.begin());
    if (target >= list.size())
        return;
    Meeting after = list.at(target);
    after.heldOn = m_today;
    applyMeeting(list.at(target), after);
}

// Who came: the pair's members, all checked until the curator says otherwise.
void PairsView::editAttendance()
{
    const int row = m_ui->meetingTable->currentIndex().row();
    const auto card = PairService(*m_db).card(selectedPairId());
    if (row < 0 || row >= m_meetings->rowCount() || !card)
        return;
    const Meeting before = m_meetings->meetings().at(row);
    QList<AttendancePerson> members;
    int mentor = 0, mentee = 0;
    for (const PairMember &m : card->pair.members) {
        const bool isMentor = m.role == MemberRole::Mentor;
        const QString name = isMentor ? card->mentorNames.value(mentor++) : card->menteeNames.value(mentee++);
        members.append({m.personId, QStringLiteral("%1 — %2").arg(name, isMentor ? tr("наставник") : tr("наставляемый"))});
    }
    AttendanceDialog dialog(tr("Присутствие: %1").arg(PairWork::meetingKindTitle(before.kind)), members, before.attendance, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Meeting after = before;
    after.attendance = dialog.list()->attendance();
    if (!(after.attendance == before.attendance))
        applyMeeting(before, after);
}

void PairsView::removeMeeting()
{
    const int row = m_ui->meetingTable->currentIndex().row();
    if (row < 0 || row >= m_meetings->rowCount())
        return;
    const Meeting m = m_meetings->meetings().at(row);
    if (const Status s = PairService(*m_db).removeMeeting(m.id); !s) {
        emit errorOccurred(s.error());
        return;
    }
    const DatabasePtr db = m_db;
    push(tr("Удаление встречи"), [db, m] { return PairService(*db).removeMeeting(m.id); },
         [db, m] { return PairService(*db).restoreMeeting(m); });
}

void PairsView::closePair()
{
    const qint64 id = selectedPairId();
    const auto card = PairService(*m_db).card(id);
    if (!card)
        return;
    const PairClosure before{card->pair.status, card->pair.endedOn, card->pair.endReason, card->results, card->caseLink};
    const DatabasePtr db = m_db;
    ClosePairDialog dialog(card.value(), [db, id](const PairClosure &c) { return PairService(*db).close(id, c); }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PairClosure after = dialog.closure();
    push(tr("Завершение пары"), [db, id, after] { return PairService(*db).close(id, after); },
         [db, id, before] { return PairService(*db).reopen(id, before); });
}

void PairsView::attachProgramme()
{
    const qint64 id = selectedPairId();
    const auto card = PairService(*m_db).card(id);
    if (!card)
        return;
    const QList<Programme> programmes = ProgrammeService(*m_db).list();
    if (programmes.isEmpty()) {
        emit errorOccurred(tr("Программ наставничества ещё нет: заведите их в «Файл › Программы наставничества…»."));
        return;
    }
    QStringList titles{tr("— без программы —")};
    int current = 0;
    for (const Programme &g : programmes) {
        titles << g.title;
        if (g.id == card->pair.programmeId)
            current = int(titles.size()) - 1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Программа наставничества"), tr("Программа пары:"), titles, current, false, &ok);
    if (!ok)
        return;
    const int index = int(titles.indexOf(chosen));
    const qint64 after = index > 0 ? programmes.at(index - 1).id : 0, before = card->pair.programmeId;
    if (after == before)
        return;
    const DatabasePtr db = m_db;
    if (const Status s = ProgrammeService(*db).attach(id, after); !s) {
        emit errorOccurred(s.error());
        return;
    }
    push(tr("Программа пары"), [db, id, after] { return ProgrammeService(*db).attach(id, after); },
         [db, id, before] { return ProgrammeService(*db).attach(id, before); });
}
