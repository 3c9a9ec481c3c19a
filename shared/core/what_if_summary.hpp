#pragma once
// The key differences between the original and a what-if replay, as numbers for the client and
// the report to put in words: the cluster's indicators at the end, and each firm's road and
// survival.
#include "core/what_if.hpp"

#include <array>
#include <vector>

namespace hr {

enum class WhatIfMeasure : std::uint8_t {
    AverageWage,
    UnitValue,
    Exports,
    Employment,
    Capability,
    ValueAddedPerWorker,
    ClusterShareOfPrice,
    ActiveFirms
};
constexpr std::size_t kWhatIfMeasures = 8;
constexpr std::array<WhatIfMeasure, kWhatIfMeasures> kAllWhatIfMeasures{
    WhatIfMeasure::AverageWage,
    WhatIfMeasure::UnitValue,
    WhatIfMeasure::Exports,
    WhatIfMeasure::Employment,
    WhatIfMeasure::Capability,
    WhatIfMeasure::ValueAddedPerWorker,
    WhatIfMeasure::ClusterShareOfPrice,
    WhatIfMeasure::ActiveFirms};

// A cluster indicator of one round.
double measure(const ClusterRecord& cluster, WhatIfMeasure m);

struct WhatIfChange {
    WhatIfMeasure measure = WhatIfMeasure::AverageWage;
    double original = 0;
    double replay = 0;
    double relative = 0; // (replay - original) / |original|; 0 when the original is 0
};

struct WhatIfFirmChange {
    FirmId firm = 0;
    Road original_road = Road::Stagnation;
    Road replay_road = Road::Stagnation;
    bool original_bankrupt = false;
    bool replay_bankrupt = false;
    double original_score = 0;
    double replay_score = 0;
    bool by_bot = false; // a bot the plan chose played it from the replay's first round
};

struct WhatIfSummary {
    int from_round = 1;
    int last_round = 0;
    Road original_road = Road::Stagnation; // the cluster's, at the end
    Road replay_road = Road::Stagnation;
    std::vector<WhatIfChange> changes;   // every measure, the largest relative change first
    std::vector<WhatIfFirmChange> firms; // indexed by FirmId
    int adapted = 0;                     // decisions of seats that kept their course, adapted
    bool identical = false;              // the replay ends in the original's very state
};

// Empty paths give an empty summary (last_round 0).
WhatIfSummary summarize(const WhatIfPlan& plan, const WhatIfPath& original,
                        const WhatIfPath& replay);

} // namespace hr
