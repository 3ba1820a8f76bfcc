// Runs work(0), work(1), ... work(count - 1) on helper threads and on the thread that takes the
// results, which it takes one by one in order: the parses of a tree's documents, each document's
// results then added to the tables in the tree's order as if it had been read alone.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace Docent {

template<class Result>
class OrderedWork final
{
public:
    /// `helpers` threads (0: the taker does all the work) start at once; no work runs more than
    /// `window` items ahead of the next one taken, so at most `window` results wait in memory.
    OrderedWork(int count, std::function<Result(int)> work, int helpers, int window)
        : m_work(std::move(work)), m_count(count), m_window(std::max(1, window)), m_slots(size_t(m_window))
    {
        for (int i = 0; i < helpers && i < count; ++i)
            m_helpers.emplace_back([this] { help(); });
    }
    /// Stops the helpers after the items they are running (an open cancelled or failed).
    ~OrderedWork()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        for (std::thread &t : m_helpers)
            t.join();
    }
    OrderedWork(const OrderedWork &) = delete;
    OrderedWork &operator=(const OrderedWork &) = delete;

    /// The next item's result (item 0 first). While it is not ready the taker runs the next item
    /// nobody has started, else waits. What the work threw is thrown here, for its own item.
    Result take()
    {
        std::unique_lock lock(m_mutex);
        Slot &slot = m_slots[size_t(m_taken % m_window)];
        while (!slot.done) {
            if (startable())
                run(m_started++, lock);
            else
                m_changed.wait(lock);
        }
        Slot taken = std::exchange(slot, Slot{});
        ++m_taken;
        lock.unlock();
        m_changed.notify_all(); // a helper may start the item that now fits in the window
        if (taken.error)
            std::rethrow_exception(taken.error);
        return std::move(*taken.result);
    }

private:
    struct Slot {
        bool done = false;
        std::optional<Result> result;
        std::exception_ptr error;
    };

    bool startable() const { return m_started < m_count && m_started < m_taken + m_window; }

    // Runs item `i` with the lock released; its slot is free, as `i` is within the window.
    void run(int i, std::unique_lock<std::mutex> &lock)
    {
        lock.unlock();
        Slot slot;
        try {
            slot.result.emplace(m_work(i));
        } catch (...) {
            slot.error = std::current_exception();
        }
        slot.done = true;
        lock.lock();
        m_slots[size_t(i % m_window)] = std::move(slot);
        m_changed.notify_all();
    }

    void help()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return m_stopping || m_started >= m_count || startable(); });
            if (m_stopping || m_started >= m_count)
                return;
            run(m_started++, lock);
        }
    }

    const std::function<Result(int)> m_work;
    const int m_count;
    const int m_window;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<Slot> m_slots; ///< item i's in m_slots[i % m_window]
    int m_started = 0;         ///< items begun, by any thread
    int m_taken = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_helpers;
};

} // namespace Docent
