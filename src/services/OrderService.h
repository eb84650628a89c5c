#pragma once
#include "domain/TextTemplate.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"

#include <QPair>

// What the curator fills in before an order is issued. An empty template text means the saved one.
struct OrderDraft
{
    int yearStart = 0;
    QString number;
    QDate issuedOn;
    QString head;    // the head who signs
    QString curator; // the curator the order names
    QString templateText;
};

struct OrderDocument
{
    QString html;
    QList<OrderPairRow> pairs;
};

// Приказ о закреплении наставнических пар/групп: drafted from an editable template over the year's
// pairs that no order fixes yet, issued once (number, date, the text kept as issued, the pairs
// linked to it), reopened later to print again.
class OrderService
{
public:
    explicit OrderService(Database &db) : m_db(db) {}

    static QString builtInTemplate();
    // The fields and lists a template may use, each with what it holds, for the template editor.
    static QList<QPair<QString, QString>> fieldHelp();
    QString templateText() const; // the saved template, else the built-in one
    // Whether a template renders: every field and list it names exists, its blocks are closed.
    Status checkTemplate(const QString &text) const;
    // Saves a template after checking it; an empty text restores the built-in one.
    Status saveTemplate(const QString &text);
    // The head and curator named by the last issued order, to start the next one from.
    OrderDraft lastSigners() const;

    Result<OrderDocument> draft(const OrderDraft &draft) const;
    Result<qint64> issue(const OrderDraft &draft);
    // Why there is nothing to fix by an order: no approved pairs of the year left without one.
    static QString nothingToFix(int yearStart);
    // Takes an issued order back (the undo of issuing): its pairs are free for the next order.
    Status withdraw(qint64 orderId);
    QList<MentoringOrder> orders(int yearStart) const;
    Result<MentoringOrder> order(qint64 id) const;

private:
    Result<OrderDocument> render(const OrderDraft &draft, const QList<OrderPairRow> &pairs) const;
    Database &m_db;
};
