#include "debrief/game_replay.hpp"

#include "core/score.hpp"

#include <algorithm>

namespace hr::debrief {

namespace {

proto::DecisionSource source_of(const LoggedRound& r, std::size_t firm) {
    return firm < r.sources.size() ? r.sources[firm] : proto::DecisionSource::Default;
}

proto::SeatKind seat_of(const GameLog& log, FirmId firm) {
    return firm < log.seats.size() ? log.seats[firm].kind : proto::SeatKind::Open;
}

// What everyone in the room saw of a firm after the round (server/room_views.cpp, public_firms).
std::vector<proto::PublicFirm> public_firms(const GameState& state, const GameLog& log,
                                            const LoggedRound& round) {
    std::vector<proto::PublicFirm> out;
    for (const Firm& firm : state.firms) {
        proto::PublicFirm p;
        p.firm = firm.id;
        p.name = firm.name;
        p.seat = seat_of(log, firm.id);
        p.source = source_of(round, firm.id);
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
                auto& n = p.contracts[static_cast<std::size_t>(c.terms.governance)];
                n = static_cast<std::uint8_t>(std::min(255, n + 1));
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

proto::RoundResults public_results(const GameState& after, const RoundResult& result,
                                   const GameLog& log, const LoggedRound& round) {
    proto::RoundResults r;
    r.round = result.round;
    r.firms = public_firms(after, log, round);
    r.cluster = result.cluster;
    r.cluster_road = result.cluster_road;
    r.events = result.events;
    for (const JointActionOutcome& o : result.joint_actions) {
        if (!o.members.empty()) {
            r.joint_actions.push_back(o);
        }
    }
    r.public_spent = result.public_spent;
    r.public_spent_by_lever = result.public_spent_by_lever;
    r.label_reputation = result.label_reputation;
    r.news = result.news;
    return r;
}

// Keeps the latest version of each item, by id, in id order.
template <class T> void keep_latest(std::vector<T>& kept, const std::vector<T>& now) {
    for (const T& item : now) {
        auto it =
            std::find_if(kept.begin(), kept.end(), [&](const T& k) { return k.id == item.id; });
        if (it == kept.end()) {
            kept.push_back(item);
        } else {
            *it = item;
        }
    }
    std::sort(kept.begin(), kept.end(), [](const T& a, const T& b) { return a.id < b.id; });
}

proto::GameOver game_over_of(const GameState& state, const GameLog& log, bool ended_early) {
    proto::GameOver g;
    g.end = ended_early ? proto::GameEnd::EndedByFacilitator : proto::GameEnd::Completed;
    g.rounds_played = state.round;
    for (const Firm& firm : state.firms) {
        proto::FinalScore s;
        s.firm = firm.id;
        s.name = firm.name;
        s.seat = seat_of(log, firm.id);
        if (!firm.history.empty()) {
            s.score = score_firm(firm, *state.scenario);
            s.road = firm.history.back().road;
        }
        s.history = firm.history;
        g.scores.push_back(std::move(s));
    }
    g.cluster_history = state.cluster_history;
    g.public_spent = state.public_spent;
    g.state_hash = state_hash(state);
    return g;
}

} // namespace

GameLog game_log(const proto::RoomRecord& record, std::shared_ptr<const Scenario> scenario) {
    GameLog log;
    log.room_code = record.code;
    log.scenario = std::move(scenario);
    log.seed = record.settings.seed;
    log.firms = static_cast<int>(record.settings.firms);
    log.total_rounds = static_cast<int>(record.settings.rounds);
    log.phase = record.phase;
    for (std::size_t i = 0; i < record.seats.size(); ++i) {
        const proto::RecordSeat& s = record.seats[i];
        log.seats.push_back(
            {static_cast<FirmId>(i), s.kind, s.player, s.taken_over, s.archetype, s.difficulty});
    }
    int round = 0;
    for (const proto::RecordRound& r : record.rounds) {
        log.rounds.push_back({++round, r.decisions, r.sources, r.facilitator, std::nullopt});
    }
    if (!log.rounds.empty()) {
        log.rounds.back().state_hash = record.state_hash;
    }
    log.pending_events = record.pending_events;
    log.pending_policy = record.pending_policy;
    return log;
}

GameRecord replay_game(const GameLog& log) {
    GameRecord record;
    record.room_code = log.room_code;
    record.scenario = log.scenario;
    record.scenario_id = log.scenario ? log.scenario->id : std::string();
    record.total_rounds = log.total_rounds;
    record.has_detail = true;
    record.seed = log.seed;
    record.seats = log.seats;
    GameState state = new_game(log.scenario, log.seed, log.firms);
    state.total_rounds = log.total_rounds;
    record.policy_changes.push_back({1, state.policy, true, false});
    for (const LoggedRound& round : log.rounds) {
        if (round.round != state.round + 1 || round.decisions.size() != state.firms.size()) {
            record.problems.push_back("round " + std::to_string(round.round) +
                                      " is out of sequence: the replay stops before it");
            break;
        }
        const std::vector<std::optional<Decision>> in(round.decisions.begin(),
                                                      round.decisions.end());
        RoundOutcome outcome = resolve_round(state, in, round.facilitator);
        if (round.state_hash && state_hash(outcome.state) != *round.state_hash) {
            record.problems.push_back("round " + std::to_string(round.round) +
                                      " replays to a different state than the one stored");
        }
        if (round.facilitator.policy) {
            record.policy_changes.push_back({round.round, *round.facilitator.policy, false, false});
        }
        RoundDetail detail;
        detail.round = round.round;
        detail.facilitator = round.facilitator;
        for (std::size_t i = 0; i < round.decisions.size(); ++i) {
            detail.firms.push_back(
                {round.decisions[i], source_of(round, i), outcome.result.firms.at(i)});
        }
        record.details.push_back(std::move(detail));
        record.results.push_back(public_results(outcome.state, outcome.result, log, round));
        keep_latest(record.contracts, outcome.state.contracts);
        keep_latest(record.joint_actions, outcome.state.joint_actions);
        state = std::move(outcome.state);
    }
    const int open = state.round + 1;
    record.finished = log.phase == proto::RoomPhase::Finished || state.finished();
    if (!record.finished) {
        if (log.pending_policy) {
            record.policy_changes.push_back({open, *log.pending_policy, false, true});
        }
        for (const std::string& id : log.pending_events) {
            record.pending_events.push_back({open, id});
        }
    }
    record.game_over = game_over_of(state, log, record.finished && !state.finished());
    record.input =
        debrief_input(record.game_over, record.results, log.scenario.get(), state.public_budget);
    return record;
}

} // namespace hr::debrief
