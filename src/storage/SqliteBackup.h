#pragma once
#include "domain/Result.h"

#include <QString>

// Copies of a store made with SQLite's online backup API: a consistent snapshot even while the
// application writes (WAL), page by page, into a file readable by its owner only.
namespace SqliteBackup {
// Copies the store at `sourcePath` to `targetPath` through a temporary file renamed at the end,
// so that a failed copy never leaves a half-written target.
Status copy(const QString &sourcePath, const QString &targetPath);
// Checks that a file is a whole Kurator store this program can open: an SQLite file, integrity
// check ok, a schema version it knows. Returns the schema version.
Result<int> verify(const QString &path);
// Replaces the store at `targetPath` with the contents of `sourcePath` in one write transaction
// of the target (the target's other connections must be closed).
Status overwrite(const QString &sourcePath, const QString &targetPath);
}
