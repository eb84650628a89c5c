#pragma once
#include <QtGlobal>
#include <functional>

// Long work (an export, an import) says how far it got; the answer false means the user cancelled
// and the work stops, leaving nothing half-done. An empty callback: nobody is watching.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

inline bool reportProgress(const ProgressCallback &progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}
