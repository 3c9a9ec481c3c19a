#pragma once
// A real game for the pictures' tests: a shipped scenario played on the core by bots, with the
// room's views built from the state the way the server builds them (server/room_views.cpp), so
// that every picture is drawn from data a client really receives.
#include "core/bot.hpp"
#include "core/rules.hpp"
#include "core/scenario_loader.hpp"
#include "core/score.hpp"
#include "protocol/messages.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace hr::test {

inline std::shared_ptr<const Scenario> load_shipped_scenario(const std::string& id) {
    const std::string path = std::string(HIGHROAD_ASSETS_DIR) + "/scenarios/" + id + ".json";
    std::ifstream in(path);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    ScenarioLoad load = parse_scenario(text.str(), id + ".json");
    REQUIRE(load.scenario.has_value());
    return std::make_shared<const Scenario>(std::move(*load.scenario));
}

struct PlayedGame {
    std::shared_ptr<const Scenario> scenario;
    GameState state;
    std::vector<RoundResult> results;
    std::vector<proto::RoundResults> views; // as the player of firm 0 received them
    proto::RoomSnapshot snapshot;
    proto::FirmPrivate own;
    std::vector<FirmRecord> own_history;
    std::optional<proto::GameOver> game_over; // once every round is played
    static constexpr FirmId kOwn = 0;
};

// Firm 0 is the "player" (a human seat, decided here by an upgrader bot); the others are bots of
// every archetype in turn.
inline constexpr Archetype kSeatArchetypes[] = {
    Archetype::Upgrader,   Archetype::LowRoader,    Archetype::BrandBuilder,
    Archetype::Cooperator, Archetype::FreeRider,    Archetype::LoyalSubcontractor,
    Archetype::Adaptive,   Archetype::LowRoader,    Archetype::Cooperator,
    Archetype::Upgrader,   Archetype::BrandBuilder, Archetype::LowRoader};

inline proto::SeatKind seat_of(FirmId firm) {
    return firm == PlayedGame::kOwn ? proto::SeatKind::Human : proto::SeatKind::Bot;
}

inline std::vector<proto::PublicFirm> public_firms(const GameState& state) {
    std::vector<proto::PublicFirm> out;
    for (const Firm& firm : state.firms) {
        proto::PublicFirm p;
        p.firm = firm.id;
        p.name = firm.name;
        p.seat = seat_of(firm.id);
        p.source = firm.id == PlayedGame::kOwn ? proto::DecisionSource::Player
                                               : proto::DecisionSource::Bot;
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

inline proto::RoomSnapshot snapshot_of(const GameState& state, const std::string& scenario) {
    proto::RoomSnapshot s;
    s.phase = state.finished() ? proto::RoomPhase::Finished : proto::RoomPhase::Running;
    s.scenario = scenario;
    s.round = state.finished() ? state.round : state.round + 1;
    s.total_rounds = state.total_rounds;
    s.firms = public_firms(state);
    for (const JointAction& a : state.joint_actions) {
        proto::PublicJointAction p;
        p.id = a.id;
        p.type = a.type;
        p.proposer = a.proposer;
        p.proposed_round = a.proposed_round;
        p.members = a.members;
        p.active = a.active;
        p.vetoed = a.vetoed;
        p.rounds_active = a.rounds_active;
        p.reputation = a.reputation;
        if (const JointActionSpec* spec = state.scenario->joint_action(a.type)) {
            p.min_members = spec->min_members;
            p.total_cost = spec->total_cost;
        }
        s.joint_actions.push_back(std::move(p));
    }
    s.policy = state.policy;
    s.public_budget = state.public_budget;
    s.public_spent = state.public_spent;
    if (!state.cluster_history.empty()) {
        s.cluster = state.cluster_history.back();
    }
    return s;
}

inline proto::FirmPrivate private_of(const GameState& state, FirmId id) {
    const Firm& firm = state.firms[id];
    proto::FirmPrivate p;
    p.firm = id;
    p.name = firm.name;
    p.cash = firm.cash;
    p.capacity = firm.capacity;
    p.capabilities = firm.capabilities;
    p.workforce = firm.workforce;
    p.certified = firm.certified;
    p.own_design = firm.own_design;
    p.acquired = firm.acquired;
    p.bankrupt = firm.bankrupt;
    p.cumulative_profit = firm.cumulative_profit;
    for (const Contract& c : state.contracts) {
        if (c.terms.firm == id) {
            p.contracts.push_back(c);
        }
    }
    return p;
}

inline proto::RoundResults public_results(const GameState& after, const RoundResult& r) {
    proto::RoundResults v;
    v.round = r.round;
    v.own = r.firms[PlayedGame::kOwn];
    v.firms = public_firms(after);
    v.cluster = r.cluster;
    v.cluster_road = r.cluster_road;
    v.events = r.events;
    v.joint_actions = r.joint_actions;
    v.public_spent = r.public_spent;
    v.public_spent_by_lever = r.public_spent_by_lever;
    v.label_reputation = r.label_reputation;
    v.news = r.news;
    return v;
}

inline proto::GameOver game_over_of(const GameState& state) {
    proto::GameOver g;
    g.rounds_played = state.round;
    for (const Firm& firm : state.firms) {
        proto::FinalScore s;
        s.firm = firm.id;
        s.name = firm.name;
        s.seat = seat_of(firm.id);
        s.score = score_firm(firm, *state.scenario);
        s.road = firm.history.empty() ? Road::Stagnation : firm.history.back().road;
        s.history = firm.history;
        g.scores.push_back(std::move(s));
    }
    g.cluster_history = state.cluster_history;
    g.public_spent = state.public_spent;
    g.state_hash = state_hash(state);
    return g;
}

// Plays `rounds` rounds (all of them when 0) of `scenario` with `firms` firms. The facilitator
// turns every policy lever on in round 1, so that the debrief has public spending to account for.
inline PlayedGame play_game(const std::string& scenario, int firms, int rounds = 0,
                            std::uint64_t seed = 20240611) {
    PlayedGame game;
    game.scenario = load_shipped_scenario(scenario);
    game.state = new_game(game.scenario, seed, firms);
    const int last = rounds > 0 ? rounds : game.state.total_rounds;
    while (!game.state.finished() && game.state.round < last) {
        std::vector<std::optional<Decision>> decisions(game.state.firms.size());
        for (std::size_t i = 0; i < decisions.size(); ++i) {
            const auto id = static_cast<FirmId>(i);
            Rng rng = bot_rng(game.state, id);
            decisions[i] = decide(game.state, id, kSeatArchetypes[i % std::size(kSeatArchetypes)],
                                  Difficulty::Normal, rng);
        }
        FacilitatorActions facilitator;
        if (game.state.round == 0) {
            PolicySettings policy;
            policy.cofinancing_share = 0.4;
            policy.grant_per_firm = 3000;
            policy.service_centre = true;
            policy.training_programme = 12000;
            policy.export_promotion = 10000;
            facilitator.policy = policy;
            REQUIRE(validate(game.state, facilitator).empty());
        }
        RoundOutcome out = resolve_round(game.state, decisions, facilitator);
        game.views.push_back(public_results(out.state, out.result));
        game.results.push_back(std::move(out.result));
        game.state = std::move(out.state);
    }
    game.snapshot = snapshot_of(game.state, scenario);
    game.own = private_of(game.state, PlayedGame::kOwn);
    game.own_history = game.state.firms[PlayedGame::kOwn].history;
    if (game.state.finished()) {
        game.game_over = game_over_of(game.state);
    }
    return game;
}

} // namespace hr::test
