#pragma once
#include "domain/Pair.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// A pair or group of a school year as the list of pairs shows it: who, the form, the order, and how
// its work goes (meetings held and planned, the plan's items done and overdue).
struct PairOverview
{
    qint64 id = 0;
    bool isGroup = false;
    PairStatus status = PairStatus::Forming;
    QString form;
    QStringList mentors; // short names
    QStringList mentees;
    QDate startedOn;
    QDate plannedEndOn;
    QDate endedOn;
    QString orderNumber;
    QDate orderDate;
    QDate lastHeld;
    QDate nextPlanned;
    QDate introPlannedOn;
    bool introHeld = false;
    int meetingsHeld = 0;
    int planItems = 0;
    int planDone = 0;
    int planOverdue = 0;
};

class PairOverviewRepository
{
public:
    explicit PairOverviewRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    // Every pair and group of the school year, in the order they were formed; `today` decides
    // which plan items are overdue and which meetings are still ahead.
    QList<PairOverview> overview(int yearStart, const QDate &today) const;

private:
    QSqlDatabase m_db;
};
