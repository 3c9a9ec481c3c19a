#include "core/markets.hpp"

#include "core/det_math.hpp"

#include <algorithm>
#include <cmath>

namespace hr {

namespace {
constexpr auto kContract = static_cast<std::size_t>(SalesChannel::Contract);
constexpr auto kLowEnd = static_cast<std::size_t>(SalesChannel::LowEndExport);
constexpr auto kBrand = static_cast<std::size_t>(SalesChannel::OwnBrand);
constexpr auto kAdjacent = static_cast<std::size_t>(SalesChannel::AdjacentSector);

Money money(double v) {
    return static_cast<Money>(round_whole(v));
}
} // namespace

double input_unit_cost(const ModelParams& p, const MarketConditions& m, double r_product,
                       double discount) {
    return static_cast<double>(p.m0) * m.input_cost_factor * (1.0 + 0.5 * r_product) *
           (1.0 - discount);
}

double rejected_share(const ModelParams& p, double standard, double r_product, double r_process) {
    const double gap = standard - r_product;
    if (gap <= 0.0) {
        return 0.0;
    }
    return clamp01(p.reject_slope * gap * (1.2 - 0.4 * r_process));
}

std::vector<double> low_end_demand(const ModelParams& p, const std::vector<double>& asks,
                                   const std::vector<double>& r_product, double p_comp,
                                   double demand) {
    const double ref = static_cast<double>(p.p_ref);
    const double u_out =
        det_log(std::max(p.n_out, 1e-9)) - p.beta * p_comp / (ref * (1.0 + 0.8 * p.q_comp));
    std::vector<double> u(asks.size());
    // Shift by the largest utility before exponentiating so nothing overflows.
    double top = u_out;
    for (std::size_t i = 0; i < asks.size(); ++i) {
        u[i] = -p.beta * asks[i] / (ref * (1.0 + 0.8 * r_product[i]));
        top = std::max(top, u[i]);
    }
    double sum = det_exp(u_out - top);
    for (double& v : u) {
        v = det_exp(v - top);
        sum += v;
    }
    for (double& v : u) {
        v = demand * v / sum;
    }
    return u;
}

bool may_sell_own_brand(const RoundContext& ctx, const Firm& firm) {
    const FirmRound& fr = ctx.firms[firm.id];
    if (!fr.active || firm.acquired || fr.no_own_brand) {
        return false;
    }
    const double relief = fr.label != 0 ? ctx.params.label_fmin_relief : 0.0;
    return firm.capabilities[UpgradeType::Functional] > ctx.params.f_min - relief;
}

bool may_sell_adjacent(const ModelParams& p, const Firm& firm) {
    return !firm.bankrupt && !firm.acquired &&
           firm.capabilities[UpgradeType::Intersectoral] > p.i_min;
}

namespace {

void compute_costs(RoundContext& ctx) {
    const ModelParams& p = ctx.params;
    for (auto& firm : ctx.state.firms) {
        FirmRound& fr = ctx.firms[firm.id];
        if (!fr.active) {
            continue;
        }
        const double discount =
            clamp01(p.purchasing_discount * fr.joint[JointActionType::JointPurchasing]);
        ctx.out(firm.id).input_discount = discount;
        fr.input_cost =
            input_unit_cost(p, ctx.state.market, firm.capabilities[UpgradeType::Product], discount);
        const double labour = firm.workforce.wage * static_cast<double>(p.w0) / fr.productivity;
        fr.unit_cost = labour + fr.input_cost;
        ctx.out(firm.id).unit_cost = fr.unit_cost / static_cast<double>(kThousand);
    }
}

// Quasi-hierarchy buyers move orders to a cheaper region when the firm's cost-based price is
// above what the competitors ask for the same quality (by the buyer's tolerance).
void relocate_orders(RoundContext& ctx) {
    const ModelParams& p = ctx.params;
    for (auto& c : ctx.state.contracts) {
        if (!ctx.contract_running(c) || c.terms.governance != Governance::QuasiHierarchy) {
            continue;
        }
        const BuyerProfile* buyer = ctx.scenario.buyer(c.terms.buyer_id);
        if (buyer == nullptr || buyer->relocation_threshold <= 0.0) {
            continue;
        }
        const Firm& firm = ctx.state.firms[c.terms.firm];
        const double tolerance =
            ctx.state.market.relocation_pressure ? 0.0 : buyer->relocation_threshold;
        const double ask = ctx.firms[firm.id].unit_cost * (1.0 + p.default_markup);
        const double elsewhere = static_cast<double>(ctx.state.market.p_comp) *
                                 (1.0 + 0.6 * firm.capabilities[UpgradeType::Product]) *
                                 (1.0 + tolerance);
        if (ask > elsewhere) {
            c.last_round = ctx.round - 1;
            ctx.out(firm.id).relocated.push_back(c.id);
            ctx.result.news.push_back({"news.relocation", {firm.name, c.terms.buyer_id}});
        }
    }
}

void deliver_contracts(RoundContext& ctx, std::vector<double>& free_capacity) {
    const ModelParams& p = ctx.params;
    const double exch = ctx.state.market.exchange_rate_factor;
    std::vector<double> paid_value(ctx.state.firms.size(), 0.0);
    for (const auto& c : ctx.state.contracts) {
        if (!ctx.contract_running(c) || !ctx.firms[c.terms.firm].active) {
            continue;
        }
        const Firm& firm = ctx.state.firms[c.terms.firm];
        FirmResult& out = ctx.out(firm.id);
        const double delivered = std::min(c.terms.volume, free_capacity[firm.id]);
        free_capacity[firm.id] -= delivered;
        const double rejected = delivered * rejected_share(p, c.terms.quality_standard,
                                                           firm.capabilities[UpgradeType::Product],
                                                           firm.capabilities[UpgradeType::Process]);
        const double accepted = delivered - rejected;
        const double price = static_cast<double>(c.terms.unit_price) * exch;
        out.volume[kContract] += accepted;
        out.rejected_volume += rejected;
        paid_value[firm.id] += accepted * price;
        ctx.firms[firm.id].produced += delivered;
        out.contracts.push_back(c.id);
    }
    for (auto& firm : ctx.state.firms) {
        FirmResult& out = ctx.out(firm.id);
        out.revenue[kContract] = money(paid_value[firm.id]);
        if (out.volume[kContract] > 0) {
            ctx.firms[firm.id].price[kContract] = paid_value[firm.id] / out.volume[kContract];
        }
    }
}

void sell_own_brand(RoundContext& ctx, std::vector<double>& free_capacity) {
    const ModelParams& p = ctx.params;
    std::vector<FirmId> sellers;
    for (const auto& firm : ctx.state.firms) {
        if (ctx.firms[firm.id].decision->sell_own_brand && may_sell_own_brand(ctx, firm)) {
            sellers.push_back(firm.id);
        }
    }
    if (sellers.empty()) {
        return;
    }
    const double per_seller =
        p.demand_brand * ctx.state.market.demand_brand_factor / static_cast<double>(sellers.size());
    for (const FirmId f : sellers) {
        const Firm& firm = ctx.state.firms[f];
        FirmRound& fr = ctx.firms[f];
        const double rf = firm.capabilities[UpgradeType::Functional];
        const double rp = firm.capabilities[UpgradeType::Product];
        const double f_min = p.f_min - (fr.label != 0 ? p.label_fmin_relief : 0.0);
        const double reference = static_cast<double>(p.p_brand) * (1.0 + 0.6 * rp);
        const double price = fr.decision->own_brand_price > 0
                                 ? static_cast<double>(fr.decision->own_brand_price)
                                 : reference;
        const double appeal = (rf - f_min) / (1.0 - f_min) * (0.5 + rp);
        const double access = 1.0 + p.fair_brand_demand * fr.joint[JointActionType::TradeFair] +
                              ctx.export_access + fr.label_premium;
        const double pricing = det_exp(-p.brand_price_sensitivity * (price / reference - 1.0));
        // A new brand is little known: its demand builds up over its first rounds.
        const double ramp =
            std::min(1.0, static_cast<double>(firm.brand_rounds + 1) /
                              static_cast<double>(std::max(1, p.brand_ramp_rounds)));
        const double demand = per_seller * appeal * access * pricing * ramp;
        const double volume = std::max(
            0.0, std::min({demand, p.brand_capacity_share * firm.capacity, free_capacity[f]}));
        free_capacity[f] -= volume;
        fr.produced += volume;
        const double received =
            price * (1.0 + fr.label_premium) * ctx.state.market.exchange_rate_factor;
        fr.price[kBrand] = received;
        ctx.out(f).volume[kBrand] = volume;
        ctx.out(f).revenue[kBrand] = money(volume * received);
    }
}

void sell_adjacent(RoundContext& ctx, std::vector<double>& free_capacity) {
    const ModelParams& p = ctx.params;
    std::vector<FirmId> sellers;
    for (const auto& firm : ctx.state.firms) {
        if (ctx.firms[firm.id].active && ctx.firms[firm.id].decision->sell_adjacent &&
            may_sell_adjacent(p, firm)) {
            sellers.push_back(firm.id);
        }
    }
    if (sellers.empty()) {
        return;
    }
    // The adjacent sector is domestic and unrelated to the sector's shocks.
    const double per_seller = p.demand_adjacent / static_cast<double>(sellers.size());
    for (const FirmId f : sellers) {
        const Firm& firm = ctx.state.firms[f];
        const double ri = firm.capabilities[UpgradeType::Intersectoral];
        const double demand = per_seller * (ri - p.i_min) / (1.0 - p.i_min) * (0.5 + ri);
        const double volume = std::max(
            0.0, std::min({demand, p.adjacent_capacity_share * firm.capacity, free_capacity[f]}));
        const double price = static_cast<double>(p.p_adjacent) *
                             (1.0 + 0.3 * firm.capabilities[UpgradeType::Product]);
        free_capacity[f] -= volume;
        ctx.firms[f].produced += volume;
        ctx.firms[f].price[kAdjacent] = price;
        ctx.out(f).volume[kAdjacent] = volume;
        ctx.out(f).revenue[kAdjacent] = money(volume * price);
    }
}

void sell_low_end(RoundContext& ctx, std::vector<double>& free_capacity) {
    const ModelParams& p = ctx.params;
    const double exch = ctx.state.market.exchange_rate_factor;
    std::vector<FirmId> sellers;
    std::vector<double> asks;
    std::vector<double> quality;
    for (const auto& firm : ctx.state.firms) {
        const FirmRound& fr = ctx.firms[firm.id];
        if (!fr.active || firm.acquired || free_capacity[firm.id] <= 0.0) {
            continue;
        }
        sellers.push_back(firm.id);
        asks.push_back(fr.unit_cost * (1.0 + fr.decision->markup) / exch);
        quality.push_back(firm.capabilities[UpgradeType::Product]);
    }
    if (sellers.empty()) {
        return;
    }
    const auto demand =
        low_end_demand(p, asks, quality, static_cast<double>(ctx.state.market.p_comp),
                       p.demand_low * ctx.state.market.demand_low_factor);
    for (std::size_t i = 0; i < sellers.size(); ++i) {
        const FirmId f = sellers[i];
        const double volume = std::max(0.0, std::min(demand[i], free_capacity[f]));
        const double price = asks[i] * exch;
        free_capacity[f] -= volume;
        ctx.firms[f].produced += volume;
        ctx.firms[f].price[kLowEnd] = price;
        ctx.out(f).volume[kLowEnd] = volume;
        ctx.out(f).revenue[kLowEnd] = money(volume * price);
    }
}

} // namespace

void clear_markets(RoundContext& ctx) {
    compute_costs(ctx);
    relocate_orders(ctx);
    std::vector<double> free_capacity(ctx.state.firms.size(), 0.0);
    for (const auto& firm : ctx.state.firms) {
        free_capacity[firm.id] = ctx.firms[firm.id].active ? firm.capacity : 0.0;
    }
    deliver_contracts(ctx, free_capacity);
    sell_own_brand(ctx, free_capacity);
    sell_adjacent(ctx, free_capacity);
    sell_low_end(ctx, free_capacity);
}

} // namespace hr
