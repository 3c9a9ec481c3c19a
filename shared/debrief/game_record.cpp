#include "debrief/game_record.hpp"

namespace hr::debrief {

const RoundDetail* GameRecord::detail(int round) const {
    for (const RoundDetail& d : details) {
        if (d.round == round) {
            return &d;
        }
    }
    return nullptr;
}

const proto::RoundResults* GameRecord::result(int round) const {
    for (const proto::RoundResults& r : results) {
        if (r.round == round) {
            return &r;
        }
    }
    return nullptr;
}

GameRecord record_from_messages(std::string room_code, std::string scenario_id,
                                std::shared_ptr<const Scenario> scenario,
                                const proto::GameOver& game_over,
                                std::vector<proto::RoundResults> results, Money public_budget) {
    GameRecord record;
    record.room_code = std::move(room_code);
    record.scenario_id = std::move(scenario_id);
    record.scenario = std::move(scenario);
    record.finished = true;
    record.total_rounds = game_over.rounds_played;
    record.game_over = game_over;
    record.results = std::move(results);
    record.input =
        debrief_input(record.game_over, record.results, record.scenario.get(), public_budget);
    return record;
}

} // namespace hr::debrief
