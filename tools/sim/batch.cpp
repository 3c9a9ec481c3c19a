#include "batch.hpp"

#include "usage_error.hpp"

#include <algorithm>
#include <array>
#include <thread>

namespace hr::sim {

Mix default_mix(const Scenario& scenario, int firms) {
    // Upgraders and low-roaders first: the two roads are present in the smallest cluster.
    constexpr std::array<Archetype, kArchetypes> kOrder{
        Archetype::Upgrader,  Archetype::LowRoader,    Archetype::Cooperator,
        Archetype::FreeRider, Archetype::BrandBuilder, Archetype::LoyalSubcontractor,
        Archetype::Adaptive};
    const int n = firms > 0 ? firms : scenario.default_firms;
    std::array<int, kArchetypes> count{};
    for (int i = 0; i < n; ++i) {
        ++count[static_cast<std::size_t>(i) % kArchetypes];
    }
    Mix mix;
    for (std::size_t i = 0; i < kArchetypes; ++i) {
        if (count[i] > 0) {
            mix.entries.push_back({kOrder[i], count[i], Difficulty::Normal});
        }
    }
    return mix;
}

void check_firm_count(const Scenario& scenario, int firms) {
    if (firms < scenario.min_firms || firms > scenario.max_firms) {
        throw UsageError(
            "scenario " + scenario.id + " takes " + std::to_string(scenario.min_firms) + " to " +
            std::to_string(scenario.max_firms) + " firms, not " + std::to_string(firms));
    }
}

std::vector<Seat> seats_of(const Mix& mix) {
    std::vector<Seat> seats;
    for (const auto& e : mix.seats()) {
        Seat s;
        s.archetype = e.archetype;
        s.difficulty = e.difficulty;
        s.group = static_cast<int>(e.archetype);
        seats.push_back(s);
    }
    return seats;
}

unsigned default_threads() {
    return std::max(1u, std::thread::hardware_concurrency());
}

} // namespace hr::sim
