// What-if replays: the original and the replay resolved side by side from the game's record.
//
// While the replay's state is still the original's (same state hash), every seat not given to a
// bot plays its recorded decision: that is exact. Once the states differ, the record may no longer
// fit. A seat that kept its recorded course then plays:
// - the recorded decision unchanged when it still means the same (its offers are the same buyers'
//   offers, its joint actions the same types) and the rules accept it;
// - otherwise the recorded decision adapted (what_if_adapt.cpp): the firm's own choices kept, its
//   offers and joint actions re-aimed at the same buyers and types, what the rules now refuse
//   left out. Not the proxy bot, whose averages of recent rounds would change even the wage and
//   investment the player chose and blur the comparison; not the default decision, which
//   invests nothing and would make every firm that kept its course look passive;
// - a seat a bot played in the original keeps its bot, which decides anew in the changed world;
// - a firm that went bankrupt in the original but survives in the replay has no record to follow:
//   the proxy bot carries on from its last recorded decisions, as the server does for a player
//   who left.
// Facilitator events and policy changes are applied as recorded: they depend on no firm.
#include "core/what_if.hpp"

#include "core/bot.hpp"
#include "core/proxy_bot.hpp"
#include "core/what_if_adapt.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace hr {

namespace {

constexpr std::size_t kProxyMemory = 5; // as many past decisions as the server's proxy follows

std::string str(std::size_t n) {
    return std::to_string(n);
}

WhatIfRound round_view(const RoundOutcome& outcome, const std::vector<SeatPlay>& plays) {
    WhatIfRound view;
    view.round = outcome.result.round;
    view.cluster = outcome.result.cluster;
    view.public_spent = outcome.result.public_spent;
    view.state_hash = state_hash(outcome.state);
    view.firms.reserve(outcome.state.firms.size());
    for (const Firm& firm : outcome.state.firms) {
        const FirmResult& r = outcome.result.firms[firm.id];
        view.firms.push_back({r.record, firm.bankrupt, r.score, plays[firm.id]});
    }
    return view;
}

// What each seat remembers across rounds for the fallbacks.
struct SeatMemory {
    std::vector<Decision> recent;  // recorded decisions of rounds it was active in the original
    std::optional<BotSeat> bot;    // the bot that played it in its last active round, if any
    std::optional<BotSeat> chosen; // the plan's bot, from the plan's first round on
};

Decision bot_decision(const GameState& state, FirmId firm, const BotSeat& bot) {
    Rng rng = bot_rng(state, firm);
    Decision d = decide(state, firm, bot.archetype, bot.difficulty, rng);
    return validate(state, firm, d).empty() ? d : default_decision(state, firm);
}

// The decision of one seat in the replay, and how it was made.
std::pair<Decision, SeatPlay> replay_decision(const GameState& original, const GameState& replay,
                                              bool same_world, FirmId firm,
                                              const Decision& recorded, const SeatMemory& seat) {
    if (replay.firms[firm].bankrupt) {
        return {default_decision(replay, firm), SeatPlay::Bankrupt};
    }
    if (seat.chosen) {
        return {bot_decision(replay, firm, *seat.chosen), SeatPlay::ChosenBot};
    }
    if (same_world) {
        return {recorded, SeatPlay::Recorded};
    }
    if (seat.bot) {
        return {bot_decision(replay, firm, *seat.bot), SeatPlay::RecordedBot};
    }
    if (original.firms[firm].bankrupt) {
        Decision d = proxy_decision(replay, firm, seat.recent);
        if (!validate(replay, firm, d).empty()) {
            d = default_decision(replay, firm);
        }
        return {d, SeatPlay::Proxy};
    }
    if (means_the_same(original, replay, recorded) && validate(replay, firm, recorded).empty()) {
        return {recorded, SeatPlay::Recorded};
    }
    return {adapt_recorded(original, replay, firm, recorded), SeatPlay::Adapted};
}

void remember(SeatMemory& seat, const GameState& original, FirmId firm, const Decision& recorded,
              const std::optional<BotSeat>& bot) {
    if (original.firms[firm].bankrupt) {
        return;
    }
    seat.bot = bot;
    seat.recent.push_back(recorded);
    if (seat.recent.size() > kProxyMemory) {
        seat.recent.erase(seat.recent.begin());
    }
}

} // namespace

