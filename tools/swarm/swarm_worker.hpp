#pragma once
// One client host of the swarm: a thread with one ENet host that holds every connection of a
// block of rooms (each room's facilitator and its seats, each seat its own peer) and plays
// their games: create, join, start on the common signal, submit the planned decisions at seeded
// moments, and time the acknowledgements and results.
#include "decision_plan.hpp"
#include "swarm_options.hpp"
#include "swarm_tally.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace hr::swarm {

// What the workers and the main thread share: counters for the progress line, and two signals.
struct SwarmSignals {
    std::atomic<int> connected{0};
    std::atomic<int> failed{0};        // connections refused, never opened, or lost
    std::atomic<int> settled_rooms{0}; // every member in the room, or a member lost on the way
    std::atomic<int> over_rooms{0};    // every member still connected has the game's end
    std::atomic<std::int64_t> sent{0};
    std::atomic<std::int64_t> acknowledged{0};
    std::atomic<std::int64_t> round_results{0}; // RoundResults received by seats
    std::atomic<std::int64_t> go_ns{0}; // when the games were started (now_ns), set before go
    std::atomic<bool> go{false};        // set once every room is settled: start the games
    std::atomic<bool> stop{false};      // set once every game is over: say goodbye
};

// The moment, in ns after its round opened, at which a seat submits: uniform over the window,
// from the seed alone.
std::int64_t submit_delay_ns(std::uint64_t seed, int room, int firm, int round, int window_ms);

class SwarmWorker {
  public:
    // Rooms first_room .. first_room + rooms - 1 of `plans`, which must outlive the worker.
    SwarmWorker(const SwarmOptions& options, const std::vector<RoomPlan>& plans, int first_room,
                int rooms, SwarmSignals& signals);
    SwarmWorker(SwarmWorker&&) noexcept;
    SwarmWorker& operator=(SwarmWorker&&) noexcept;
    ~SwarmWorker();

    // The thread's body: returns once `stop` is set and the goodbyes are said. Throws
    // net::NetError when the client host cannot be created.
    void run();
    // What was measured; call after run() returned.
    SwarmTally take_tally();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace hr::swarm
