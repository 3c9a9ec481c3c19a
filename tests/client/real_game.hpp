#pragma once
// A real game driven in-process by the core (new_game, bots, resolve_round), and the views of it
// that the server would send a player, built the way server/room_views.cpp builds them. The
// client tests fill a SessionModel from these, so that screens and the shadow state are checked
// against real numbers rather than hand-made ones.
#include "session_model.hpp"

#include "core/bot.hpp"
#include "core/rules.hpp"
#include "core/scenario_loader.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace hr::test {

inline std::shared_ptr<const Scenario> load_scenario(const std::string& id) {
    const std::string path = std::string(HIGHROAD_ASSETS_DIR) + "/scenarios/" + id + ".json";
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    ScenarioLoad load = parse_scenario(text.str(), path);
    if (!load.scenario) {
        throw std::runtime_error("cannot load " + path);
    }
    return std::make_shared<const Scenario>(std::move(*load.scenario));
}

struct RealGame {
    std::vector<GameState> states;    // states[r] after r resolved rounds
    std::vector<RoundResult> results; // results[r - 1] of round r
    std::vector<proto::RoomEvent> events;
    const GameState& now() const { return states.back(); }
};

inline Archetype archetype_of(FirmId firm) {
    return kAllArchetypes[firm % kAllArchetypes.size()];
}

// Plays `rounds` rounds with a bot of a cycling archetype on every seat.
inline RealGame play_real_game(const std::string& scenario_id, int firms, int rounds,
                               std::uint64_t seed = 7) {
    RealGame game;
    game.states.push_back(new_game(load_scenario(scenario_id), seed, firms));
    for (int r = 0; r < rounds && !game.now().finished(); ++r) {
        const GameState& state = game.now();
        std::vector<std::optional<Decision>> decisions(state.firms.size());
        for (const Firm& f : state.firms) {
            if (!f.bankrupt) {
                Rng rng = bot_rng(state, f.id);
                decisions[f.id] = decide(state, f.id, archetype_of(f.id), Difficulty::Normal, rng);
            }
        }
        RoundOutcome outcome = resolve_round(state, decisions);
        for (const AppliedEvent& e : outcome.result.events) {
            game.events.push_back(
                {outcome.result.round, e.id, e.kind, e.magnitude, e.injected, false});
        }
        game.results.push_back(std::move(outcome.result));
        game.states.push_back(std::move(outcome.state));
    }
    return game;
}

inline std::vector<proto::PublicFirm> public_firms_of(const GameState& state) {
    std::vector<proto::PublicFirm> out;
    for (const Firm& firm : state.firms) {
        proto::PublicFirm p;
        p.firm = firm.id;
        p.name = firm.name;
        p.seat = firm.id == 0 ? proto::SeatKind::Human : proto::SeatKind::Bot;
        p.source = firm.id == 0 ? proto::DecisionSource::Player : proto::DecisionSource::Bot;
        p.lead_firm = firm.lead_firm;
        p.bankrupt = firm.bankrupt;
        p.acquired = firm.acquired;
        p.wage = firm.workforce.wage;
        p.employment = firm.workforce.employment;
        if (!firm.history.empty()) {
            p.road = firm.history.back().road;
            p.exports = firm.history.back().exports;
            p.unit_value = firm.history.back().unit_value;
        }
        for (const Contract& c : state.contracts) {
            if (c.terms.firm == firm.id) {
                ++p.contracts[static_cast<std::size_t>(c.terms.governance)];
            }
        }
        for (const JointAction& a : state.joint_actions) {
            if (std::find(a.members.begin(), a.members.end(), firm.id) != a.members.end()) {
                p.member_of.push_back(a.id);
            }
        }
        out.push_back(std::move(p));
    }
    return out;
}

// The board at the opening of a round, before anyone changes it.
inline std::vector<proto::PublicJointAction> board_of(const GameState& state) {
    std::vector<proto::PublicJointAction> out;
    for (const JointAction& a : state.joint_actions) {
        proto::PublicJointAction v;
        v.id = a.id;
        v.type = a.type;
        v.proposer = a.proposer;
        v.proposed_round = a.proposed_round;
        v.members = a.members;
        for (const Money m : a.max_share) {
            v.pledged += m;
        }
        if (const JointActionSpec* spec = state.scenario->joint_action(a.type)) {
            v.total_cost = spec->total_cost;
            v.min_members = spec->min_members;
        }
        v.active = a.active;
        v.vetoed = a.vetoed;
        v.rounds_active = a.rounds_active;
        v.reputation = a.reputation;
        out.push_back(std::move(v));
    }
    return out;
}

