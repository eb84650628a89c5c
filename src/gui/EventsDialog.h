#pragma once
#include "domain/Meeting.h"
#include "storage/Database.h"

#include <QDialog>
#include <memory>

namespace Ui { class EventsDialog; class EventDialog; }
class AttendanceList;
class QStandardItemModel;

// One common event: topic, dates, duration, outcome and who of the year's participants came.
// Save checks it through EventService and stores it; the dialog then holds what was saved.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(DatabasePtr db, int yearStart, const Meeting &event, QWidget *parent = nullptr);
    ~EventDialog() override;
    const Meeting &saved() const { return m_event; }
    AttendanceList *attendance() const { return m_attendance; }

private:
    void save();
    std::unique_ptr<Ui::EventDialog> m_ui;
    DatabasePtr m_db;
    Meeting m_event;
    AttendanceList *m_attendance;
};

// Общие мероприятия of a school year: the list, a new one, one opened or removed. Each change is
// reported so that the main window can put it on the undo stack.
class EventsDialog : public QDialog
{
    Q_OBJECT
public:
    EventsDialog(DatabasePtr db, int yearStart, QWidget *parent = nullptr);
    ~EventsDialog() override;
    void reload();
    int rows() const;
    qint64 eventAt(int row) const;
    void addEvent();
    void openEvent(int row);
    void removeEvent(int row);

signals:
    void eventAdded(const Meeting &event);
    void eventChanged(const Meeting &before, const Meeting &after);
    void eventRemoved(const Meeting &event);

private:
    std::unique_ptr<Ui::EventsDialog> m_ui;
    DatabasePtr m_db;
    int m_yearStart;
    QStandardItemModel *m_model;
};
