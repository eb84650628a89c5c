#pragma once
#include <QEvent>
#include <QTimer>
#include <QWindow>
#include <functional>
#include <utility>

// Calls `then` once the window is first on the screen: after its first expose, when Qt has drawn
// and flushed it, in the next turn of the event loop. The start-up benchmark's «shown» for Kurator
// and for the bare window alike (header-only: the bare window links nothing of Kurator's).
class FirstExposure : public QObject
{
public:
    FirstExposure(QWindow *window, std::function<void()> then) : QObject(window), m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && m_then && static_cast<QWindow *>(watched)->isExposed())
            QTimer::singleShot(0, this, std::exchange(m_then, nullptr));
        return false;
    }

private:
    std::function<void()> m_then;
};
