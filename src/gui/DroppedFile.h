#pragma once
#include <QString>

class QMimeData;

// What a file dropped on a window is for: a table to import (questionnaires, or the roadmap on its
// page), or a Kurator store to open. One local file at a time; anything else is not taken.
struct DroppedFile
{
    enum class Kind { None, Table, Store };
    Kind kind = Kind::None;
    QString path;

    static DroppedFile of(const QMimeData *mime);
    // The same for a file named on the command line.
    static DroppedFile ofPath(const QString &path);
};
