#pragma once
#include "storage/Database.h"

#include <QList>
#include <QString>

struct ForgetReport
{
    QString label;                        // what the person is called from now on
    QList<qint64> representativesForgotten; // their legal representatives who were there only for them
    int textsRedacted = 0;                // free-text cells that named them
};

// «Забыть участника» — the right to erasure of 152-ФЗ without rewriting history: the person's
// name, contacts, notes, answers and representatives go, and so does every mention of their name
// in the texts around them (pairs, plans, meetings, orders, open answers); what the counts rest on
// stays — category, birth date, class, pedagogical experience, organisation, consent dates, pairs,
// meetings attended and scores — so that every report of a past period gives the same figures.
// One transaction with SQLite's secure_delete on, then the WAL emptied, so that the old values are
// not left readable in the file. Not undoable, by design.
class ForgetService
{
public:
    explicit ForgetService(DatabasePtr db) : m_db(std::move(db)) {}

    static QString label(qint64 personId);
    Result<ForgetReport> forget(qint64 personId);

private:
    DatabasePtr m_db;
};
