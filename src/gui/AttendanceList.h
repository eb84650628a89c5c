#pragma once
#include "domain/Meeting.h"

#include <QDialog>
#include <QWidget>

class FoldedSearchFilter;
class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

struct AttendancePerson
{
    qint64 personId = 0;
    QString text; // name, and what helps to tell people apart (role, class)
};

// Who came: the people expected, each with a check box, searched by name (ё and case folded),
// all checked or cleared at once, with the count of those present.
class AttendanceList : public QWidget
{
    Q_OBJECT
public:
    explicit AttendanceList(QWidget *parent = nullptr);
    // `recorded` empty: nothing marked yet, and everyone is checked when `presentByDefault`.
    void setPeople(const QList<AttendancePerson> &people, const QList<Attendance> &recorded, bool presentByDefault);
    // Everyone expected, present or not; empty when nobody is checked (attendance not recorded).
    QList<Attendance> attendance() const;
    void setAllPresent(bool present);
    void setPresent(qint64 personId, bool present);

signals:
    void changed();

private:
    void updateCount();
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_count;
    QStandardItemModel *m_people;
    FoldedSearchFilter *m_filter;
};

// The attendance of one meeting of a pair: its members, checked when they came.
class AttendanceDialog : public QDialog
{
    Q_OBJECT
public:
    AttendanceDialog(const QString &title, const QList<AttendancePerson> &people, const QList<Attendance> &recorded,
                     QWidget *parent = nullptr);
    AttendanceList *list() const { return m_list; }

private:
    AttendanceList *m_list;
};