inline proto::RoomSnapshot snapshot_of(const RealGame& game, std::uint32_t remaining_ms) {
    const GameState& state = game.now();
    proto::RoomSnapshot s;
    s.phase = state.finished() ? proto::RoomPhase::Finished : proto::RoomPhase::Running;
    s.scenario = state.scenario->id;
    s.round = state.finished() ? state.round : state.round + 1;
    s.total_rounds = state.total_rounds;
    s.round_seconds = 300;
    s.remaining_ms = remaining_ms;
    s.firms = public_firms_of(state);
    if (!state.finished()) {
        s.joint_actions = board_of(state);
    }
    s.events = game.events;
    s.policy = state.policy;
    s.public_budget = state.public_budget;
    s.public_spent = state.public_spent;
    if (!state.cluster_history.empty()) {
        s.cluster = state.cluster_history.back();
    }
    return s;
}

inline proto::PrivateFirmState private_state_of(const GameState& state, FirmId id) {
    const Firm& firm = state.firms[id];
    proto::PrivateFirmState s;
    s.round = state.round + 1;
    proto::FirmPrivate& p = s.firm;
    p.firm = id;
    p.name = firm.name;
    p.cash = firm.cash;
    p.credit_line = state.scenario->params.credit_line;
    p.capacity = firm.capacity;
    p.capabilities = firm.capabilities;
    p.workforce = firm.workforce;
    p.certified = firm.certified;
    p.own_design = firm.own_design;
    p.acquired = firm.acquired;
    p.bankrupt = firm.bankrupt;
    p.cumulative_profit = firm.cumulative_profit;
    if (!state.finished()) {
        for (const BuyerOffer& o : state.offers) {
            if (o.firm == id) {
                p.offers.push_back(o);
            }
        }
    }
    for (const Contract& c : state.contracts) {
        if (c.terms.firm == id) {
            p.contracts.push_back(c);
        }
    }
    for (const JointAction& a : state.joint_actions) {
        for (std::size_t i = 0; i < a.members.size(); ++i) {
            if (a.members[i] == id) {
                p.memberships.push_back({a.id, a.max_share[i]});
            }
        }
    }
    s.history = firm.history;
    return s;
}

inline proto::RoundResults round_results_of(const GameState& after, const RoundResult& result,
                                            FirmId own) {
    proto::RoundResults r;
    r.round = result.round;
    r.own = result.firms[own];
    r.firms = public_firms_of(after);
    r.cluster = result.cluster;
    r.cluster_road = result.cluster_road;
    r.events = result.events;
    r.joint_actions = result.joint_actions;
    r.public_spent = result.public_spent;
    r.label_reputation = result.label_reputation;
    r.news = result.news;
    return r;
}

// What a player seated at `own` would hold after the game so far, with the round open.
inline client::SessionModel session_of(const RealGame& game, FirmId own,
                                       std::uint32_t remaining_ms = 154000) {
    const GameState& state = game.now();
    client::SessionModel m;
    m.connection = client::ConnectionState::InRoom;
    m.server_address = "127.0.0.1:7777";
    proto::Joined joined;
    joined.roles = proto::kRolePlayer;
    joined.code = "K7Q2PX";
    joined.firm = own;
    joined.scenario = state.scenario->id;
    joined.total_rounds = state.total_rounds;
    joined.firms = static_cast<int>(state.firms.size());
    joined.round_seconds = 300;
    m.joined = joined;
    m.scenario = state.scenario;
    m.snapshot = snapshot_of(game, remaining_ms);
    m.snapshot_received = std::chrono::steady_clock::now();
    m.own = private_state_of(state, own);
    m.own_history = state.firms[own].history;
    for (std::size_t r = 0; r < game.results.size(); ++r) {
        m.results.push_back(round_results_of(game.states[r + 1], game.results[r], own));
    }
    proto::JointActionBoard board;
    board.round = state.round + 1;
    board.actions = m.snapshot->joint_actions;
    m.board = board;
    proto::SubmissionStatus status;
    status.round = state.round + 1;
    for (const Firm& f : state.firms) {
        status.submitted.push_back(f.id % 3 != 0);
    }
    m.submissions = status;
    return m;
}

} // namespace hr::test
