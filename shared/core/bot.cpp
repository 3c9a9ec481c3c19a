#include "core/bot.hpp"

#include "core/bot_parts.hpp"
#include "core/rules.hpp"

#include <algorithm>
#include <cmath>

namespace hr {

namespace bot_detail {

namespace {

struct NoiseLevels {
    double wage, invest, markup;
};

constexpr std::array<NoiseLevels, kDifficulties> kNoise{{
    {0.03, 0.35, 0.03}, // easy
    {0.01, 0.10, 0.01}, // normal
    {0.0, 0.0, 0.0},    // hard
}};

// Reserve in rounds of fixed cost: a hard bot keeps more for what may come.
constexpr std::array<double, kDifficulties> kReserveRounds{0.5, 1.0, 1.5};

std::size_t at(Difficulty d) {
    return static_cast<std::size_t>(d);
}

} // namespace

bool member_of_active(const GameState& state, FirmId firm, JointActionType type) {
    for (const auto& ja : state.joint_actions) {
        if (ja.type == type && ja.active &&
            std::binary_search(ja.members.begin(), ja.members.end(), firm)) {
            return true;
        }
    }
    return false;
}

BotView make_view(const GameState& state, FirmId firm, Difficulty difficulty) {
    const Firm& f = state.firms[firm];
    const ModelParams& p = state.scenario->params;
    BotView v{state, f, p, difficulty};
    v.round = state.next_round();
    v.reserve =
        static_cast<Money>(kReserveRounds[at(difficulty)] * static_cast<double>(p.fixed_cost));
    v.spare = std::max<Money>(0, f.cash - v.reserve);
    const double productivity =
        p.a0 * (1 + f.capabilities[UpgradeType::Process]) * (0.85 + 0.3 * f.workforce.skill);
    const double labour = f.workforce.wage * static_cast<double>(p.w0) / productivity;
    const double inputs = static_cast<double>(p.m0) *
                          (1 + 0.5 * f.capabilities[UpgradeType::Product]) *
                          state.market.input_cost_factor;
    v.unit_cost = labour + inputs;
    v.sees_ahead = difficulty != Difficulty::Easy &&
                   member_of_active(state, firm, JointActionType::MarketResearch);
    for (const auto& c : state.contracts) {
        if (c.terms.firm != firm || c.last_round < v.round) {
            continue;
        }
        v.exclusive_held = v.exclusive_held || c.terms.clauses.exclusivity;
        if (c.first_round <= v.round) {
            v.any_contract = true;
            v.contract_volume += c.terms.volume;
            v.no_own_brand = v.no_own_brand || c.terms.clauses.no_own_brand;
            v.no_own_design = v.no_own_design || c.terms.clauses.no_own_design;
        }
    }
    return v;
}

namespace {

// Scheduled events of the coming round that a market-research member learns of in advance.
struct Foresight {
    bool competitor_cut = false;
    bool demand_falls = false;
};

Foresight look_ahead(const BotView& v) {
    Foresight out;
    if (!v.sees_ahead) {
        return out;
    }
    for (const auto& e : v.state.scenario->events) {
        if (e.scheduled_round != v.round) {
            continue;
        }
        if (e.kind == EventKind::CompetitorPriceShock && e.magnitude < 0) {
            out.competitor_cut = true;
        }
        if ((e.kind == EventKind::DemandShock || e.kind == EventKind::ExchangeRateShock) &&
            e.magnitude < 0) {
            out.demand_falls = true;
        }
    }
    return out;
}

// The firm's capabilities before its first round: its seat in the scenario.
double start_capability(const BotView& v) {
    const auto& seats = v.state.scenario->firms;
    if (seats.empty()) {
        return v.firm.capabilities.average();
    }
    const auto& c = seats[v.firm.id % seats.size()].capabilities;
    return (c[0] + c[1] + c[2] + c[3]) / static_cast<double>(kUpgradeTypes);
}

double choose_wage_change(const BotView& v, const BotProfile& p, Rng& rng) {
    const double limit = v.params.max_wage_change;
    double change = p.wage_trend;
    const auto& h = v.firm.history;
    if (!h.empty()) {
        const double before =
            h.size() > 1 ? h[h.size() - 2].capabilities.average() : start_capability(v);
        change +=
            p.wage_follows_upgrading * std::max(0.0, h.back().capabilities.average() - before);
    }
    // Foresight: no raise the firm cannot pay for.
    if (v.difficulty == Difficulty::Hard && v.firm.cash < v.reserve && change > 0) {
        change = 0;
    }
    change += kNoise[at(v.difficulty)].wage * rng.noise();
    const double wage = v.firm.workforce.wage;
    if (wage > 0) {
        const double after = wage * (1 + change);
        if (after < p.wage_floor) {
            change = p.wage_floor / wage - 1;
        } else if (after > p.wage_ceiling) {
            change = p.wage_ceiling / wage - 1;
        }
    }
    return std::clamp(change, -limit, limit);
}

void choose_investment(const BotView& v, const BotProfile& p, const Foresight& ahead, Rng& rng,
                       Decision& d) {
    double budget = p.invest_share * static_cast<double>(v.spare);
    budget *= std::max(0.0, 1 + kNoise[at(v.difficulty)].invest * rng.noise());
    if (ahead.demand_falls) {
        budget *= 0.8;
    }
    auto split = p.invest_split;
    // Design money is wasted where the firm has given up its own design.
    if (!v.firm.own_design || v.firm.acquired || v.no_own_design) {
        split[static_cast<std::size_t>(UpgradeType::Process)] +=
            split[static_cast<std::size_t>(UpgradeType::Functional)];
        split[static_cast<std::size_t>(UpgradeType::Functional)] = 0;
    }
    if (ahead.competitor_cut) {
        // Prices at the low end are about to fall: move money toward better products.
        const double moved = 0.5 * split[static_cast<std::size_t>(UpgradeType::Process)];
        split[static_cast<std::size_t>(UpgradeType::Process)] -= moved;
        split[static_cast<std::size_t>(UpgradeType::Product)] += moved;
    }
    for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
        d.invest[k] = round_to_hundreds(budget * split[k]);
    }
    d.training = round_to_hundreds(budget * p.training_split);
}

double choose_markup(const BotView& v, const BotProfile& p, const Foresight& ahead, Rng& rng) {
    double markup = p.markup + kNoise[at(v.difficulty)].markup * rng.noise();
    if (ahead.competitor_cut) {
        markup -= 0.04;
    }
    if (v.difficulty == Difficulty::Hard && v.unit_cost > 0) {
        // Ask no more than the outside competitors' quality-adjusted price.
        const double rivals = static_cast<double>(v.state.market.p_comp) *
                              (1 + 0.8 * v.firm.capabilities[UpgradeType::Product]) /
                              (1 + 0.8 * v.params.q_comp);
        markup = std::min(markup, rivals / v.unit_cost - 1);
    }
    return std::clamp(markup, 0.01, 1.0);
}

} // namespace

Money round_to_hundreds(double amount) {
    return static_cast<Money>(std::floor(amount / 100.0)) * 100;
}

bool own_brand_open(const BotView& v) {
    return !v.firm.acquired && v.firm.own_design && !v.no_own_brand &&
           v.firm.capabilities[UpgradeType::Functional] > v.params.f_min;
}

void fit_to_cash(const GameState& state, FirmId firm, Decision& d) {
    const Money room = state.firms[firm].cash - state.scenario->params.credit_line;
    if (outlay_ceiling(state, firm, d) <= room) {
        return;
    }
    for (int attempt = 0; attempt < 4; ++attempt) {
        const DecisionCost cost = preview_cost(state, firm, d);
        const Money room = cost.cash_after_outlays - cost.credit_line;
        if (room >= 0) {
            return;
        }
        const Money outlay = d.total_investment() + d.training;
        if (outlay <= 0) {
            return;
        }
        const double keep =
            std::max(0.0, static_cast<double>(outlay + room) / static_cast<double>(outlay));
        for (auto& amount : d.invest) {
            amount = round_to_hundreds(static_cast<double>(amount) * keep);
        }
        d.training = round_to_hundreds(static_cast<double>(d.training) * keep);
    }
    d.invest = {};
    d.training = 0;
}

} // namespace bot_detail

