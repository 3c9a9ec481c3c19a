#include "core/indicators.hpp"

#include "core/external_economies.hpp"
#include "core/road.hpp"
#include "core/score.hpp"
#include "core/value_chain.hpp"

#include <algorithm>

namespace hr {

namespace {

constexpr auto kAdjacent = static_cast<std::size_t>(SalesChannel::AdjacentSector);

// The governance of the firm's largest running contract (market when it has none).
Governance contract_governance(const RoundContext& ctx, FirmId f) {
    Governance g = Governance::Market;
    double largest = -1;
    for (const auto& c : ctx.state.contracts) {
        if (c.terms.firm == f && ctx.contract_running(c) && c.terms.volume > largest) {
            largest = c.terms.volume;
            g = c.terms.governance;
        }
    }
    return g;
}

template <typename Record> RoadVerdict verdict(const std::vector<Record>& history, int window) {
    const std::size_t last = history.size() - 1;
    const std::size_t base = last > static_cast<std::size_t>(window) ? last - window : 0;
    return classify_road(road_point(history[base]), road_point(history[last]), last == 0);
}

struct ClusterSums {
    double wage = 0;
    double employment = 0;
    double exports = 0;
    double volume = 0;
    double revenue = 0;
    double value_added = 0;
    double final_value = 0;
    double captured_value = 0;
    Capabilities capabilities;
    int active = 0;
};

} // namespace

void record_indicators(RoundContext& ctx) {
    const ModelParams& p = ctx.params;
    const double local = local_input_share(ctx.state);
    // A channel a firm did not sell in shows the generic split of that channel.
    std::array<ValueChainSplit, kSalesChannels> unsold{};
    for (std::size_t c = 0; c < kSalesChannels; ++c) {
        unsold[c] =
            split_sale(p, static_cast<SalesChannel>(c), Governance::Market, 0.0, 0.0, local);
    }
    ClusterSums sums;
    for (auto& firm : ctx.state.firms) {
        FirmRound& fr = ctx.firms[firm.id];
        FirmResult& out = ctx.out(firm.id);
        FirmRecord rec;
        rec.round = ctx.round;
        rec.wage = firm.workforce.wage;
        rec.skill = firm.workforce.skill;
        rec.employment = firm.workforce.employment;
        rec.cash = firm.cash;
        rec.capabilities = firm.capabilities;
        Money sales = 0;
        for (std::size_t c = 0; c < kSalesChannels; ++c) {
            rec.volume += out.volume[c];
            rec.exports += c == kAdjacent ? 0.0 : out.volume[c];
            sales += out.revenue[c];
        }
        rec.revenue = sales;
        rec.profit = out.profit;
        rec.unit_value = rec.volume > 0 ? to_k(sales) / rec.volume : 0.0;
        const double value_added = to_k(sales - out.input_cost - out.brand_cost);
        rec.value_added_per_worker = rec.employment > 0 ? value_added / rec.employment : 0.0;

        // The value chain of each channel it sold in, and their value-weighted average.
        const Governance g = contract_governance(ctx, firm.id);
        std::array<double, kSalesChannels> weights{};
        double captured = 0;
        for (std::size_t c = 0; c < kSalesChannels; ++c) {
            const auto channel = static_cast<SalesChannel>(c);
            out.value_chain_by_channel[c] =
                out.volume[c] > 0.0 ? split_sale(p, channel, g, fr.price[c], fr.input_cost, local)
                                    : unsold[c];
            weights[c] =
                out.volume[c] * static_cast<double>(out.value_chain_by_channel[c].final_price);
            captured += weights[c] * out.value_chain_by_channel[c].cluster_share();
        }
        out.value_chain = combine_splits(out.value_chain_by_channel, weights);

        if (fr.active && !firm.bankrupt) {
            sums.wage += rec.wage;
            sums.employment += rec.employment;
            sums.exports += rec.exports;
            sums.volume += rec.volume;
            sums.revenue += to_k(sales);
            sums.value_added += value_added;
            for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
                sums.capabilities.level[k] += firm.capabilities.level[k];
            }
            ++sums.active;
        }
        for (const double w : weights) {
            sums.final_value += w;
        }
        sums.captured_value += captured;

        firm.history.push_back(rec);
        out.road = verdict(firm.history, p.road_window);
        if (firm.bankrupt) {
            out.road.road = Road::Downgrading;
            out.road.reason = "bankrupt: " + out.road.reason;
        }
        firm.history.back().road = out.road.road;
        rec.road = out.road.road;
        out.record = rec;
        out.workforce = firm.workforce;
        out.score = score_firm(firm, ctx.scenario);
    }

    ClusterRecord cr;
    cr.round = ctx.round;
    cr.active_firms = sums.active;
    cr.skill_pool = ctx.state.market.skill_pool;
    cr.employment = sums.employment;
    cr.exports = sums.exports;
    if (sums.active > 0) {
        const double n = static_cast<double>(sums.active);
        cr.avg_wage = sums.wage / n;
        for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
            cr.avg_capabilities.level[k] = sums.capabilities.level[k] / n;
        }
    }
    cr.unit_value = sums.volume > 0 ? sums.revenue / sums.volume : 0.0;
    cr.value_added_per_worker = sums.employment > 0 ? sums.value_added / sums.employment : 0.0;
    cr.cluster_share_of_price = sums.final_value > 0 ? sums.captured_value / sums.final_value : 0.0;
    ctx.state.cluster_history.push_back(cr);
    ctx.result.cluster_road = verdict(ctx.state.cluster_history, p.road_window);
    ctx.state.cluster_history.back().road = ctx.result.cluster_road.road;
    cr.road = ctx.result.cluster_road.road;
    ctx.result.cluster = cr;
}

} // namespace hr
