#pragma once
#include "services/KpiService.h"

#include <QDate>
#include <QMap>

// Аналитический отчёт (seed 002: the school's in December, the municipality's in April): how the
// programme went in a period — KPIs against the year's targets, pairs formed and at work, plans,
// meetings, satisfaction, mentees still without a mentor — in figures and in a few sentences.
// Counts only, never a name: the report leaves the school.
struct AnalyticFigures
{
    QString organisation;
    int startYear = 0;
    Kpi::Period period;
    QDate reportDate;

    QList<KpiRow> kpis;

    struct FormLine
    {
        QString form;
        int formed = 0;   // started in the period
        int active = 0;   // worked at least one day of the period
        int groups = 0;   // of the active, groups
        int finished = 0; // completed or ended early in the period
    };
    QList<FormLine> byForm; // forms with any pair, in the order of the forms list
    FormLine total;
    int endedEarly = 0; // of the finished
    int menteesActive = 0, mentorsActive = 0;

    int planItems = 0, planItemsDone = 0; // of the active pairs
    int plans = 0, plansDone = 0;         // active pairs with a plan; of them, with ≥ 90 % done

    int meetingsHeld = 0;
    int meetingsMissed = 0; // planned in the period before the report date, not held
    QMap<QDate, int> meetingsPerMonth;

    int menteesInBank = 0;      // mentee profiles of the school year
    int menteesWithoutPair = 0; // of them, in no pair at work in the period
    QList<QPair<QString, int>> withoutPairReasons; // why, by the last matching run; most frequent first

    QStringList summary; // the text of the report, a paragraph each
};

class AnalyticService
{
public:
    explicit AnalyticService(DatabasePtr db) : m_db(std::move(db)) {}
    // The school year when no period is given.
    AnalyticFigures compute(int startYear, std::optional<Kpi::Period> period, const QDate &reportDate) const;

private:
    DatabasePtr m_db;
};

namespace AnalyticReport {
// The paragraphs of the text summary, from the figures.
QStringList summaryOf(const AnalyticFigures &f);
// The report as a document for PDF and print: the summary and the tables.
QString html(const AnalyticFigures &f);
QString title();
QString monthTitle(const QDate &month); // «Октябрь 2024»
}
