#include "server_harness.hpp"

using namespace hr;
using namespace hr::server;
using namespace hr::server::testing;
using proto::DecisionSource;
using proto::ErrorCode;
using proto::RoomPhase;

namespace {

// A room of 4 firms: facilitator 1, players 2 (firm 0) and 3 (firm 1), bots in the rest.
struct TwoPlayers {
    Harness h;
    std::string code;
    proto::Joined a, b;

    explicit TwoPlayers(std::uint32_t rounds = 3,
                        proto::EmptySeatPolicy empty = proto::EmptySeatPolicy::ProxyBot) {
        auto rs = quick_room(4, rounds);
        rs.empty_seats = empty;
        code = h.create(1, rs);
        a = h.join(2, code, "Ana");
        b = h.join(3, code, "Bruno");
        h.send(1, proto::Start{});
    }
    int open_round() const { return h.last<proto::RoomSnapshotMessage>(2).snapshot.round; }
};

} // namespace

TEST_CASE("starting a game fills empty seats with bots and opens round 1", "[server]") {
    TwoPlayers t;
    const auto snap = t.h.last<proto::RoomSnapshotMessage>(2).snapshot;
    CHECK(snap.phase == RoomPhase::Running);
    CHECK(snap.round == 1);
    CHECK(snap.remaining_ms == 60'000);
    CHECK(snap.firms.size() == 4);
    const auto roster = t.h.last<proto::LobbyRoster>(1);
    CHECK(roster.seats[2].seat == proto::SeatKind::Bot);
    CHECK(roster.seats[3].seat == proto::SeatKind::Bot);
    const auto mine = t.h.last<proto::PrivateFirmStateMessage>(2).state;
    CHECK(mine.firm.firm == 0);
    CHECK(mine.round == 1);
    // The bots have decided already.
    const auto status = t.h.last<proto::SubmissionStatus>(1);
    CHECK(status.submitted == std::vector<bool>{false, false, true, true});
}

TEST_CASE("a decision is acknowledged only once stored, and the round closes early when every "
          "player has submitted",
          "[server]") {
    TwoPlayers t;
    t.h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
    const auto ack = t.h.last<proto::DecisionAck>(2);
    CHECK(ack.round == 1);
    CHECK(ack.seq == 1);
    const bool stored = std::any_of(t.h.records.begin(), t.h.records.end(), [](const auto& r) {
        const auto* d = std::get_if<DecisionRecord>(&r);
        return d != nullptr && d->firm == 0 && d->round == 1 && d->seq == 1 &&
               d->source == DecisionSource::Player;
    });
    CHECK(stored);
    CHECK_FALSE(t.h.got<proto::RoundResultsMessage>(2));
    // The facilitator gets four status updates a second at most: this one follows the round's
    // opening one a quarter of a second later.
    CHECK(t.h.last<proto::SubmissionStatus>(1).submitted ==
          std::vector<bool>{false, false, true, true});
    t.h.advance(250);
    CHECK(t.h.last<proto::SubmissionStatus>(1).submitted ==
          std::vector<bool>{true, false, true, true});
    // A later decision replaces the earlier one.
    t.h.send(2, proto::SubmitDecision{2, scripted(0, 1)});
    CHECK(t.h.last<proto::DecisionAck>(2).seq == 2);
    t.h.send(3, proto::SubmitDecision{1, scripted(1, 1)});
    const auto results = t.h.last<proto::RoundResultsMessage>(2).results;
    CHECK(results.round == 1);
    REQUIRE(results.own.has_value());
    CHECK(results.own->firm == 0);
    CHECK(results.firms[0].source == DecisionSource::Player);
    CHECK(results.firms[2].source == DecisionSource::Bot);
    CHECK(t.open_round() == 2);
    // Spectator-like roles get the public part only: the facilitator here.
    CHECK_FALSE(t.h.last<proto::RoundResultsMessage>(1).results.own.has_value());
}

TEST_CASE("the deadline closes a round: a dropped player's firm is played by the proxy bot, a "
          "silent one gets the default decision",
          "[server]") {
    TwoPlayers t;
    t.h.disconnect(3);
    t.h.advance(59'000);
    CHECK_FALSE(t.h.got<proto::RoundResultsMessage>(2));
    t.h.advance(1'000);
    const auto results = t.h.last<proto::RoundResultsMessage>(2).results;
    CHECK(results.round == 1);
    CHECK(results.firms[0].source == DecisionSource::Default);
    CHECK(results.firms[1].source == DecisionSource::ProxyBot);
}

TEST_CASE("an empty seat gets the default decision when the room says so", "[server]") {
    TwoPlayers t(3, proto::EmptySeatPolicy::DefaultDecision);
    t.h.disconnect(3);
    t.h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
    t.h.advance(60'000);
    const auto results = t.h.last<proto::RoundResultsMessage>(2).results;
    CHECK(results.firms[0].source == DecisionSource::Player);
    CHECK(results.firms[1].source == DecisionSource::Default);
}

TEST_CASE("pause stops the clock, resume restarts it, extend adds time, close-now resolves",
          "[server]") {
    TwoPlayers t;
    t.h.advance(10'000);
    t.h.send(1, proto::Pause{});
    auto snap = t.h.last<proto::RoomSnapshotMessage>(2).snapshot;
    CHECK(snap.phase == RoomPhase::Paused);
    CHECK(snap.remaining_ms == 50'000);
    t.h.advance(120'000);
    CHECK_FALSE(t.h.got<proto::RoundResultsMessage>(2));
    // Work goes on while paused; the round does not close until resumed.
    t.h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
    CHECK(t.h.got<proto::DecisionAck>(2));
    t.h.send(1, proto::Extend{30});
    CHECK(t.h.last<proto::RoomSnapshotMessage>(2).snapshot.remaining_ms == 80'000);
    t.h.send(1, proto::Resume{});
    snap = t.h.last<proto::RoomSnapshotMessage>(2).snapshot;
    CHECK(snap.phase == RoomPhase::Running);
    CHECK(snap.remaining_ms == 80'000);
    t.h.send(1, proto::Extend{20});
    CHECK(t.h.last<proto::RoomSnapshotMessage>(2).snapshot.remaining_ms == 100'000);
    t.h.advance(99'000);
    CHECK_FALSE(t.h.got<proto::RoundResultsMessage>(2));
    t.h.send(1, proto::CloseRound{});
    CHECK(t.h.last<proto::RoundResultsMessage>(2).results.round == 1);
    CHECK(t.open_round() == 2);
    CHECK(t.h.last<proto::RoomSnapshotMessage>(2).snapshot.remaining_ms == 60'000);
}

TEST_CASE("a full game ends with final scores and every firm's path", "[server]") {
    TwoPlayers t(3);
    for (int round = 1; round <= 3; ++round) {
        t.h.send(2, proto::SubmitDecision{1, scripted(0, round)});
        t.h.send(3, proto::SubmitDecision{1, scripted(1, round)});
    }
    const auto over = t.h.last<proto::GameOver>(2);
    CHECK(over.end == proto::GameEnd::Completed);
    CHECK(over.rounds_played == 3);
    REQUIRE(over.scores.size() == 4);
    CHECK(over.scores[0].history.size() == 3);
    CHECK(over.cluster_history.size() == 3);
    CHECK(t.h.last<proto::RoomSnapshotMessage>(1).snapshot.phase == RoomPhase::Finished);
    t.h.send(2, proto::SubmitDecision{2, scripted(0, 4)});
    CHECK(t.h.last_error(2).code == ErrorCode::WrongState);
}

TEST_CASE("the facilitator can end the game early", "[server]") {
    TwoPlayers t(5);
    t.h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
    t.h.send(3, proto::SubmitDecision{1, scripted(1, 1)});
    t.h.send(1, proto::EndGame{});
    const auto over = t.h.last<proto::GameOver>(3);
    CHECK(over.end == proto::GameEnd::EndedByFacilitator);
    CHECK(over.rounds_played == 1);
}

TEST_CASE("a seat handed to a bot is played by it, and handed back to its player", "[server]") {
    TwoPlayers t;
    t.h.send(1, proto::SeatToBot{1, Archetype::Cooperator, Difficulty::Easy});
    CHECK(t.h.last<proto::LobbyRoster>(1).seats[1].bot_controlled);
    // The bot decided for firm 1 at once; its player may not.
    t.h.send(3, proto::SubmitDecision{1, scripted(1, 1)});
    CHECK(t.h.last_error(3).code == ErrorCode::NotPermitted);
    t.h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
    auto results = t.h.last<proto::RoundResultsMessage>(3).results;
    CHECK(results.firms[1].source == DecisionSource::Bot);
    t.h.send(1, proto::SeatToHuman{1});
    CHECK_FALSE(t.h.last<proto::LobbyRoster>(1).seats[1].bot_controlled);
    t.h.send(3, proto::SubmitDecision{5, scripted(1, 2)});
    CHECK(t.h.last<proto::DecisionAck>(3).round == 2);
}

TEST_CASE("a latecomer takes a bot's seat when the room allows it", "[server]") {
    TwoPlayers t;
    const auto late = t.h.join(4, t.code, "Late");
    REQUIRE(late.firm.has_value());
    CHECK(*late.firm == 2);
    CHECK(t.h.last<proto::LobbyRoster>(1).seats[2].seat == proto::SeatKind::Human);
    t.h.send(1, proto::SetRoomOptions{proto::EmptySeatPolicy::ProxyBot, false});
    t.h.connect(5);
    t.h.send(5, proto::Join{t.code, "Later"});
    CHECK(t.h.last_error(5).code == ErrorCode::WrongState);
}

TEST_CASE("policy changes and injected events are stamped with their round", "[server]") {
    TwoPlayers t;
    PolicySettings p;
    p.cofinancing_share = 0.5;
    t.h.send(1, proto::SetPolicy{p});
    t.h.send(1, proto::InjectEvent{"cheaper-imports"});
    auto snap = t.h.last<proto::RoomSnapshotMessage>(2).snapshot;
    CHECK(snap.policy.cofinancing_share == 0.5);
    REQUIRE_FALSE(snap.events.empty());
    CHECK(snap.events.back().pending);
    CHECK(snap.events.back().round == 1);
    t.h.send(1, proto::InjectEvent{"no-such-event"});
    CHECK(t.h.last_error(1).code == ErrorCode::UnknownEvent);
    p.cofinancing_share = 5;
    t.h.send(1, proto::SetPolicy{p});
    CHECK(t.h.last_error(1).code == ErrorCode::InvalidPolicy);
    bool event_stored = false;
    bool policy_stored = false;
    for (const auto& r : t.h.records) {
        if (const auto* e = std::get_if<EventRecord>(&r)) {
            event_stored = e->round == 1 && e->event == "cheaper-imports";
        }
        if (const auto* pr = std::get_if<PolicyRecord>(&r)) {
            policy_stored = pr->round == 1 && pr->policy.cofinancing_share == 0.5;
        }
    }
    CHECK(event_stored);
    CHECK(policy_stored);
    t.h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
    t.h.send(3, proto::SubmitDecision{1, scripted(1, 1)});
    const auto results = t.h.last<proto::RoundResultsMessage>(2).results;
    const bool applied =
        std::any_of(results.events.begin(), results.events.end(),
                    [](const AppliedEvent& e) { return e.id == "cheaper-imports" && e.injected; });
    CHECK(applied);
}

TEST_CASE("joint actions are proposed, joined and left live, in view of the whole room",
          "[server]") {
    TwoPlayers t;
    t.h.send(2, proto::ProposeJointAction{1, JointActionType::TradeFair, 20'000});
    auto board = t.h.last<proto::JointActionBoard>(3);
    const auto proposal = std::find_if(board.actions.begin(), board.actions.end(),
                                       [](const proto::PublicJointAction& a) { return a.pending; });
    REQUIRE(proposal != board.actions.end());
    CHECK(proposal->proposer == 0);
    CHECK(proposal->members == std::vector<FirmId>{0});
    // The board is replaced by every update, so keep the id, not the iterator.
    const auto proposal_id = proposal->id;
    t.h.send(3, proto::JoinJointAction{1, proposal_id, 15'000});
    board = t.h.last<proto::JointActionBoard>(1);
    const auto joined = std::find_if(board.actions.begin(), board.actions.end(),
                                     [&](const auto& a) { return a.id == proposal_id; });
    REQUIRE(joined != board.actions.end());
    CHECK(joined->members == std::vector<FirmId>{0, 1});
    CHECK(joined->pledged == 35'000);
    t.h.send(3, proto::LeaveJointAction{1, proposal_id});
    board = t.h.last<proto::JointActionBoard>(1);
    const auto left = std::find_if(board.actions.begin(), board.actions.end(),
                                   [&](const auto& a) { return a.id == proposal_id; });
    REQUIRE(left != board.actions.end());
    CHECK(left->members == std::vector<FirmId>{0});
    t.h.send(3, proto::JoinJointAction{1, 9999, 15'000});
    CHECK(t.h.last_error(3).code == ErrorCode::UnknownJointAction);
    t.h.send(3, proto::JoinJointAction{2, proposal_id, 15'000});
    CHECK(t.h.last_error(3).code == ErrorCode::WrongRound);
    // The proposal becomes an action of the game when the round resolves.
    t.h.send(3, proto::JoinJointAction{1, proposal_id, 15'000});
    t.h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
    t.h.send(3, proto::SubmitDecision{1, scripted(1, 1)});
    const auto snap = t.h.last<proto::RoomSnapshotMessage>(2).snapshot;
    CHECK(snap.round == 2);
    const auto fair = std::find_if(snap.joint_actions.begin(), snap.joint_actions.end(),
                                   [](const proto::PublicJointAction& a) {
                                       return a.type == JointActionType::TradeFair &&
                                              a.proposed_round == 1 && !a.pending;
                                   });
    REQUIRE(fair != snap.joint_actions.end());
    // Firm 1's pledge became a membership when round 2 opened.
    CHECK(fair->members == std::vector<FirmId>{0, 1});
}

TEST_CASE("chat and announcements reach the whole room", "[server]") {
    TwoPlayers t;
    t.h.send(2, proto::Chat{"hello all"});
    const auto line = t.h.last<proto::ChatLine>(3);
    CHECK(line.text == "hello all");
    CHECK(line.from == "Ana");
    CHECK(line.firm == std::optional<FirmId>(0));
    t.h.send(1, proto::Announce{"five minutes left"});
    const auto ann = t.h.last<proto::ChatLine>(2);
    CHECK(ann.announcement);
    CHECK_FALSE(ann.firm.has_value());
    t.h.send(2, proto::Chat{"bad\x01line"});
    CHECK(t.h.last_error(2).code == ErrorCode::InvalidText);
    for (int i = 0; i < 10; ++i) {
        t.h.send(3, proto::Chat{"spam"});
    }
    CHECK(t.h.last_error(3).code == ErrorCode::RateLimited);
}

TEST_CASE("the snapshot after a round's results leaves out what they carry, and with them is the "
          "full snapshot",
          "[server]") {
    TwoPlayers t(3);
    t.h.send(1, proto::InjectEvent{"cheaper-imports"});
    const auto before = t.h.last<proto::RoomSnapshotMessage>(2).snapshot;
    REQUIRE_FALSE(before.after_results);
    REQUIRE(before.events.size() == 1);
    REQUIRE_FALSE(before.joint_actions.empty()); // the association's catalogue
    t.h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
    t.h.send(3, proto::SubmitDecision{1, scripted(1, 1)});
    const auto results = t.h.last<proto::RoundResultsMessage>(2).results;
    const auto opened = t.h.last<proto::RoomSnapshotMessage>(2).snapshot;
    CHECK(opened.after_results);
    CHECK(opened.round == 2);
    CHECK(opened.phase == RoomPhase::Running);
    CHECK(opened.firms.empty());
    CHECK_FALSE(opened.cluster);
    CHECK(opened.events.empty());
    // Nobody touched the board: every member holds it already.
    CHECK(opened.board_unchanged);
    CHECK(opened.joint_actions.empty());
    // Someone entering now gets the whole snapshot: the earlier one completed by the results.
    t.h.connect(9);
    t.h.send(9, proto::Spectate{t.code});
    const auto full = t.h.last<proto::RoomSnapshotMessage>(9).snapshot;
    CHECK_FALSE(full.after_results);
    CHECK_FALSE(full.board_unchanged);
    proto::RoomSnapshot merged = opened;
    merged.after_results = false;
    merged.board_unchanged = false;
    merged.joint_actions = before.joint_actions;
    merged.firms = results.firms;
    merged.cluster = results.cluster;
    for (const AppliedEvent& e : results.events) {
        merged.events.push_back({results.round, e.id, e.kind, e.magnitude, e.injected, false});
    }
    CHECK(proto::encode(proto::RoomSnapshotMessage{merged}) ==
          proto::encode(proto::RoomSnapshotMessage{full}));
    // The newcomer's board may differ from the others': the next one goes out whole.
    t.h.send(2, proto::SubmitDecision{2, scripted(0, 2)});
    t.h.send(3, proto::SubmitDecision{2, scripted(1, 2)});
    const auto third = t.h.last<proto::RoomSnapshotMessage>(9).snapshot;
    CHECK(third.round == 3);
    CHECK(third.after_results);
    CHECK_FALSE(third.board_unchanged);
    CHECK(third.joint_actions == full.joint_actions);
    t.h.send(2, proto::SubmitDecision{3, scripted(0, 3)});
    t.h.send(3, proto::SubmitDecision{3, scripted(1, 3)});
    REQUIRE(t.h.got<proto::GameOver>(2));
    const auto last = t.h.last<proto::RoomSnapshotMessage>(2).snapshot;
    CHECK(last.after_results);
    CHECK(last.phase == RoomPhase::Finished);
    CHECK(last.firms.empty());
    CHECK(t.h.last<proto::RoomSnapshotMessage>(9).snapshot.after_results);
}
