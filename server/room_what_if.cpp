// What-if replays of a room's game (issue 9): the core replays the rounds played from their
// record; the room checks who may ask, remembers recent answers and sends the result to the one
// who asked.
#include "logger.hpp"
#include "room.hpp"

#include <algorithm>

namespace hr::server {

using proto::ErrorCode;
using proto::RoomPhase;

RecordedGame Room::recorded() const {
    RecordedGame game;
    game.scenario = scenario_;
    game.seed = settings_.seed;
    game.firms = static_cast<int>(seats_.size());
    game.total_rounds = state_.total_rounds;
    game.rounds = played_;
    return game;
}

void Room::what_if(SessionId session, const proto::WhatIfRequest& m, Outbox& out) {
    const bool facilitator = (roles_of(session) & proto::kRoleFacilitator) != 0;
    if (!facilitator && phase_ != RoomPhase::Finished) {
        // The replay shows every firm's private figures, which the debrief reveals at the end.
        error(out, session, ErrorCode::NotPermitted, m,
              "what-if replays open to players once the game is over");
        return;
    }
    const auto known = std::find_if(what_ifs_.begin(), what_ifs_.end(),
                                    [&](const auto& r) { return r->plan == m.plan; });
    if (known != what_ifs_.end()) {
        proto::WhatIfResult again = **known;
        again.ref = m.ref;
        out.send(session, std::move(again));
        return;
    }
    const RecordedGame game = recorded();
    std::vector<ValidationIssue> issues = validate(game, m.plan);
    if (!issues.empty()) {
        error(out, session, ErrorCode::InvalidWhatIf, m, "this what-if does not fit the game",
              std::move(issues));
        return;
    }
    WhatIfOutcome outcome = replay_what_if(game, m.plan);
    auto result = std::make_shared<proto::WhatIfResult>();
    result->ref = m.ref;
    result->plan = std::move(outcome.plan);
    result->original = std::move(outcome.original);
    result->replay = std::move(outcome.replay);
    log().info("room " + code_ + ": what-if replay from round " +
               std::to_string(m.plan.from_round) + " with " + std::to_string(m.plan.bots.size()) +
               " bot seats");
    out.send(session, *result);
    what_ifs_.push_back(std::move(result));
    if (what_ifs_.size() > kWhatIfMemory) {
        what_ifs_.erase(what_ifs_.begin());
    }
}

} // namespace hr::server
