#pragma once
#include <QString>

class QMimeData;

// What a file dropped on a window is for: a table to import questionnaires from, or a Kurator store
// to open. One local file at a time; anything else is not taken.
struct DroppedFile
{
    enum class Kind { None, Table, Store };
    Kind kind = Kind::None;
    QString path;

    static DroppedFile of(const QMimeData *mime);
};
