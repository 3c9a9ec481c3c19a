#include "core/what_if_summary.hpp"

#include <algorithm>
#include <cmath>

namespace hr {

double measure(const ClusterRecord& c, WhatIfMeasure m) {
    switch (m) {
    case WhatIfMeasure::AverageWage:
        return c.avg_wage;
    case WhatIfMeasure::UnitValue:
        return c.unit_value;
    case WhatIfMeasure::Exports:
        return c.exports;
    case WhatIfMeasure::Employment:
        return c.employment;
    case WhatIfMeasure::Capability:
        return c.avg_capabilities.average();
    case WhatIfMeasure::ValueAddedPerWorker:
        return c.value_added_per_worker;
    case WhatIfMeasure::ClusterShareOfPrice:
        return c.cluster_share_of_price;
    case WhatIfMeasure::ActiveFirms:
        return c.active_firms;
    }
    return 0;
}

WhatIfSummary summarize(const WhatIfPlan& plan, const WhatIfPath& original,
                        const WhatIfPath& replay) {
    WhatIfSummary s;
    s.from_round = plan.from_round;
    if (original.rounds.empty() || replay.rounds.size() != original.rounds.size()) {
        return s;
    }
    const WhatIfRound& a = original.rounds.back();
    const WhatIfRound& b = replay.rounds.back();
    s.last_round = a.round;
    s.original_road = a.cluster.road;
    s.replay_road = b.cluster.road;
    s.identical = a.state_hash == b.state_hash;
    for (const WhatIfMeasure m : kAllWhatIfMeasures) {
        WhatIfChange c{m, measure(a.cluster, m), measure(b.cluster, m), 0};
        if (c.original != 0) {
            c.relative = (c.replay - c.original) / std::abs(c.original);
        }
        s.changes.push_back(c);
    }
    // Stable: equal changes keep the measures' order.
    std::stable_sort(s.changes.begin(), s.changes.end(), [](const auto& x, const auto& y) {
        return std::abs(x.relative) > std::abs(y.relative);
    });
    for (std::size_t f = 0; f < a.firms.size() && f < b.firms.size(); ++f) {
        WhatIfFirmChange c;
        c.firm = static_cast<FirmId>(f);
        c.original_road = a.firms[f].record.road;
        c.replay_road = b.firms[f].record.road;
        c.original_bankrupt = a.firms[f].bankrupt;
        c.replay_bankrupt = b.firms[f].bankrupt;
        c.original_score = a.firms[f].score.total;
        c.replay_score = b.firms[f].score.total;
        c.by_bot = std::any_of(plan.bots.begin(), plan.bots.end(),
                               [&](const WhatIfBot& bot) { return bot.firm == f; });
        s.firms.push_back(c);
    }
    for (const WhatIfRound& round : replay.rounds) {
        s.adapted += static_cast<int>(
            std::count_if(round.firms.begin(), round.firms.end(),
                          [](const WhatIfFirmRound& f) { return f.play == SeatPlay::Adapted; }));
    }
    return s;
}

} // namespace hr
