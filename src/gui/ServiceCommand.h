#pragma once
#include "domain/Result.h"

#include <QUndoCommand>
#include <functional>

// An undoable edit made through a service. The edit itself is done before the command is
// pushed (so a failure never enters the stack); the first redo() that push() calls is skipped.
class ServiceCommand : public QUndoCommand
{
public:
    using Action = std::function<Status()>;
    using ErrorHandler = std::function<void(const QString &)>;

    ServiceCommand(const QString &text, Action redo, Action undo, ErrorHandler onError, std::function<void()> onChanged)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)), m_onError(std::move(onError)),
          m_onChanged(std::move(onChanged))
    {
    }

    void redo() override
    {
        if (m_done) {
            m_done = false; // the edit is already in the database
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const Action &action)
    {
        if (Status s = action(); !s) {
            m_onError(s.error());
            setObsolete(true);
        }
        m_onChanged();
    }

    Action m_redo;
    Action m_undo;
    ErrorHandler m_onError;
    std::function<void()> m_onChanged;
    bool m_done = true;
};
