#pragma once
#include "storage/PlanRepository.h"
#include "domain/Meeting.h"

#include <QAbstractTableModel>

// The items of a pair's plan, edited in place. An edit is not applied here: the model asks for
// the whole changed plan (planEdited), and shows it once the service has saved it.
class PlanItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Section, Activity, Deadline, Expected, Done, DoneOn, Comment, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setPlan(const IndividualPlan &plan, const QDate &today);
    const IndividualPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_plan.items.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void planEdited(const IndividualPlan &after);
    void editRefused(const QString &why);

private:
    IndividualPlan m_plan;
    QDate m_today;
};

// A pair's meeting diary, edited in place the same way (meetingEdited).
class MeetingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Planned, Held, Present, Minutes, Topic, Outcome, Next, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setMeetings(const QList<Meeting> &meetings, const QDate &today);
    const QList<Meeting> &meetings() const { return m_meetings; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_meetings.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void meetingEdited(const Meeting &before, const Meeting &after);
    void editRefused(const QString &why);

private:
    QList<Meeting> m_meetings;
    QDate m_today;
};
