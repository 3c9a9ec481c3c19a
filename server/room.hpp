#pragma once
// One room: a cluster of firms played by students and bots under a facilitator. The room logic
// never sees the network: it takes decoded messages with the sender's session and the current
// time, and returns messages to send through an Outbox. What must survive a crash it appends to
// the Journal.
#include "core/rules.hpp"
#include "core/scenario.hpp"
#include "core/what_if.hpp"
#include "joint_action_board.hpp"
#include "journal.hpp"
#include "outbox.hpp"
#include "protocol/messages.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hr::server {

// Everything stored about an unfinished room, as loaded after a restart.
struct StoredRoom {
    RoomCreatedRecord created;
    proto::RoomSettings settings; // with the latest options
    std::vector<SeatRecord> seats;
    RoomStatusRecord status;
    std::vector<RoundRecord> rounds; // resolved, in order
    std::vector<DecisionRecord> open_decisions;
    std::vector<BoardOpRecord> open_board_ops; // in the order applied
    std::vector<EventRecord> open_events;
    std::optional<PolicyRecord> open_policy;
    std::vector<ChatRecord> recent_chat;
};

class Room {
  public:
    // How many of a player's past decisions the proxy bot follows.
    static constexpr std::size_t kProxyMemory = 5;

    // A new room; appends its creation to the journal.
    Room(RoomId id, std::string code, proto::RoomSettings settings,
         std::shared_ptr<const Scenario> scenario, std::array<std::uint8_t, 16> secret_salt,
         Digest secret_hash, Journal& journal, TimeMs now);
    // A room brought back from the database: resolved rounds are replayed through the core and
    // checked against their stored hashes; problems are described in `problems`.
    static std::unique_ptr<Room> restore(const StoredRoom& stored,
                                         std::shared_ptr<const Scenario> scenario, Journal& journal,
                                         TimeMs now, TimeMs grace_ms,
                                         std::vector<std::string>& problems);

    RoomId id() const { return id_; }
    const std::string& code() const { return code_; }
    proto::RoomPhase phase() const { return phase_; }
    const GameState& state() const { return state_; }
    const proto::RoomSettings& settings() const { return settings_; }
    TimeMs finished_at() const { return finished_at_; }
    bool has_sessions() const { return !members_.empty(); }
    // RoleBits of the session in this room; 0 for a stranger.
    std::uint8_t roles_of(SessionId session) const;
    // The firm the session plays, if any.
    std::optional<FirmId> firm_of(SessionId session) const;

    bool secret_matches(std::string_view secret) const;

    // Entering and leaving. Each sends Joined (or an Error) and what the newcomer needs to see.
    void enter_as_facilitator(SessionId session, std::string name, TimeMs now, Outbox& out);
    void join(SessionId session, std::string name, TimeMs now, Outbox& out);
    // False when no seat has this token (the caller counts it as a wrong guess).
    bool reconnect(SessionId session, const proto::ReconnectToken& token, TimeMs now, Outbox& out);
    void spectate(SessionId session, TimeMs now, Outbox& out);
    // The session left (LeaveRoom) or its connection is gone: a player's seat becomes empty.
    void leave(SessionId session, bool connection_lost, Outbox& out);

    // A message from a member, already checked against the catalog (phase and role).
    void handle(SessionId session, const proto::Message& message, TimeMs now, Outbox& out);
    // Deadlines, then the updates collected during this tick (submission status, board,
    // roster, facilitator view), each sent once.
    void tick(TimeMs now, Outbox& out);

  private:
    struct Seat {
        FirmId firm = 0;
        proto::SeatKind kind = proto::SeatKind::Open;
        std::string player;
        std::optional<Digest> token_hash;
        std::optional<SessionId> session;
        bool ready = false;
        bool taken_over = false;
        Archetype archetype = Archetype::Adaptive;
        Difficulty difficulty = Difficulty::Normal;
        // The player's own decisions of past rounds (the latest last), for the proxy bot.
        std::vector<Decision> player_history;

        bool bot_plays() const { return kind == proto::SeatKind::Bot || taken_over; }
        // Back to an open seat: no player, no bot, no token that takes it back.
        void vacate() {
            const FirmId keep = firm;
            *this = Seat();
            firm = keep;
        }
    };
    struct Member {
        std::uint8_t roles = 0;
        std::optional<FirmId> firm;
        std::string name;
    };
    struct Stored {
        Decision decision;
        std::uint32_t seq = 0;
        proto::DecisionSource source = proto::DecisionSource::Player;
    };
    enum class CloseReason { Deadline, AllSubmitted, Facilitator };

    Room(RoomId id, std::string code, proto::RoomSettings settings,
         std::shared_ptr<const Scenario> scenario, Journal& journal);

    // ---- room.cpp: membership and dispatch
    void add_member(SessionId session, std::uint8_t roles, std::optional<FirmId> firm,
                    std::string name);
    void send_welcome_pack(SessionId session, TimeMs now, Outbox& out);
    void error(Outbox& out, SessionId to, proto::ErrorCode code, const proto::Message& about,
               std::string text, std::vector<ValidationIssue> issues = {},
               std::uint32_t ref = 0) const;
    std::optional<std::size_t> seat_for_newcomer() const;
    void record_seat(const Seat& seat);
    void record_status(TimeMs now);
    void handle_player(SessionId session, const proto::Message& message, TimeMs now, Outbox& out);
    void handle_facilitator(SessionId session, const proto::Message& message, TimeMs now,
                            Outbox& out);
    void chat(SessionId session, const std::string& text, bool announcement, TimeMs now,
              Outbox& out);
    void send_status(TimeMs now, Outbox& out);

