#pragma once
// Runs jobs 0..count-1 on worker threads and hands their results to the calling thread strictly in
// job order. Results that finish early wait in a small buffer, and workers pause when the buffer
// holds `window` results, so memory stays flat however many jobs there are. Because results are
// consumed in order, whatever the consumer accumulates is identical for any thread count.
#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace hr::sim {

template <class Result, class Produce, class Consume>
void run_in_order(std::size_t count, unsigned threads, Produce&& produce, Consume&& consume) {
    if (count == 0) {
        return;
    }
    threads = std::max(1u, threads);
    const std::size_t window = 16 * static_cast<std::size_t>(threads);

    std::mutex m;
    std::condition_variable ready; // a result arrived
    std::condition_variable space; // the consumer took one, or the run failed
    std::map<std::size_t, Result> done;
    std::size_t next_job = 0;
    std::size_t consumed = 0;
    std::exception_ptr failure;

    auto worker = [&] {
        for (;;) {
            std::unique_lock lock(m);
            space.wait(
                lock, [&] { return failure || next_job >= count || next_job < consumed + window; });
            if (failure || next_job >= count) {
                return;
            }
            const std::size_t job = next_job++;
            lock.unlock();
            try {
                Result r = produce(job);
                lock.lock();
                done.emplace(job, std::move(r));
            } catch (...) {
                lock.lock();
                if (!failure) {
                    failure = std::current_exception();
                }
                space.notify_all();
            }
            ready.notify_one();
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) {
        pool.emplace_back(worker);
    }
    try {
        for (;;) {
            std::unique_lock lock(m);
            ready.wait(lock, [&] { return failure || done.count(consumed) > 0; });
            if (failure) {
                break;
            }
            auto node = done.extract(consumed);
            lock.unlock();
            consume(node.key(), std::move(node.mapped()));
            lock.lock();
            ++consumed;
            space.notify_all();
            if (consumed == count) {
                break;
            }
        }
    } catch (...) {
        std::lock_guard lock(m);
        if (!failure) {
            failure = std::current_exception();
        }
        space.notify_all();
    }
    for (auto& t : pool) {
        t.join();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}

} // namespace hr::sim
