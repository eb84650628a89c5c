#pragma once
#include "domain/StatsTemplate.h"
#include "storage/Database.h"

// Статистика участников from the curator's template: the shipped one (resources/defaults), or the
// one saved in the store after it was edited in the app or loaded from a file, or a file given for
// one report (kurator-cli export stats --template).
class StatsService
{
public:
    explicit StatsService(DatabasePtr db) : m_db(std::move(db)) {}

    static QByteArray shippedTemplate();
    QByteArray templateText() const; // the saved template, else the shipped one
    // Checks a template against the store's forms of mentoring.
    Result<StatsTemplate::Template> check(const QByteArray &json) const;
    // Saves a template after checking it; an empty text restores the shipped one.
    Status saveTemplate(const QByteArray &json);

    // The figures of a template (the saved one when empty) for a period: the school year when none.
    Result<QList<StatsTemplate::Figure>> compute(int startYear, std::optional<Kpi::Period> period = std::nullopt,
                                                 const QByteArray &templateJson = {}) const;
    // The template's title, for a report.
    QString title(const QByteArray &templateJson = {}) const;

private:
    DatabasePtr m_db;
};
