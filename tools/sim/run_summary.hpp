#pragma once
// The JSON summary of `highroad-sim run`: for every archetype in the mix, the mean of each firm
// metric over all its firm-games with a 95 % interval; the same for the cluster over games.
// Games are added in game order, so the summary is identical for any thread count.
#include "game_runner.hpp"
#include "stats.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace hr::sim {

struct RunInfo {
    std::string scenario;
    std::string mix;
    int rounds = 0;
    std::uint64_t games = 0;
    std::uint64_t seed = 0;
};

class RunSummary {
  public:
    explicit RunSummary(RunInfo info);
    void add(const GameOutcome& game);
    nlohmann::json to_json() const;
    std::int64_t invalid_decisions() const { return invalid_; }

  private:
    RunInfo info_;
    std::array<std::vector<Accumulator>, kArchetypes> by_archetype_;
    std::array<std::int64_t, kArchetypes> firm_games_{};
    std::vector<Accumulator> cluster_;
    std::int64_t games_ = 0;
    std::int64_t invalid_ = 0;
};

// {"mean": m, "ci95_low": l, "ci95_high": h, "sd": s, "n": n}
nlohmann::json to_json(const Accumulator& a);

} // namespace hr::sim
