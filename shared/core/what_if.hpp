#pragma once
// What-if replays (issue 9): a played game replayed from round N with chosen bots in some or all
// seats ("what if everyone had taken the high road from round 4?"). Rounds before N resolve from
// the recorded inputs exactly as played; from round N on, the chosen seats are played by bots and
// the other seats keep their recorded course. The original is resolved alongside from the same
// record, so that the two can be shown side by side. Pure and deterministic like the rules.
#include "core/archetype.hpp"
#include "core/rules.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace hr {

// A bot that plays a seat.
struct BotSeat {
    Archetype archetype = Archetype::Adaptive;
    Difficulty difficulty = Difficulty::Normal;
    friend bool operator==(const BotSeat&, const BotSeat&) = default;
};

// One resolved round as recorded: exactly what went into resolve_round.
struct RecordedRound {
    std::vector<Decision> decisions; // indexed by FirmId
    FacilitatorActions facilitator;  // events injected and policy set before it resolved
    // Per firm, the bot whose decision it was, when a bot decided (empty: no bot anywhere).
    // Such a seat keeps its bot in a replay: the bot decides anew in the changed world.
    std::vector<std::optional<BotSeat>> bots;
};

// A played game, with what a replay needs. The server builds one from a room's stored record:
// hr::server::recorded_game in server/what_if_record.hpp.
struct RecordedGame {
    std::shared_ptr<const Scenario> scenario;
    std::uint64_t seed = 0;
    int firms = 0;
    int total_rounds = 0;
    std::vector<RecordedRound> rounds; // resolved, from round 1 on, in order
};

// A seat the replay gives to a bot.
struct WhatIfBot {
    FirmId firm = 0;
    BotSeat bot;
    friend bool operator==(const WhatIfBot&, const WhatIfBot&) = default;
};

struct WhatIfPlan {
    int from_round = 1;          // the first round decided anew
    std::vector<WhatIfBot> bots; // seats not named keep their recorded course
    friend bool operator==(const WhatIfPlan&, const WhatIfPlan&) = default;
};

// How a seat's decision was made in a round of the replay.
enum class SeatPlay : std::uint8_t {
    Recorded,    // the recorded decision, as played
    Adapted,     // the recorded decision fitted to a world that the replay changed
    RecordedBot, // the seat's own bot of the original game, deciding anew
    Proxy,       // bankrupt in the original but not in the replay: the proxy bot carries on
    ChosenBot,   // the bot the plan chose
    Bankrupt     // out of the market: no decision
};
constexpr std::size_t kSeatPlays = 6;

struct WhatIfFirmRound {
    FirmRecord record; // after the round
    bool bankrupt = false;
    ScoreBreakdown score; // cumulative
    SeatPlay play = SeatPlay::Recorded;
};

struct WhatIfRound {
    int round = 0;
    std::vector<WhatIfFirmRound> firms; // indexed by FirmId
    ClusterRecord cluster;
    Money public_spent = 0;       // this round
    std::uint64_t state_hash = 0; // of the whole state after the round: equal games, equal hashes
};

struct WhatIfPath {
    std::vector<WhatIfRound> rounds; // from round 1 to the last recorded round
};

struct WhatIfOutcome {
    WhatIfPlan plan;
    WhatIfPath original;
    WhatIfPath replay;
};

// Every problem with a plan for this game (from_round out of range, unknown archetype or
// difficulty, seat out of range or named twice) and with the record itself, each with its field.
std::vector<ValidationIssue> validate(const RecordedGame& game, const WhatIfPlan& plan);

// The original and the replay. Throws std::invalid_argument with the first issue when validate()
// finds any.
WhatIfOutcome replay_what_if(const RecordedGame& game, const WhatIfPlan& plan);

// A plan that gives every seat the same bot from `from_round` on.
WhatIfPlan everyone_plan(const RecordedGame& game, int from_round, BotSeat bot);

// The id of how a seat was played ("recorded", "adapted", ...), for messages, exports and
// translation keys ("whatif.play.<id>").
std::string_view to_string(SeatPlay play);

} // namespace hr
