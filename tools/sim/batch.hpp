#pragma once
// What every simulator command shares: the scenario and cluster size, the batch of games (seeded
// from one base seed), the threads, and the progress bar.
#include "core/scenario.hpp"
#include "game_runner.hpp"
#include "mix.hpp"

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace hr::sim {

struct BatchSetup {
    std::shared_ptr<const Scenario> scenario;
    std::uint64_t games = 1;
    std::uint64_t seed = 1;
    unsigned threads = 1;
    bool progress = true;
    std::ostream* progress_out = nullptr; // stderr in the program
};

// The mix used when none is given: the scenario's default number of firms, cycling through the
// archetypes so that every kind of firm is present in a cluster of seven or more.
Mix default_mix(const Scenario& scenario, int firms = 0);

// Throws UsageError when the scenario does not allow that many firms.
void check_firm_count(const Scenario& scenario, int firms);

// Seats from a mix: one per firm, each in its own archetype group.
std::vector<Seat> seats_of(const Mix& mix);

// The threads to use when none are asked for: every core.
unsigned default_threads();

} // namespace hr::sim
