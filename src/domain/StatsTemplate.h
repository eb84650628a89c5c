#pragma once
#include "domain/Kpi.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Статистика участников (domain.md): the federal and regional forms change every year and differ by
// region, so the report is a template the curator edits — JSON, rows of indicators:
//   {"title": "…", "rows": [
//     {"section": "1. Наставляемые"},
//     {"id": "mentees", "label": "Наставляемые, всего", "count": "participants", "role": "mentee"},
//     {"label": "из них обучающиеся 10–19 лет", "count": "participants", "role": "mentee", "category": "pupil", "age": "10-19"},
//     {"label": "Доля …", "share": ["mentees_pupils", "pupils"]} ]}
// count: participants, people (everyone active, for denominators), pairs, groups, pairs_formed,
// groups_formed, plan_items, plan_items_done, respondents, satisfied, partner_organisations.
// Filters: role (mentee, mentor), category (pupil, teacher, young_teacher, parent, graduate,
// student, employer), age ("10-19", on the period's last day), ovz (true), form (a form's code).
// Every figure counts by the KPI rules: a person once, a participant when a pair they belong to in
// that role worked on at least one day of the period.
namespace StatsTemplate {

struct Row
{
    QString id;
    QString label;
    bool section = false;
    QString count; // empty for a section or a share
    std::optional<MemberRole> role;
    QString category;
    std::optional<std::pair<int, int>> age;
    bool ovz = false;
    QString form;
    QString shareOf, shareOver; // ids of the numerator and denominator rows
    bool isShare() const { return !shareOf.isEmpty(); }
};

struct Template
{
    QString title;
    QList<Row> rows;
};

// The template, or the first problem with its row number: not JSON, an unknown key, count, role,
// category or form, an age that is not «from-to», a share of a row that does not exist.
Result<Template> parse(const QByteArray &json, const QStringList &formCodes);

struct Figure
{
    QString label;
    bool section = false;
    bool share = false;
    int count = 0;                 // of a count; the numerator of a share
    int denominator = 0;           // of a share
    std::optional<double> percent; // of a share; none when there is nothing to divide by
};

QList<Figure> evaluate(const Template &t, const Kpi::Facts &facts, const Kpi::Period &period,
                       const Kpi::Settings &settings = {});

} // namespace StatsTemplate
