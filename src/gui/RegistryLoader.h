#pragma once
#include "services/RegistryTable.h"
#include "storage/Database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <functional>

class QFutureWatcherBase;

// Reads registries off the GUI thread, each load on its own read-only connection, so the main
// window shows at once and stays responsive while a large registry is read and sorted. Only
// the latest request for a registry is delivered: an older one that finishes later is dropped.
class RegistryLoader : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        StoreAddress store;
        RegistryKind kind = RegistryKind::People;
        int yearStart = 0;
        QDate today;
        int sortColumn = 0; // delivered already sorted the way the view shows it
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    using Delivery = std::function<void(RegistryKind, RegistryTable)>;

    RegistryLoader(Delivery deliver, QObject *parent = nullptr);
    ~RegistryLoader() override;

    void load(const Request &request);
    bool isLoading() const { return !m_running.isEmpty() || !m_held.isEmpty(); }
    // Until every load under way has been delivered or dropped: for closing and for tests.
    void waitForAll();
    // Loads asked for until release() wait for it: the window's first frame is drawn before a
    // second core starts reading (on two cores the reading alongside slowed the start by a tenth).
    void hold() { m_holding = true; }
    bool isHolding() const { return m_holding; }
    void release();

signals:
    void failed(const QString &message);
    void idle();

private:
    void start(const Request &request, quint64 serial);

    Delivery m_deliver;
    bool m_holding = false;
    QList<std::pair<Request, quint64>> m_held;
    QHash<RegistryKind, quint64> m_latest;
    quint64 m_serial = 0;
    QSet<QFutureWatcherBase *> m_running;
};
