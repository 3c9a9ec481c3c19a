#include "what_if_record.hpp"

namespace hr::server {

RecordedGame recorded_game(const proto::RoomSettings& created, const std::vector<SeatRecord>& seats,
                           const std::vector<RoundRecord>& rounds,
                           std::shared_ptr<const Scenario> scenario) {
    RecordedGame game;
    game.scenario = std::move(scenario);
    game.seed = created.seed;
    game.firms = static_cast<int>(created.firms);
    game.total_rounds = static_cast<int>(created.rounds);
    std::vector<std::optional<BotSeat>> seat_bots(created.firms);
    for (const SeatRecord& s : seats) {
        if (s.firm < seat_bots.size()) {
            seat_bots[s.firm] = BotSeat{s.archetype, s.difficulty};
        }
    }
    game.rounds.reserve(rounds.size());
    for (const RoundRecord& r : rounds) {
        RecordedRound round;
        round.decisions = r.decisions;
        round.facilitator = r.facilitator;
        round.bots.resize(r.decisions.size());
        for (std::size_t i = 0; i < r.sources.size() && i < round.bots.size(); ++i) {
            if (r.sources[i] == proto::DecisionSource::Bot && i < seat_bots.size()) {
                round.bots[i] = seat_bots[i];
            }
        }
        game.rounds.push_back(std::move(round));
    }
    return game;
}

RecordedGame recorded_game(const StoredRoom& stored, std::shared_ptr<const Scenario> scenario) {
    return recorded_game(stored.created.settings, stored.seats, stored.rounds, std::move(scenario));
}

} // namespace hr::server
