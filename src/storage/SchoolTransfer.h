#pragma once
#include "domain/Progress.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

// A row edited both in the school's file and on the server since the last upload: the server's is
// kept, and the curator is told which.
struct TransferConflict
{
    QString table;
    qint64 localId = 0;
    qint64 serverId = 0;
    QString what; // the person's name for a person, else the table and the row
};

struct UploadReport
{
    int inserted = 0;  // new on the server
    int updated = 0;   // changed in the file, unchanged on the server since
    int unchanged = 0; // as on the server already (or changed there only: the server's is kept)
    QList<TransferConflict> conflicts;

    // «Выгружено на сервер: новых записей N, обновлено N, без изменений N.», as the window and the CLI say it.
    QString summary() const;
};

// Moves one school between its SQLite file and a municipal server, repeatably: the server remembers
// which of its rows came from which row of which file (kurator_origin) and what they held then, so a
// second upload inserts only what is new, updates only what changed in the file alone, and reports —
// never overwrites — a row changed on both sides. Each direction is all or nothing.
class SchoolTransfer
{
public:
    // The server session is a curator's (their school) or the administrator's with a school chosen
    // (ServerAccounts::chooseSchool).
    static Result<UploadReport> upload(Database &file, Database &server, const ProgressCallback &progress = {});
    // The school into a new file at `path` (refused when it exists), which uploads back onto the same rows.
    // Returns the number of rows written.
    static Result<int> download(Database &server, const QString &path, const ProgressCallback &progress = {});
};
