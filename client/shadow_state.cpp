#include "shadow_state.hpp"

#include "core/events.hpp"
#include "core/rules.hpp"

#include <algorithm>
#include <cmath>

namespace hr::client {

namespace {

const proto::RoundResults* results_of_round(const SessionModel& model, int round) {
    for (const auto& r : model.results) {
        if (r.round == round) {
            return &r;
        }
    }
    return nullptr;
}

// The market conditions after `rounds` resolved rounds: the scenario's start, moved by every event
// the room saw, in the order the core applies them (drift first, then the round's events).
void replay_market(GameState& state, const proto::RoomSnapshot& snapshot, int rounds) {
    const Scenario& sc = *state.scenario;
    MarketConditions& m = state.market;
    for (int r = 1; r <= rounds; ++r) {
        m.relocation_pressure = false;
        if (m.competitor_drift != 0.0) {
            m.p_comp = static_cast<Money>(
                std::llround(static_cast<double>(m.p_comp) * (1.0 + m.competitor_drift)));
        }
        for (const proto::RoomEvent& e : snapshot.events) {
            if (e.round != r || e.pending) {
                continue;
            }
            if (const EventSpec* spec = sc.event(e.id)) {
                apply_event(state, *spec);
            }
        }
        m.frontier *= 1.0 + sc.params.delta;
    }
}

FirmRecord public_record(const proto::PublicFirm& p, int round) {
    FirmRecord r;
    r.round = round;
    r.wage = p.wage;
    r.employment = p.employment;
    r.exports = p.exports;
    r.unit_value = p.unit_value;
    r.road = p.road;
    return r;
}

void overlay_public_firms(GameState& state, const SessionModel& model) {
    const proto::RoomSnapshot& snapshot = *model.snapshot;
    const std::optional<ClusterRecord>& cluster = snapshot.cluster;
    for (const proto::PublicFirm& p : snapshot.firms) {
        if (p.firm >= state.firms.size()) {
            continue;
        }
        Firm& f = state.firms[p.firm];
        f.name = p.name;
        f.lead_firm = p.lead_firm;
        f.bankrupt = p.bankrupt;
        f.acquired = p.acquired;
        f.workforce.wage = p.wage;
        f.workforce.employment = p.employment;
        if (cluster) {
            f.capabilities = cluster->avg_capabilities;
            f.workforce.skill = cluster->skill_pool;
        }
        f.history.clear();
        for (int round = 1; round <= state.round; ++round) {
            const proto::RoundResults* results = results_of_round(model, round);
            if (results == nullptr) {
                continue;
            }
            for (const proto::PublicFirm& seen : results->firms) {
                if (seen.firm == p.firm) {
                    f.history.push_back(public_record(seen, round));
                }
            }
        }
    }
}

void overlay_own_firm(GameState& state, const SessionModel& model) {
    const proto::FirmPrivate& own = model.own->firm;
    Firm& f = state.firms[own.firm];
    f.name = own.name;
    f.cash = own.cash;
    f.capacity = own.capacity;
    f.capabilities = own.capabilities;
    f.workforce = own.workforce;
    f.certified = own.certified;
    f.own_design = own.own_design;
    f.acquired = own.acquired;
    f.bankrupt = own.bankrupt;
    f.cumulative_profit = own.cumulative_profit;
    f.history = model.own_history.empty() ? model.own->history : model.own_history;
    f.brand_rounds = 0;
    f.wages_paid = 0;
    for (const proto::RoundResults& r : model.results) {
        if (r.own && r.own->firm == own.firm && r.round <= state.round) {
            const auto brand = static_cast<std::size_t>(SalesChannel::OwnBrand);
            f.brand_rounds += r.own->volume[brand] > 0 ? 1 : 0;
            f.wages_paid += r.own->wage_bill;
        }
    }
}

const std::vector<proto::PublicJointAction>& board_actions(const SessionModel& model) {
    if (model.board && model.board->round == model.own->round) {
        return model.board->actions;
    }
    return model.snapshot->joint_actions;
}

// The board as joint actions: the firm's own maximum shares are known; the rest of the pledged
// money is spread evenly over the other members, whose limits are private.
void fill_joint_actions(GameState& state, const SessionModel& model) {
    const proto::FirmPrivate& own = model.own->firm;
    state.joint_actions.clear();
    for (const proto::PublicJointAction& a : board_actions(model)) {
        JointAction j;
        j.id = a.id;
        j.type = a.type;
        j.proposer = a.proposer;
        j.proposed_round = a.proposed_round;
        j.members = a.members;
        std::sort(j.members.begin(), j.members.end());
        j.active = a.active;
        j.rounds_active = a.rounds_active;
        j.reputation = a.reputation;
        j.vetoed = a.vetoed;
        j.catalogue = a.proposed_round == 0 && !a.pending;
        std::optional<Money> own_share;
        for (const JoinRequest& m : own.memberships) {
            if (m.action == a.id) {
                own_share = m.max_share;
            }
        }
        const bool own_member = std::binary_search(j.members.begin(), j.members.end(), own.firm);
        const Money own_pledge = own_member && own_share ? *own_share : 0;
        const auto others = static_cast<Money>(j.members.size()) - (own_member ? 1 : 0);
        const Money other_share =
            others > 0 ? std::max<Money>(0, a.pledged - own_pledge) / others : 0;
        for (const FirmId member : j.members) {
            j.max_share.push_back(member == own.firm ? own_pledge : other_share);
        }
        state.next_joint_action_id = std::max(state.next_joint_action_id, j.id + 1);
        state.joint_actions.push_back(std::move(j));
    }
}

} // namespace

std::optional<GameState> shadow_state(const SessionModel& model) {
    if (!model.scenario || !model.snapshot || !model.own) {
        return std::nullopt;
    }
    const proto::RoomSnapshot& snapshot = *model.snapshot;
    const proto::PrivateFirmState& own = *model.own;
    const std::size_t count =
        std::max<std::size_t>(snapshot.firms.size(), std::size_t{own.firm.firm} + 1);

    // The scenario's start gives every firm, the market and the ids a shape; what the room has
    // shown since replaces it piece by piece.
    GameState state = new_game(model.scenario, 0, static_cast<int>(count));
    state.round = std::max(0, own.round - 1);
    if (snapshot.total_rounds > 0) {
        state.total_rounds = snapshot.total_rounds;
    }
    state.offers.clear();
    state.joint_actions.clear();
    replay_market(state, snapshot, state.round);

    for (int round = 1; round <= state.round; ++round) {
        if (const proto::RoundResults* r = results_of_round(model, round)) {
            state.cluster_history.push_back(r->cluster);
        }
    }
    if (state.cluster_history.empty() && snapshot.cluster) {
        state.cluster_history.push_back(*snapshot.cluster);
    }
    if (!state.cluster_history.empty()) {
        state.market.skill_pool = state.cluster_history.back().skill_pool;
    }

    overlay_public_firms(state, model);
    overlay_own_firm(state, model);

    state.offers = own.firm.offers;
    state.contracts = own.firm.contracts;
    state.next_offer_id = 1;
    for (const BuyerOffer& o : state.offers) {
        state.next_offer_id = std::max(state.next_offer_id, o.id + 1);
    }
    state.next_contract_id = 1;
    for (const Contract& c : state.contracts) {
        state.next_contract_id = std::max(state.next_contract_id, c.id + 1);
    }
    state.next_joint_action_id = 1;
    fill_joint_actions(state, model);

    state.policy = snapshot.policy;
    state.public_budget = snapshot.public_budget;
    state.public_spent = snapshot.public_spent;
    return state;
}

} // namespace hr::client