Rng bot_rng(std::uint64_t game_seed, int round, FirmId firm) {
    // A fixed tag keeps the bots' streams apart from any stream the engine derives from the seed.
    constexpr std::uint64_t kBotTag = 0xb07b07b07b07b07bULL;
    const std::uint64_t label = (static_cast<std::uint64_t>(round) << 16) | firm;
    return Rng(game_seed ^ kBotTag).fork(label);
}

Rng bot_rng(const GameState& state, FirmId firm) {
    return bot_rng(state.seed, state.next_round(), firm);
}

Decision decide(const GameState& state, FirmId firm, Archetype archetype, Difficulty difficulty,
                Rng& rng) {
    const BotProfile profile =
        archetype == Archetype::Adaptive ? adaptive_profile(state, firm) : profile_of(archetype);
    return decide(state, firm, profile, difficulty, rng);
}

Decision decide(const GameState& state, FirmId firm, const BotProfile& profile,
                Difficulty difficulty, Rng& rng) {
    using namespace bot_detail;
    const Firm& f = state.firms[firm];
    if (f.bankrupt) {
        return default_decision(state, firm);
    }
    const BotView v = make_view(state, firm, difficulty);
    const Foresight ahead = look_ahead(v);

    Decision d;
    d.firm = firm;
    d.round = v.round;
    d.wage_change = choose_wage_change(v, profile, rng);
    choose_investment(v, profile, ahead, rng, d);
    d.markup = choose_markup(v, profile, ahead, rng);
    const bool brand_blocked = choose_offers(v, profile, d);
    d.sell_own_brand = profile.own_brand && !brand_blocked && own_brand_open(v);
    d.own_brand_price = 0;
    d.sell_adjacent = profile.adjacent && !f.acquired &&
                      f.capabilities[UpgradeType::Intersectoral] > v.params.i_min;
    choose_joint_actions(v, profile, d);
    fit_to_cash(state, firm, d);
    return d;
}

