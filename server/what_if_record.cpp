#include "what_if_record.hpp"

namespace hr::server {

RecordedRound recorded_round(const RoundRecord& round, const std::vector<SeatRecord>& seats) {
    RecordedRound out;
    out.decisions = round.decisions;
    out.facilitator = round.facilitator;
    out.bots.resize(round.decisions.size());
    for (const SeatRecord& s : seats) {
        if (s.firm < out.bots.size() && s.firm < round.sources.size() &&
            round.sources[s.firm] == proto::DecisionSource::Bot) {
            out.bots[s.firm] = BotSeat{s.archetype, s.difficulty};
        }
    }
    return out;
}

RecordedGame recorded_game(const proto::RoomSettings& created, const std::vector<SeatRecord>& seats,
                           const std::vector<RoundRecord>& rounds,
                           std::shared_ptr<const Scenario> scenario) {
    RecordedGame game;
    game.scenario = std::move(scenario);
    game.seed = created.seed;
    game.firms = static_cast<int>(created.firms);
    game.total_rounds = static_cast<int>(created.rounds);
    game.rounds.reserve(rounds.size());
    for (const RoundRecord& r : rounds) {
        game.rounds.push_back(recorded_round(r, seats));
    }
    return game;
}

RecordedGame recorded_game(const StoredRoom& stored, std::shared_ptr<const Scenario> scenario) {
    return recorded_game(stored.created.settings, stored.seats, stored.rounds, std::move(scenario));
}

} // namespace hr::server
