#pragma once
#include "domain/PairWork.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/PairOverviewRepository.h"
#include "storage/PairRepository.h"
#include "storage/PlanRepository.h"

// A pair in the list with why it needs attention today (empty when it does not).
struct PairRow
{
    PairOverview pair;
    QStringList attention;
};

// A template of an individual plan: items placed by their share of the pair's time.
struct PlanTemplate
{
    QString code;
    QString title;
    QStringList forms; // codes of the forms of mentoring it suits
    QString goal;
    struct Item
    {
        QString section, activity, result;
        double at = 1; // 0: the start, 1: the planned end
    };
    QList<Item> items;
};

// Pairs and groups at work: the list with what needs attention, the card, the individual plan,
// the meeting diary, and the closure written back to the registries.
class PairService
{
public:
    explicit PairService(Database &db) : m_db(db) {}

    // Days without a meeting after which a working pair needs attention (a setting; 30 by default).
    int quietDays() const;
    Status setQuietDays(int days);
    QList<PairRow> rows(int yearStart, const QDate &today) const;
    Result<PairCard> card(qint64 pairId) const;
    QList<AuditEntry> history(qint64 pairId) const;

    // The shipped templates, or the curator's own set saved in the database.
    QList<PlanTemplate> planTemplates() const;
    static Result<QList<PlanTemplate>> parsePlanTemplates(const QByteArray &json);
    Status savePlanTemplates(const QByteArray &json); // empty: back to the shipped set
    // The template that suits the pair's form (the first one when none does).
    std::optional<PlanTemplate> templateFor(qint64 pairId) const;

    IndividualPlan plan(qint64 pairId) const;
    // A plan drafted from a template with its deadlines placed between the pair's start and planned end.
    Result<IndividualPlan> draftPlan(qint64 pairId, const QString &templateCode) const;
    Status savePlan(const IndividualPlan &plan);

    QList<Meeting> meetings(qint64 pairId) const;
    // Plans the standard sequence from the start; kinds already in the diary are not planned twice.
    Result<int> planMeetings(qint64 pairId);
    Result<qint64> saveMeeting(const Meeting &meeting); // inserts when id is 0
    Status removeMeeting(qint64 meetingId);
    // Puts a meeting back as it was (the undo of an edit or a removal), with its id.
    Status restoreMeeting(const Meeting &meeting);

    // Ends the pair: status, date, reason (required when ended early), results and the case link,
    // which the registries then show on both members' rows.
    Status close(qint64 pairId, const PairClosure &closure);
    // Takes a closure back (undo): the pair works again.
    Status reopen(qint64 pairId, const PairClosure &before);

    // The plan as a document for print and PDF, in the usual table layout.
    Result<QString> planHtml(qint64 pairId, const QDate &today) const;

private:
    Database &m_db;
};