    // ---- room_rounds.cpp: the game's course
    void start(TimeMs now, Outbox& out);
    // `after_results`: the round's RoundResults just went out, so the snapshot leaves out what
    // they hold.
    void open_round(TimeMs now, bool after_results, Outbox& out);
    void bot_decides(std::size_t seat, TimeMs now);
    // Checks and stores a decision; the issues when refused.
    std::vector<ValidationIssue> accept(FirmId firm, const Decision& decision, std::uint32_t seq,
                                        proto::DecisionSource source, TimeMs now);
    void submit(SessionId session, const proto::SubmitDecision& m, TimeMs now, Outbox& out);
    void board_op(SessionId session, const proto::Message& m, int round, const BoardOp& op,
                  TimeMs now, Outbox& out);
    bool all_submitted() const;
    void refresh_facilitators() {
        facilitator_dirty_ = true;
        facilitator_urgent_ = true;
    }
    void mark_status_dirty() {
        status_dirty_ = true;
        status_dirty_for_facilitators_ = true;
    }
    void close_round(CloseReason why, TimeMs now, Outbox& out);
    void finish(proto::GameEnd end, TimeMs now, bool after_results, Outbox& out);
    void pause(TimeMs now);
    void resume(TimeMs now);
    void extend(std::uint32_t seconds, TimeMs now);
    TimeMs remaining(TimeMs now) const;

    // ---- room_record.cpp: the room's stored game, for the console's export
    void send_record(SessionId session, const proto::Message& request, Outbox& out) const;

    // ---- room_what_if.cpp: what-if replays of the rounds played
    void what_if(SessionId session, const proto::WhatIfRequest& m, Outbox& out);
    RecordedGame recorded() const;

    // ---- room_views.cpp: what each member sees
    std::vector<SessionId> everyone() const;
    std::vector<SessionId> facilitators() const;
    proto::LobbyRoster roster() const;
    proto::RoomSnapshot snapshot(TimeMs now) const;
    // The snapshot that follows a RoundResults to the same members: what that one leaves out.
    proto::RoomSnapshot snapshot_after_results(TimeMs now) const;
    // The snapshot for every member, which leaves out a board they all hold already.
    proto::RoomSnapshot snapshot_for_everyone(TimeMs now, bool after_results);
    proto::FirmPrivate firm_private(FirmId firm) const;
    proto::PrivateFirmState private_state(FirmId firm, bool with_history) const;
    std::vector<proto::PublicFirm> public_firms() const;
    proto::RoundResults public_results(const RoundResult& result) const;
    proto::FacilitatorView facilitator_view() const;
    proto::GameOver game_over() const;
    proto::SubmissionStatus submission_status() const;
    void send_round_views(TimeMs now, bool after_results, Outbox& out);
    void send_results(Outbox& out);
    std::vector<std::uint8_t> result_blob(const RoundResult& result) const;

    RoomId id_;
    std::string code_;
    proto::RoomSettings settings_;
    std::shared_ptr<const Scenario> scenario_;
    Journal& journal_;
    std::array<std::uint8_t, 16> secret_salt_{};
    Digest secret_hash_{};

    proto::RoomPhase phase_ = proto::RoomPhase::Lobby;
    GameState state_;
    std::vector<Seat> seats_;
    std::map<SessionId, Member> members_;

    // The open round.
    TimeMs deadline_ = 0;
    TimeMs paused_remaining_ = 0;
    std::vector<std::optional<Stored>> decisions_; // indexed by firm
    JointActionBoard board_;
    FacilitatorActions pending_;
    std::vector<Pledge> pledges_; // from the last close, joined when the next round opens

    // The last resolved round.
    std::optional<RoundResult> last_result_;
    std::vector<proto::DecisionSource> last_sources_;

    proto::GameEnd end_ = proto::GameEnd::Completed;
    TimeMs finished_at_ = 0;
    std::vector<proto::ChatLine> recent_chat_;
    std::vector<proto::RoomEvent> events_; // applied in resolved rounds
    std::vector<RecordedRound> played_;    // what went into each resolved round, for what-ifs
    std::vector<std::vector<proto::DecisionSource>> played_sources_; // who decided, parallel
    // Recent what-if answers, newest last: a class often asks for the same replay.
    std::vector<std::shared_ptr<const proto::WhatIfResult>> what_ifs_;
    static constexpr std::size_t kWhatIfMemory = 8;

    // Updates collected during a tick, sent once by tick().
    bool status_dirty_ = false;
    bool status_dirty_for_facilitators_ = false;
    TimeMs status_sent_at_ = 0;
    static constexpr TimeMs kStatusIntervalMs = 1000;
    TimeMs facilitator_status_sent_at_ = 0;
    static constexpr TimeMs kFacilitatorStatusIntervalMs = 250;
    bool board_dirty_ = false;
    // The joint actions of the last snapshot that every member got; none after a member got one
    // of its own (entering the room).
    std::optional<std::vector<proto::PublicJointAction>> board_shown_;
    bool roster_dirty_ = false;
    bool facilitator_dirty_ = false;
    bool facilitator_urgent_ = false;
    TimeMs facilitator_sent_at_ = 0;
    static constexpr TimeMs kFacilitatorIntervalMs = 1000;
    bool snapshot_dirty_ = false;
};

} // namespace hr::server
