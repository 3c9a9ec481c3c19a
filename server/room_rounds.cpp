// The course of a game in a room: start, rounds opened and closed, decisions accepted, the end.
#include "core/bot.hpp"
#include "core/proxy_bot.hpp"
#include "logger.hpp"
#include "room.hpp"

#include <algorithm>

namespace hr::server {

using proto::DecisionSource;
using proto::ErrorCode;
using proto::RoomPhase;
using proto::SeatKind;

namespace {

std::vector<Archetype> bot_cycle(const proto::RoomSettings& settings) {
    std::vector<Archetype> cycle;
    for (const auto& share : settings.bot_mix) {
        cycle.insert(cycle.end(), share.weight, share.archetype);
    }
    if (cycle.empty()) {
        cycle.assign(kAllArchetypes.begin(), kAllArchetypes.end());
    }
    return cycle;
}

// The joint-action part of a decision as board operations; the decision keeps the rest.
std::vector<BoardOp> take_board_ops(FirmId firm, Decision& d) {
    std::vector<BoardOp> ops;
    for (const auto& p : d.propose) {
        ops.push_back({BoardOpKind::Propose, firm, p.type, 0, p.max_share});
    }
    for (const auto& j : d.join) {
        ops.push_back(
            {BoardOpKind::Join, firm, JointActionType::JointPurchasing, j.action, j.max_share});
    }
    for (const JointActionId id : d.leave) {
        ops.push_back({BoardOpKind::Leave, firm, JointActionType::JointPurchasing, id, 0});
    }
    d.propose.clear();
    d.join.clear();
    d.leave.clear();
    return ops;
}

std::string op_field(const BoardOp& op, std::size_t index) {
    const char* name = op.kind == BoardOpKind::Propose ? "propose"
                       : op.kind == BoardOpKind::Join  ? "join"
                                                       : "leave";
    return std::string(name) + "[" + std::to_string(index) + "]";
}

} // namespace

void Room::start(TimeMs now, Outbox& out) {
    if (settings_.fill_with_bots) {
        const auto cycle = bot_cycle(settings_);
        std::size_t next = 0;
        for (Seat& seat : seats_) {
            if (seat.kind == SeatKind::Open) {
                seat.kind = SeatKind::Bot;
                seat.archetype = cycle[next++ % cycle.size()];
                seat.difficulty = settings_.difficulty;
                record_seat(seat);
            }
        }
    }
    roster_dirty_ = true;
    log().info("room " + code_ + ": game started");
    open_round(now, false, out);
}

void Room::open_round(TimeMs now, bool after_results, Outbox& out) {
    phase_ = RoomPhase::Running;
    deadline_ = now + static_cast<TimeMs>(settings_.round_seconds) * 1000;
    paused_remaining_ = 0;
    board_.reset(state_);
    decisions_.assign(seats_.size(), std::nullopt);
    const int round = state_.round + 1;
    for (const Pledge& p : pledges_) {
        const BoardOp op{BoardOpKind::Join, p.firm, p.type, p.action, p.max_share};
        if (!board_.check(state_, op)) {
            board_.apply(state_, op);
            journal_.append(BoardOpRecord{id_, round, op, now});
        }
    }
    pledges_.clear();
    for (std::size_t i = 0; i < seats_.size(); ++i) {
        if (seats_[i].bot_plays() && !state_.firms[i].bankrupt) {
            bot_decides(i, now);
        }
    }
    record_status(now);
    send_round_views(now, after_results, out);
    if (all_submitted()) {
        close_round(CloseReason::AllSubmitted, now, out);
    }
}

void Room::bot_decides(std::size_t seat_index, TimeMs now) {
    const Seat& seat = seats_[seat_index];
    Rng rng = bot_rng(state_, seat.firm);
    const Decision d = decide(state_, seat.firm, seat.archetype, seat.difficulty, rng);
    const auto issues = accept(seat.firm, d, 0, DecisionSource::Bot, now);
    if (!issues.empty()) {
        log().warn("room " + code_ + ": the bot of firm " + std::to_string(seat.firm) +
                   " plays the default decision; its own was refused: " + issues.front().field +
                   ": " + issues.front().message);
        accept(seat.firm, default_decision(state_, seat.firm), 0, DecisionSource::Bot, now);
    }
}

std::vector<ValidationIssue> Room::accept(FirmId firm, const Decision& decision, std::uint32_t seq,
                                          DecisionSource source, TimeMs now) {
    Decision d = decision;
    const std::vector<BoardOp> ops = take_board_ops(firm, d);
    std::vector<ValidationIssue> issues = validate(state_, firm, d);
    JointActionBoard board = ops.empty() ? JointActionBoard{} : board_;
    for (std::size_t i = 0; i < ops.size(); ++i) {
        if (const auto why = board.check(state_, ops[i])) {
            issues.push_back({op_field(ops[i], i), *why});
        } else {
            board.apply(state_, ops[i]);
        }
    }
    if (!issues.empty()) {
        return issues;
    }
    const int round = state_.round + 1;
    journal_.append(DecisionRecord{id_, round, firm, seq, source, d, now});
    for (const BoardOp& op : ops) {
        journal_.append(BoardOpRecord{id_, round, op, now});
    }
    if (!ops.empty()) {
        board_ = std::move(board);
        board_dirty_ = true;
    }
    decisions_[firm] = Stored{std::move(d), seq, source};
    mark_status_dirty();
    facilitator_dirty_ = true;
    return {};
}

void Room::submit(SessionId session, const proto::SubmitDecision& m, TimeMs now, Outbox& out) {
    const FirmId firm = *firm_of(session);
    const Seat& seat = seats_[firm];
    const int open = state_.round + 1;
    if (seat.taken_over) {
        error(out, session, ErrorCode::NotPermitted, m, "a bot plays this seat now", {}, m.seq);
        return;
    }
    if (m.decision.round < open) {
        error(out, session, ErrorCode::WrongRound, m,
              "round " + std::to_string(m.decision.round) + " is closed; round " +
                  std::to_string(open) + " is open",
              {}, m.seq);
        return;
    }
    if (m.decision.round > open) {
        error(out, session, ErrorCode::WrongRound, m,
              "round " + std::to_string(m.decision.round) + " has not opened; round " +
                  std::to_string(open) + " is open",
              {}, m.seq);
        return;
    }
    if (m.decision.firm != firm) {
        error(out, session, ErrorCode::WrongFirm, m,
              "you play firm " + std::to_string(firm) + ", not firm " +
                  std::to_string(m.decision.firm),
              {}, m.seq);
        return;
    }
    const auto& stored = decisions_[firm];
    if (stored && stored->source == DecisionSource::Player && m.seq <= stored->seq) {
        error(out, session, ErrorCode::Replay, m,
              "decision " + std::to_string(m.seq) + " is not newer than the stored one (" +
                  std::to_string(stored->seq) + ")",
              {}, m.seq);
        return;
    }
    auto issues = accept(firm, m.decision, m.seq, DecisionSource::Player, now);
    if (!issues.empty()) {
        error(out, session, ErrorCode::InvalidDecision, m, "the decision breaks the rules",
              std::move(issues), m.seq);
        return;
    }
    out.send_after_commit(session, proto::DecisionAck{open, m.seq}, journal_.mark());
    if (phase_ == RoomPhase::Running && all_submitted()) {
        close_round(CloseReason::AllSubmitted, now, out);
    }
}

void Room::board_op(SessionId session, const proto::Message& m, int round, const BoardOp& op,
                    TimeMs now, Outbox& out) {
    const FirmId firm = *firm_of(session);
    const int open = state_.round + 1;
    if (seats_[firm].taken_over) {
        error(out, session, ErrorCode::NotPermitted, m, "a bot plays this seat now");
        return;
    }
    if (round != open) {
        error(out, session, ErrorCode::WrongRound, m,
              "round " + std::to_string(round) + " is not open; round " + std::to_string(open) +
                  " is");
        return;
    }
    BoardOp mine = op;
    mine.firm = firm;
    if (const auto why = board_.check(state_, mine)) {
        const bool unknown =
            mine.kind != BoardOpKind::Propose && !board_.knows(state_, mine.action);
        error(out, session, unknown ? ErrorCode::UnknownJointAction : ErrorCode::InvalidDecision, m,
              *why, {{op_field(mine, 0), *why}});
        return;
    }
    board_.apply(state_, mine);
    journal_.append(BoardOpRecord{id_, open, mine, now});
    board_dirty_ = true;
    facilitator_dirty_ = true;
}

bool Room::all_submitted() const {
    bool any_human = false;
    for (std::size_t i = 0; i < seats_.size(); ++i) {
        const Seat& seat = seats_[i];
        if (state_.firms[i].bankrupt || seat.bot_plays() || seat.kind == SeatKind::Open) {
            continue;
        }
        // A human seat, its player connected or not: the round waits for it until the
        // deadline, so that a dropped connection does not decide the game's course.
        any_human = true;
        if (!decisions_[i]) {
            return false;
        }
    }
    return any_human;
}

void Room::close_round(CloseReason why, TimeMs now, Outbox& out) {
    const int round = state_.round + 1;
    const std::size_t n = seats_.size();
    std::vector<Decision> effective(n);
    std::vector<DecisionSource> sources(n, DecisionSource::Default);
    for (std::size_t i = 0; i < n; ++i) {
        const auto firm = static_cast<FirmId>(i);
        if (state_.firms[i].bankrupt) {
            effective[i] = default_decision(state_, firm);
            continue;
        }
        if (decisions_[i]) {
            effective[i] = decisions_[i]->decision;
            sources[i] = decisions_[i]->source;
            continue;
        }
        const Seat& seat = seats_[i];
        Decision d = default_decision(state_, firm);
        if (seat.bot_plays()) {
            Rng rng = bot_rng(state_, firm);
            d = decide(state_, firm, seat.archetype, seat.difficulty, rng);
            sources[i] = DecisionSource::Bot;
        } else if (!seat.session && settings_.empty_seats == proto::EmptySeatPolicy::ProxyBot) {
            d = proxy_decision(state_, firm, seat.player_history);
            sources[i] = DecisionSource::ProxyBot;
        }
        for (const BoardOp& op : take_board_ops(firm, d)) {
            if (!board_.check(state_, op)) {
                board_.apply(state_, op);
            }
        }
        if (!validate(state_, firm, d).empty()) {
            d = default_decision(state_, firm);
            sources[i] = DecisionSource::Default;
        }
        effective[i] = std::move(d);
    }
    std::vector<Pledge> pledges = board_.merge_into(state_, effective);
    for (std::size_t i = 0; i < n; ++i) {
        const auto firm = static_cast<FirmId>(i);
        if (!state_.firms[i].bankrupt && !validate(state_, firm, effective[i]).empty()) {
            log().warn("room " + code_ + ": firm " + std::to_string(i) +
                       "'s joint actions do not pass validation; they are dropped this round");
            effective[i].propose.clear();
            effective[i].join.clear();
            effective[i].leave.clear();
        }
    }
    const FacilitatorActions facilitator = pending_;
    const std::vector<std::optional<Decision>> in(effective.begin(), effective.end());
    // The room's state is handed over (no copy of the game); the outcome replaces it below.
    RoundOutcome outcome = resolve_round(std::move(state_), in, facilitator);
    const std::uint64_t hash = state_hash(outcome.state);
    for (std::size_t i = 0; i < n; ++i) {
        if (sources[i] == DecisionSource::Player) {
            auto& history = seats_[i].player_history;
            history.push_back(effective[i]);
            if (history.size() > kProxyMemory) {
                history.erase(history.begin());
            }
        }
    }
    // Keep only pledges to actions the core did create as foreseen.
    std::erase_if(pledges, [&](const Pledge& p) {
        return std::none_of(
            outcome.state.joint_actions.begin(), outcome.state.joint_actions.end(),
            [&](const JointAction& a) { return a.id == p.action && a.type == p.type; });
    });
    state_ = std::move(outcome.state);
    last_result_ = std::move(outcome.result);
    last_sources_ = sources;
    for (const AppliedEvent& e : last_result_->events) {
        events_.push_back({round, e.id, e.kind, e.magnitude, e.injected, false});
    }
    journal_.append(RoundRecord{id_, round, effective, sources, facilitator, hash,
                                result_blob(*last_result_), now});
    RecordedRound played{effective, facilitator, std::vector<std::optional<BotSeat>>(n)};
    for (std::size_t i = 0; i < n; ++i) {
        if (sources[i] == DecisionSource::Bot) {
            played.bots[i] = BotSeat{seats_[i].archetype, seats_[i].difficulty};
        }
    }
    played_.push_back(std::move(played));
    played_sources_.push_back(sources);
    what_ifs_.clear(); // a what-if of a running game ends at the last round played
    pending_ = {};
    pledges_ = std::move(pledges);
    decisions_.assign(n, std::nullopt);
    const char* reason = why == CloseReason::Deadline       ? "deadline"
                         : why == CloseReason::AllSubmitted ? "all submitted"
                                                            : "closed by the facilitator";
    log().info("room " + code_ + ": round " + std::to_string(round) + " resolved (" + reason + ")");
    send_results(out);
    if (state_.finished()) {
        finish(proto::GameEnd::Completed, now, true, out);
    } else {
        open_round(now, true, out);
    }
}

void Room::finish(proto::GameEnd end, TimeMs now, bool after_results, Outbox& out) {
    phase_ = RoomPhase::Finished;
    end_ = end;
    finished_at_ = now;
    deadline_ = 0;
    paused_remaining_ = 0;
    decisions_.assign(seats_.size(), std::nullopt);
    pending_ = {};
    board_.reset(state_);
    record_status(now);
    log().info("room " + code_ + ": game over after " + std::to_string(state_.round) + " rounds");
    out.send(everyone(), game_over());
    if (after_results) {
        snapshot_dirty_ = false;
        out.send(everyone(), proto::RoomSnapshotMessage{snapshot_for_everyone(now, true)});
    } else {
        snapshot_dirty_ = true;
    }
    roster_dirty_ = true;
    refresh_facilitators();
}

TimeMs Room::remaining(TimeMs now) const {
    if (phase_ == RoomPhase::Running) {
        return std::max<TimeMs>(0, deadline_ - now);
    }
    return phase_ == RoomPhase::Paused ? paused_remaining_ : 0;
}

void Room::pause(TimeMs now) {
    paused_remaining_ = remaining(now);
    phase_ = RoomPhase::Paused;
    record_status(now);
    snapshot_dirty_ = true;
}

void Room::resume(TimeMs now) {
    deadline_ = now + paused_remaining_;
    paused_remaining_ = 0;
    phase_ = RoomPhase::Running;
    record_status(now);
    snapshot_dirty_ = true;
}

void Room::extend(std::uint32_t seconds, TimeMs now) {
    const TimeMs more = static_cast<TimeMs>(seconds) * 1000;
    if (phase_ == RoomPhase::Paused) {
        paused_remaining_ += more;
    } else {
        deadline_ = std::max(deadline_, now) + more;
    }
    record_status(now);
    snapshot_dirty_ = true;
}

} // namespace hr::server