BotProfile adaptive_profile(const GameState& state, FirmId firm) {
    BotProfile p = profile_of(Archetype::Upgrader);
    p.archetype = Archetype::Adaptive;
    const Firm& f = state.firms[firm];
    const auto& h = f.history;
    if (h.size() < 2) {
        return p;
    }
    const ModelParams& params = state.scenario->params;
    const FirmRecord& last = h[h.size() - 1];
    const FirmRecord& before = h[h.size() - 2];
    const bool losing = (last.profit < 0 && before.profit < 0) || f.cash < params.fixed_cost;
    if (losing) {
        // Retrench: cheaper labour, little investment, any volume that keeps the plant busy.
        p = profile_of(Archetype::LowRoader);
        p.archetype = Archetype::Adaptive;
        p.wage_trend = -0.04;
        p.invest_share = 0.05;
        p.markup = 0.05;
        return p;
    }
    if (last.profit > 0 && f.capabilities[UpgradeType::Functional] > 0.8 * params.f_min) {
        p = profile_of(Archetype::BrandBuilder);
        p.archetype = Archetype::Adaptive;
        return p;
    }
    if (last.capabilities.average() < before.capabilities.average()) {
        // Falling behind the frontier alone: look for partners.
        const BotProfile coop = profile_of(Archetype::Cooperator);
        p.joins = coop.joins;
        p.share_tolerance = 0.25;
        p.joint_budget_share = 0.25;
    }
    return p;
}

} // namespace hr
