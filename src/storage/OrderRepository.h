#pragma once
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// A pair or group as an order lists it: who, in what form, for how long.
struct OrderPairRow
{
    qint64 pairId = 0;
    bool isGroup = false;
    QString form;
    QString roleModel;
    QDate startedOn;
    QDate plannedEndOn;
    QStringList mentors;        // full names
    QStringList mentorPositions;
    QStringList mentees;        // full names
    QStringList menteeClasses;  // class or category of each mentee, same order
};

// Приказ: its number, date and the text it was issued with, and the pairs it fixed.
struct MentoringOrder
{
    qint64 id = 0;
    QString number;
    QDate issuedOn;
    QString title;
    QString body; // the rendered document (HTML), kept as issued
    int pairCount = 0;
};

class OrderRepository
{
public:
    explicit OrderRepository(QSqlDatabase db) : m_db(std::move(db)) {}
    // The school year's live pairs and groups that no order fixes yet, in the order they were formed.
    QList<OrderPairRow> unorderedPairs(int yearStart) const;
    // Pairs and groups an issued order fixed.
    QList<OrderPairRow> pairsOf(qint64 orderId) const;
    bool numberTaken(const QString &number, int calendarYear) const;
    Result<qint64> insert(const MentoringOrder &order, const QList<qint64> &pairIds);
    // Deletes an order and frees the pairs it fixed.
    Status remove(qint64 id);
    // The orders that fixed pairs of a school year, newest first.
    QList<MentoringOrder> orders(int yearStart) const;
    Result<MentoringOrder> order(qint64 id) const;

private:
    QList<OrderPairRow> pairRows(const QString &where, const QVariant &key) const;
    QSqlDatabase m_db;
};
