#include "gui/RegistryLoader.h"

#include "services/RegistryService.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace {
Result<RegistryTable> read(const RegistryLoader::Request &request)
{
    auto opened = request.store.openReadOnly();
    if (!opened)
        return Result<RegistryTable>::failure(opened.error());
    RegistryTable table = RegistryService(opened.value()).load(request.kind, request.yearStart, request.today);
    sortTable(table, request.sortColumn, request.sortOrder);
    return table;
}
}

RegistryLoader::RegistryLoader(Delivery deliver, QObject *parent) : QObject(parent), m_deliver(std::move(deliver)) {}

// A load still running must not outlive the loader's connection to it: wait, deliver nothing.
RegistryLoader::~RegistryLoader()
{
    for (QFutureWatcherBase *watcher : std::as_const(m_running)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

void RegistryLoader::load(const Request &request)
{
    const quint64 serial = ++m_serial;
    m_latest[request.kind] = serial;
    if (m_holding)
        m_held.append({request, serial});
    else
        start(request, serial);
}

void RegistryLoader::release()
{
    m_holding = false;
    for (const auto &[request, serial] : std::exchange(m_held, {}))
        if (m_latest.value(request.kind) == serial) // a later request for the registry replaced it
            start(request, serial);
}

void RegistryLoader::start(const Request &request, quint64 serial)
{
    auto *watcher = new QFutureWatcher<Result<RegistryTable>>(this);
    m_running.insert(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial, kind = request.kind] {
        watcher->deleteLater();
        m_running.remove(watcher);
        Result<RegistryTable> result = watcher->future().takeResult();
        if (m_latest.value(kind) == serial) {
            if (result)
                m_deliver(kind, std::move(result.value()));
            else
                emit failed(result.error());
        }
        if (m_running.isEmpty())
            emit idle();
    });
    watcher->setFuture(QtConcurrent::run(read, request));
}

void RegistryLoader::waitForAll()
{
    release();
    if (m_running.isEmpty())
        return;
    QEventLoop loop;
    connect(this, &RegistryLoader::idle, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
