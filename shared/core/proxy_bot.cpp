#include "core/proxy_bot.hpp"

#include "core/bot_parts.hpp"
#include "core/rules.hpp"

#include <algorithm>
#include <optional>

namespace hr {

namespace {

// The firm's cash when the player made decision `d`: the end of the round before it.
Money cash_when_decided(const GameState& state, const Firm& f, const Decision& d) {
    for (const auto& rec : f.history) {
        if (rec.round == d.round - 1) {
            return rec.cash;
        }
    }
    const auto& seats = state.scenario->firms;
    if (d.round <= 1 && !seats.empty()) {
        return seats[f.id % seats.size()].cash;
    }
    return f.cash;
}

// The governance of an offer the player accepted in `round`: from its contract while that runs;
// once the contract has ended (a one-round spot deal, typically), from the scenario's buyers whose
// contracts would have ended by now, when they all share one governance.
std::optional<Governance> accepted_governance(const GameState& state, FirmId firm, OfferId id,
                                              int round, bool& no_own_brand, bool& no_own_design) {
    for (const auto& c : state.contracts) {
        if (c.terms.id == id && c.terms.firm == firm) {
            if (c.terms.clauses.acquisition) {
                return std::nullopt;
            }
            no_own_brand = no_own_brand || c.terms.clauses.no_own_brand;
            no_own_design = no_own_design || c.terms.clauses.no_own_design;
            return c.terms.governance;
        }
    }
    std::optional<Governance> found;
    bool brand = false;
    bool design = false;
    for (const auto& b : state.scenario->buyers) {
        if (b.acquisition || round + b.duration - 1 > state.round) {
            continue;
        }
        if (found && *found != b.governance) {
            return std::nullopt;
        }
        found = b.governance;
        brand = brand || b.no_own_brand;
        design = design || b.no_own_design;
    }
    if (found) {
        no_own_brand = no_own_brand || brand;
        no_own_design = no_own_design || design;
    }
    return found;
}

// What the proxy looks for again: offers of the governance types the player accepted, with the
// clauses the player put up with. Never the sale of the firm.
BotProfile acceptance_from(const GameState& state, FirmId firm,
                           const std::vector<Decision>& recent) {
    BotProfile p;
    p.accepts = {};
    p.accepts_no_own_brand = false;
    p.accepts_no_own_design = false;
    p.accepts_acquisition_in_distress = false;
    p.contract_capacity_share = 1.0;
    for (const auto& d : recent) {
        for (OfferId id : d.accept) {
            const auto g = accepted_governance(state, firm, id, d.round, p.accepts_no_own_brand,
                                               p.accepts_no_own_design);
            if (g && *g != Governance::Hierarchy) {
                p.accepts[static_cast<std::size_t>(*g)] = true;
            }
        }
    }
    return p;
}

} // namespace

Decision proxy_decision(const GameState& state, FirmId firm, const std::vector<Decision>& recent) {
    using namespace bot_detail;
    const Firm& f = state.firms[firm];
    if (recent.empty() || f.bankrupt) {
        return default_decision(state, firm);
    }
    // The default keeps the firm's joint actions; the proxy builds on it.
    Decision d = default_decision(state, firm);
    const Decision& last = recent.back();
    const BotView v = make_view(state, firm, Difficulty::Normal);
    const double n = static_cast<double>(recent.size());

    double wage_trend = 0;
    std::array<double, kUpgradeTypes> invest_share{};
    double training_share = 0;
    for (const auto& past : recent) {
        wage_trend += past.wage_change / n;
        const double cash =
            static_cast<double>(std::max<Money>(1, cash_when_decided(state, f, past)));
        for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
            invest_share[k] += static_cast<double>(past.invest[k]) / cash / n;
        }
        training_share += static_cast<double>(past.training) / cash / n;
    }
    const double limit = v.params.max_wage_change;
    d.wage_change = std::clamp(wage_trend, -limit, limit);
    const double cash_now = static_cast<double>(std::max<Money>(0, f.cash));
    for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
        d.invest[k] = round_to_hundreds(std::min(1.0, invest_share[k]) * cash_now);
    }
    d.training = round_to_hundreds(std::min(1.0, training_share) * cash_now);

    d.markup = std::clamp(last.markup, 0.0, 1.0);
    d.own_brand_price = last.own_brand_price;
    d.sell_adjacent =
        last.sell_adjacent && f.capabilities[UpgradeType::Intersectoral] > v.params.i_min;
    const bool brand_blocked = choose_offers(v, acceptance_from(state, firm, recent), d);
    d.sell_own_brand = last.sell_own_brand && !brand_blocked && own_brand_open(v);
    fit_to_cash(state, firm, d);
    return d;
}

} // namespace hr
