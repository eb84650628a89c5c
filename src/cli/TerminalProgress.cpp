#include "cli/TerminalProgress.h"

#include <cstdio>
#include <unistd.h>

TerminalProgress::TerminalProgress(QString label) : m_label(std::move(label)) {}

TerminalProgress::~TerminalProgress()
{
    if (m_shown)
        std::fputs("\r\033[K", stderr);
}

ProgressCallback TerminalProgress::callback()
{
    if (!isatty(STDERR_FILENO))
        return {};
    return [this](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0;
        if (percent != m_percent) { // a line per percent, not per report
            m_percent = percent;
            m_shown = true;
            std::fprintf(stderr, "\r%s %d %%", m_label.toLocal8Bit().constData(), percent);
            std::fflush(stderr);
        }
        return true;
    };
}
