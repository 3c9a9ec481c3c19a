#pragma once
// The numbers the simulator reports about a game: per firm (summed up by archetype or experiment
// group) and per cluster. Each metric has a name (JSON keys, table rows) and a plain description.
#include "game_runner.hpp"

#include <string_view>
#include <vector>

namespace hr::sim {

struct FirmMetric {
    std::string_view name;
    std::string_view description;
    double (*value)(const FirmOutcome&);
};

struct ClusterMetric {
    std::string_view name;
    std::string_view description;
    double (*value)(const GameOutcome&);
};

const std::vector<FirmMetric>& firm_metrics();
const std::vector<ClusterMetric>& cluster_metrics();

// Capability gain of one type over the game (end minus start, frontier units).
double capability_gain(const FirmOutcome& f, UpgradeType t);
// The cluster's mean capability gain over the four types.
double cluster_upgrading(const GameOutcome& g);

} // namespace hr::sim
