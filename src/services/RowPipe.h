#pragma once
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// Rows read on one thread and written on another: a bank's rows are read from the store on the
// thread that owns its connection while a second core turns them into cells of the workbook. Rows
// travel in batches through a short queue, so memory stays small however long the bank.
template <typename Row>
class RowPipe
{
public:
    using Writer = std::function<void(const Row &row)>;
    explicit RowPipe(Writer write) : m_write(std::move(write)), m_writer([this] { writeAll(); }) { m_filling.reserve(kBatchRows); }
    ~RowPipe() { finish(); } // every row pushed is written
    RowPipe(const RowPipe &) = delete;
    RowPipe &operator=(const RowPipe &) = delete;

    void push(Row row)
    {
        m_filling.push_back(std::move(row));
        if (m_filling.size() >= kBatchRows)
            send();
    }

    // Waits until every row pushed is written.
    void finish()
    {
        if (!m_writer.joinable())
            return;
        if (!m_filling.empty())
            send();
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
        m_writer.join();
    }

private:
    using Batch = std::vector<Row>;
    static constexpr size_t kBatchRows = 256;
    static constexpr size_t kQueuedBatches = 8; // the reader waits beyond this: a slow disk does not fill memory

    void send()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < kQueuedBatches; });
        m_queue.push_back(std::move(m_filling));
        m_filling = Batch();
        m_filling.reserve(kBatchRows);
        m_changed.notify_all();
    }

    void writeAll()
    {
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return !m_queue.empty() || m_closed; });
                if (m_queue.empty())
                    return;
                batch = std::move(m_queue.front());
                m_queue.erase(m_queue.begin());
            }
            m_changed.notify_all();
            for (const Row &row : batch)
                m_write(row);
        }
    }

    Writer m_write;
    Batch m_filling;
    std::vector<Batch> m_queue;
    bool m_closed = false;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_writer; // last: started once everything above is ready
};
