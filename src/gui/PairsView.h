#pragma once
#include "storage/Database.h"

#include <QDate>
#include <QWidget>
#include <memory>

namespace Ui { class PairsView; }
class PairFilterModel;
class PairListModel;
class PlanItemModel;
class MeetingModel;
class QUndoStack;
struct IndividualPlan;
struct Meeting;

// «Пары и группы»: the year's pairs with what needs attention, and the selected one's card,
// individual plan, meeting diary and history. Every edit goes through the service onto the undo stack.
class PairsView : public QWidget
{
    Q_OBJECT
public:
    PairsView(DatabasePtr db, QUndoStack *undo, QWidget *parent = nullptr);
    ~PairsView() override;

    void setYear(int yearStart);
    void setToday(const QDate &today); // the tests' and the demo's "today"
    void reload();
    bool selectPair(qint64 pairId);
    qint64 selectedPairId() const;
    PairListModel *listModel() const { return m_list; }
    PlanItemModel *planModel() const { return m_plan; }
    MeetingModel *meetingModel() const { return m_meetings; }
    // For the tests: the selected pair's plan as a PDF, without asking where.
    Status savePlanPdf(const QString &path) const;

signals:
    void errorOccurred(const QString &message);

private:
    void showSelected();
    void push(const QString &text, std::function<Status()> redo, std::function<Status()> undo);
    void applyPlan(const IndividualPlan &after);
    void applyMeeting(const Meeting &before, const Meeting &after);
    void draftPlanFromTemplate();
    void addPlanItem();
    void removePlanItem();
    void planMeetings();
    void addMeeting();
    void markHeldToday();
    void editAttendance();
    void removeMeeting();
    void closePair();
    void attachProgramme();
    void choosePlanPdf();
    void printPlan();
    void updateButtons();

    std::unique_ptr<Ui::PairsView> m_ui;
    DatabasePtr m_db;
    QUndoStack *m_undo;
    PairListModel *m_list;
    PairFilterModel *m_proxy;
    PlanItemModel *m_plan;
    MeetingModel *m_meetings;
    int m_year = 0;
    QDate m_today;
};
