#include "game_runner.hpp"

#include "core/bot.hpp"
#include "usage_error.hpp"

#include <algorithm>

namespace hr::sim {

namespace {

// The governance types of the contracts each firm delivers under this round: those running from
// earlier rounds and those accepted now (a one-round contract is gone from the state after it).
std::vector<std::array<bool, kGovernanceTypes>>
governance_held(const GameState& before, const std::vector<std::optional<Decision>>& decisions,
                const std::vector<char>& valid) {
    std::vector<std::array<bool, kGovernanceTypes>> held(before.firms.size());
    const int round = before.next_round();
    for (const auto& c : before.contracts) {
        if (c.terms.firm < held.size() && c.first_round <= round && c.last_round >= round) {
            held[c.terms.firm][static_cast<std::size_t>(c.terms.governance)] = true;
        }
    }
    for (const auto& o : before.offers) {
        // A refused decision was replaced by the default, which accepts nothing.
        if (o.firm >= held.size() || o.firm >= decisions.size() || !valid[o.firm] ||
            !decisions[o.firm]) {
            continue;
        }
        const auto& accepted = decisions[o.firm]->accept;
        if (std::find(accepted.begin(), accepted.end(), o.id) != accepted.end()) {
            held[o.firm][static_cast<std::size_t>(o.governance)] = true;
        }
    }
    return held;
}

// `held` is governance_held() of the state before the round.
void record_round(const std::vector<std::array<bool, kGovernanceTypes>>& held,
                  const RoundOutcome& out, GameOutcome& game) {
    for (std::size_t i = 0; i < game.firms.size() && i < out.result.firms.size(); ++i) {
        const FirmResult& r = out.result.firms[i];
        FirmOutcome& o = game.firms[i];
        if (!r.active) {
            continue;
        }
        o.joint_action_paid += r.joint_action_shares;
        for (std::size_t g = 0; g < kGovernanceTypes; ++g) {
            o.contract_rounds[g] += held[i][g] ? 1 : 0;
        }
        if (out.result.round == 1) {
            o.exports_first = r.record.exports;
        }
        o.exports_last = r.record.exports;
        o.unit_value_end = r.record.unit_value;
        o.value_added_per_worker_end = r.record.value_added_per_worker;
        o.score_end = r.score.total;
        o.road_end = r.road.road;
    }
    std::vector<char> member(game.firms.size(), 0);
    for (const auto& ja : out.result.joint_actions) {
        for (FirmId m : ja.members) {
            if (ja.active && m < member.size()) {
                member[m] = 1;
            }
        }
    }
    for (std::size_t i = 0; i < member.size(); ++i) {
        game.firms[i].member_rounds += member[i];
    }
}

void finish(const GameState& end, GameOutcome& game) {
    const double n = static_cast<double>(std::max<std::size_t>(1, end.firms.size()));
    ClusterOutcome& c = game.cluster;
    c.cap_end = {};
    c.active_end = 0;
    for (std::size_t i = 0; i < end.firms.size(); ++i) {
        const Firm& f = end.firms[i];
        FirmOutcome& o = game.firms[i];
        for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
            o.cap_end[k] = f.capabilities.level[k];
            c.cap_end[k] += f.capabilities.level[k] / n;
        }
        o.wage_end = f.workforce.wage;
        o.skill_end = f.workforce.skill;
        o.cumulative_profit = f.cumulative_profit;
        o.cash_end = f.cash;
        o.bankrupt = f.bankrupt;
        o.acquired = f.acquired;
        c.active_end += f.bankrupt ? 0 : 1;
    }
    if (!end.cluster_history.empty()) {
        const ClusterRecord& last = end.cluster_history.back();
        c.wage_end = last.avg_wage;
        c.exports_end = last.exports;
        c.employment_end = last.employment;
        c.value_added_per_worker_end = last.value_added_per_worker;
        c.cluster_share_end = last.cluster_share_of_price;
        c.road_end = last.road;
    }
    c.public_spent = end.public_spent;
    game.rounds = end.round;
}

} // namespace

std::uint64_t game_seed(std::uint64_t base, std::uint64_t game) {
    std::uint64_t x = base ^ (game * 0xd1342543de82ef95ULL);
    splitmix64(x);
    return splitmix64(x);
}

GameOutcome play_game(const GamePlan& plan, const RoundObserver& observer) {
    GameState state = new_game(plan.scenario, plan.seed, static_cast<int>(plan.seats.size()));
    const std::size_t n = state.firms.size();
    GameOutcome game;
    game.firms.resize(n);
    double wage_sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Firm& f = state.firms[i];
        FirmOutcome& o = game.firms[i];
        o.archetype = plan.seats[i].archetype;
        o.difficulty = plan.seats[i].difficulty;
        o.group = plan.seats[i].group;
        o.cap_start = f.capabilities.level;
        o.wage_start = f.workforce.wage;
        for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
            game.cluster.cap_start[k] += f.capabilities.level[k] / static_cast<double>(n);
        }
        wage_sum += f.workforce.wage;
    }

    game.cluster.wage_start = wage_sum / static_cast<double>(std::max<std::size_t>(1, n));

    FacilitatorActions first_round;
    if (plan.policy) {
        first_round.policy = *plan.policy;
        const auto issues = validate(state, first_round);
        if (!issues.empty()) {
            throw UsageError("policy setting refused: " + issues.front().field + ": " +
                             issues.front().message);
        }
    }

    std::vector<char> valid(n, 1);
    std::vector<int> offers_on_table(n, 0);
    // Every bot decision goes to resolve_round, which replaces a refused one by the default; the
    // explicit validate() here counts refusals, which would be bugs in the bots.
    std::vector<std::optional<Decision>> submitted(n);
    while (!state.finished()) {
        std::fill(offers_on_table.begin(), offers_on_table.end(), 0);
        for (const auto& o : state.offers) {
            if (o.firm < n && o.round == state.next_round()) {
                ++offers_on_table[o.firm];
            }
        }
        for (std::size_t i = 0; i < n; ++i) {
            const auto id = static_cast<FirmId>(i);
            if (state.firms[i].bankrupt) {
                submitted[i].reset();
                valid[i] = 1;
                continue;
            }
            Rng rng = bot_rng(state, id);
            const Seat& seat = plan.seats[i];
            submitted[i] = seat.profile ? decide(state, id, *seat.profile, seat.difficulty, rng)
                                        : decide(state, id, seat.archetype, seat.difficulty, rng);
            valid[i] = validate(state, id, *submitted[i]).empty() ? 1 : 0;
            game.invalid_decisions += valid[i] ? 0 : 1;
        }
        const auto held = governance_held(state, submitted, valid);
        const FacilitatorActions& actions = state.round == 0 ? first_round : FacilitatorActions{};
        if (observer) {
            // The observer sees the state before the round: resolve a copy.
            RoundOutcome out = resolve_round(state, submitted, actions);
            record_round(held, out, game);
            observer(RoundView{state, submitted, valid, offers_on_table, out});
            state = std::move(out.state);
        } else {
            // Nothing needs the state before the round any more: hand it over, no copy.
            RoundOutcome out = resolve_round(std::move(state), submitted, actions);
            record_round(held, out, game);
            state = std::move(out.state);
        }
    }
    finish(state, game);
    return game;
}

} // namespace hr::sim