std::vector<ValidationIssue> validate(const RecordedGame& game, const WhatIfPlan& plan) {
    std::vector<ValidationIssue> issues;
    if (!game.scenario) {
        issues.push_back({"game", "the game has no scenario"});
        return issues;
    }
    if (game.firms < 1) {
        issues.push_back({"game", "the game has no firm"});
        return issues;
    }
    const auto firms = static_cast<std::size_t>(game.firms);
    const std::size_t played = game.rounds.size();
    if (played == 0) {
        issues.push_back({"game", "no round has been played yet: there is nothing to replay"});
    }
    if (game.total_rounds < 0 || played > static_cast<std::size_t>(game.total_rounds)) {
        issues.push_back({"game", "the record holds more rounds than the game has"});
    }
    for (std::size_t r = 0; r < played; ++r) {
        const RecordedRound& round = game.rounds[r];
        if (round.decisions.size() != firms ||
            (!round.bots.empty() && round.bots.size() != firms)) {
            issues.push_back({"game.rounds[" + str(r) + "]",
                              "round " + str(r + 1) + " is recorded for another number of firms"});
        }
    }
    if (played > 0 && (plan.from_round < 1 || static_cast<std::size_t>(plan.from_round) > played)) {
        issues.push_back({"from_round", "the replay must start at a played round, 1 to " +
                                            str(played) + ", not " +
                                            std::to_string(plan.from_round)});
    }
    for (std::size_t i = 0; i < plan.bots.size(); ++i) {
        const WhatIfBot& b = plan.bots[i];
        const std::string field = "bots[" + str(i) + "]";
        if (b.firm >= firms) {
            issues.push_back(
                {field, "no seat " + str(b.firm) + ": the game has seats 0 to " + str(firms - 1)});
        }
        if (static_cast<std::size_t>(b.bot.archetype) >= kArchetypes) {
            issues.push_back({field, "unknown bot archetype"});
        }
        if (static_cast<std::size_t>(b.bot.difficulty) >= kDifficulties) {
            issues.push_back({field, "unknown bot difficulty"});
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (plan.bots[j].firm == b.firm) {
                issues.push_back({field, "seat " + str(b.firm) + " is given a bot twice"});
                break;
            }
        }
    }
    return issues;
}

WhatIfOutcome replay_what_if(const RecordedGame& game, const WhatIfPlan& plan) {
    if (const auto issues = validate(game, plan); !issues.empty()) {
        throw std::invalid_argument(issues.front().field + ": " + issues.front().message);
    }
    WhatIfOutcome out;
    out.plan = plan;
    GameState original = new_game(game.scenario, game.seed, game.firms);
    original.total_rounds = game.total_rounds;
    GameState replay = original;
    const auto firms = static_cast<std::size_t>(game.firms);
    std::vector<SeatMemory> seats(firms);
    out.original.rounds.reserve(game.rounds.size());
    out.replay.rounds.reserve(game.rounds.size());
    for (const RecordedRound& recorded : game.rounds) {
        if (replay.next_round() == plan.from_round) {
            for (const WhatIfBot& b : plan.bots) {
                seats[b.firm].chosen = b.bot;
            }
        }
        const bool same_world = state_hash(replay) == state_hash(original);
        std::vector<std::optional<Decision>> in(firms);
        std::vector<SeatPlay> plays(firms, SeatPlay::Recorded);
        std::vector<SeatPlay> original_plays(firms, SeatPlay::Recorded);
        for (std::size_t i = 0; i < firms; ++i) {
            const auto firm = static_cast<FirmId>(i);
            auto [decision, play] = replay_decision(original, replay, same_world, firm,
                                                    recorded.decisions[i], seats[i]);
            in[i] = std::move(decision);
            plays[i] = play;
            if (original.firms[i].bankrupt) {
                original_plays[i] = SeatPlay::Bankrupt;
            }
            remember(seats[i], original, firm, recorded.decisions[i],
                     recorded.bots.empty() ? std::nullopt : recorded.bots[i]);
        }
        const std::vector<std::optional<Decision>> as_played(recorded.decisions.begin(),
                                                             recorded.decisions.end());
        RoundOutcome next_original = resolve_round(original, as_played, recorded.facilitator);
        RoundOutcome next_replay = resolve_round(replay, in, recorded.facilitator);
        out.original.rounds.push_back(round_view(next_original, original_plays));
        out.replay.rounds.push_back(round_view(next_replay, plays));
        original = std::move(next_original.state);
        replay = std::move(next_replay.state);
    }
    return out;
}

WhatIfPlan everyone_plan(const RecordedGame& game, int from_round, BotSeat bot) {
    WhatIfPlan plan;
    plan.from_round = from_round;
    for (int i = 0; i < game.firms; ++i) {
        plan.bots.push_back({static_cast<FirmId>(i), bot});
    }
    return plan;
}

std::string_view to_string(SeatPlay play) {
    switch (play) {
    case SeatPlay::Recorded:
        return "recorded";
    case SeatPlay::Adapted:
        return "adapted";
    case SeatPlay::RecordedBot:
        return "recorded-bot";
    case SeatPlay::Proxy:
        return "proxy";
    case SeatPlay::ChosenBot:
        return "chosen-bot";
    case SeatPlay::Bankrupt:
        return "bankrupt";
    }
    return "recorded";
}

} // namespace hr
