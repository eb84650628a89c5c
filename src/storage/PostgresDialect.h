#pragma once
#include <QString>
#include <QStringList>

// The migrations are written once, in the subset SQLite and PostgreSQL share, but for a few words
// the two spell differently. This turns a migration statement into PostgreSQL's.
namespace PostgresDialect {

// The statement in PostgreSQL's words, and what it needs after it (the id trigger of a new table):
// - "id INTEGER PRIMARY KEY" (SQLite's rowid) is an identity column;
// - REAL (8 bytes in SQLite, 4 in PostgreSQL) is DOUBLE PRECISION;
// - a school's row defaults to the session's school instead of the one organisation of a file.
QStringList migration(const QString &statement);

// Brings every identity sequence past the largest id: rows inserted with their ids (the organisation
// of the first migration, a school uploaded or restored) do not move the sequence themselves.
QString resyncSequences();

} // namespace PostgresDialect
