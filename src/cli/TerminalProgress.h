#pragma once
#include "domain/Progress.h"

#include <QString>

// How far long work has got, on one line of stderr that rewrites itself («Проверяю строки… 45 %»),
// when stderr is a terminal; nothing in a script or a pipe, whose output stays as it was. Ctrl+C
// stops the work: the import and the exports write nothing until they are whole.
class TerminalProgress
{
public:
    explicit TerminalProgress(QString label);
    ~TerminalProgress(); // clears the line
    ProgressCallback callback();

private:
    QString m_label;
    bool m_shown = false;
    int m_percent = -1;
};
