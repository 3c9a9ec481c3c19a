#pragma once
// A real game for the export's tests: a shipped scenario played on the core by bots, logged the
// way the server's journal logs it (the inputs of every round and the hash of the state it
// gave), so that the record is built by the same replay the server's export uses.
#include "core/bot.hpp"
#include "core/rules.hpp"
#include "core/scenario_loader.hpp"
#include "core/what_if.hpp"
#include "debrief/game_replay.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace hr::test {

inline std::shared_ptr<const Scenario> shipped_scenario(const std::string& id) {
    const std::string path = std::string(HIGHROAD_ASSETS_DIR) + "/scenarios/" + id + ".json";
    std::ifstream in(path);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    ScenarioLoad load = parse_scenario(text.str(), id + ".json");
    REQUIRE(load.scenario.has_value());
    return std::make_shared<const Scenario>(std::move(*load.scenario));
}

inline constexpr Archetype kSeatArchetypes[] = {
    Archetype::Upgrader,   Archetype::LowRoader,    Archetype::BrandBuilder,
    Archetype::Cooperator, Archetype::FreeRider,    Archetype::LoyalSubcontractor,
    Archetype::Adaptive,   Archetype::LowRoader,    Archetype::Cooperator,
    Archetype::Upgrader,   Archetype::BrandBuilder, Archetype::LowRoader};

struct PlayedGame {
    debrief::GameLog log;
    GameState state;                  // after the rounds played
    std::vector<RoundResult> results; // results[r - 1] of round r
};

// Plays `rounds` rounds (all of them when 0). Firm 0 is a human seat ("Ana", decided here by an
// upgrader bot), the others are bots. The facilitator turns every policy lever on before round 1
// and injects the scenario's first injectable event before round 2.
inline PlayedGame play_game(const std::string& scenario, int firms, int rounds = 0,
                            std::uint64_t seed = 20240611) {
    PlayedGame game;
    debrief::GameLog& log = game.log;
    log.room_code = "QX7K2";
    log.scenario = shipped_scenario(scenario);
    log.seed = seed;
    log.firms = firms;
    game.state = new_game(log.scenario, seed, firms);
    log.total_rounds = game.state.total_rounds;
    for (int f = 0; f < firms; ++f) {
        debrief::SeatInfo seat;
        seat.firm = static_cast<FirmId>(f);
        seat.kind = f == 0 ? proto::SeatKind::Human : proto::SeatKind::Bot;
        seat.player = f == 0 ? "Ana" : "";
        seat.archetype = kSeatArchetypes[static_cast<std::size_t>(f) % std::size(kSeatArchetypes)];
        log.seats.push_back(seat);
    }
    const int last = rounds > 0 ? rounds : game.state.total_rounds;
    while (!game.state.finished() && game.state.round < last) {
        debrief::LoggedRound logged;
        logged.round = game.state.round + 1;
        std::vector<std::optional<Decision>> decisions(game.state.firms.size());
        for (std::size_t i = 0; i < decisions.size(); ++i) {
            const auto id = static_cast<FirmId>(i);
            Rng rng = bot_rng(game.state, id);
            Decision d = decide(game.state, id, log.seats[i].archetype, Difficulty::Normal, rng);
            if (!validate(game.state, id, d).empty()) {
                d = default_decision(game.state, id);
            }
            decisions[i] = d;
            logged.decisions.push_back(d);
            logged.sources.push_back(i == 0 ? proto::DecisionSource::Player
                                            : proto::DecisionSource::Bot);
        }
        if (game.state.round == 0) {
            PolicySettings policy;
            policy.cofinancing_share = 0.4;
            policy.grant_per_firm = 3000;
            policy.service_centre = true;
            policy.training_programme = 12000;
            policy.export_promotion = 10000;
            logged.facilitator.policy = policy;
        }
        if (game.state.round == 1) {
            for (const EventSpec& e : log.scenario->events) {
                if (e.injectable) {
                    logged.facilitator.inject_events.push_back(e.id);
                    break;
                }
            }
        }
        REQUIRE(validate(game.state, logged.facilitator).empty());
        RoundOutcome out = resolve_round(game.state, decisions, logged.facilitator);
        logged.state_hash = state_hash(out.state);
        log.rounds.push_back(std::move(logged));
        game.results.push_back(std::move(out.result));
        game.state = std::move(out.state);
    }
    log.phase = game.state.finished() ? proto::RoomPhase::Finished : proto::RoomPhase::Running;
    return game;
}

// The same game as the what-if replay takes it: bot seats keep their bots.
inline RecordedGame recorded_game_of(const PlayedGame& game) {
    RecordedGame recorded;
    recorded.scenario = game.log.scenario;
    recorded.seed = game.log.seed;
    recorded.firms = game.log.firms;
    recorded.total_rounds = game.log.total_rounds;
    for (const debrief::LoggedRound& r : game.log.rounds) {
        RecordedRound round{r.decisions, r.facilitator, {}};
        for (std::size_t i = 0; i < r.sources.size(); ++i) {
            round.bots.push_back(r.sources[i] == proto::DecisionSource::Bot
                                     ? std::optional(BotSeat{game.log.seats[i].archetype,
                                                             game.log.seats[i].difficulty})
                                     : std::nullopt);
        }
        recorded.rounds.push_back(std::move(round));
    }
    return recorded;
}

} // namespace hr::test
