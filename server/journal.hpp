#pragma once
// What the rooms write down, as records queued in memory until the server's tick stores them
// in one transaction (group commit). A decision's acknowledgement waits for the commit that
// stores it: see Outbox::send_after_commit.
#include "core/decision.hpp"
#include "core/rules.hpp"
#include "joint_action_board.hpp"
#include "protocol/messages.hpp"
#include "rate_limiter.hpp"
#include "sha256.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace hr::server {

using RoomId = std::int64_t;

struct RoomCreatedRecord {
    RoomId room = 0;
    std::string code;
    proto::RoomSettings settings; // rounds and firms resolved from the scenario
    std::array<std::uint8_t, 16> secret_salt{};
    Digest secret_hash{};
    TimeMs at = 0;
};

struct SeatRecord {
    RoomId room = 0;
    FirmId firm = 0;
    proto::SeatKind kind = proto::SeatKind::Open;
    std::string player;
    std::optional<Digest> token_hash;
    bool taken_over = false; // a human seat a bot plays on the facilitator's order
    Archetype archetype = Archetype::Adaptive;
    Difficulty difficulty = Difficulty::Normal;
};

// The options a facilitator may change during the game (SetRoomOptions).
struct RoomSettingsRecord {
    RoomId room = 0;
    proto::RoomSettings settings;
    TimeMs at = 0;
};

struct RoomStatusRecord {
    RoomId room = 0;
    proto::RoomPhase phase = proto::RoomPhase::Lobby;
    int round = 0;               // the open round
    TimeMs deadline = 0;         // while running
    TimeMs paused_remaining = 0; // while paused
    TimeMs at = 0;
};

struct DecisionRecord {
    RoomId room = 0;
    int round = 0;
    FirmId firm = 0;
    std::uint32_t seq = 0;
    proto::DecisionSource source = proto::DecisionSource::Player;
    Decision decision;
    TimeMs at = 0;
};

struct BoardOpRecord {
    RoomId room = 0;
    int round = 0;
    BoardOp op;
    TimeMs at = 0;
};

// A resolved round: exactly what went into resolve_round, so that a restart can replay it, and
// the hash of the state it gave.
struct RoundRecord {
    RoomId room = 0;
    int round = 0;
    std::vector<Decision> decisions; // indexed by firm
    std::vector<proto::DecisionSource> sources;
    FacilitatorActions facilitator;
    std::uint64_t state_hash = 0;
    std::vector<std::uint8_t> result; // the round's full results, encoded (see result_blob)
    TimeMs at = 0;
};

struct EventRecord {
    RoomId room = 0;
    int round = 0; // the round whose resolution applies it
    std::string event;
    TimeMs at = 0;
};

struct PolicyRecord {
    RoomId room = 0;
    int round = 0; // the round from whose resolution on it applies
    PolicySettings policy;
    TimeMs at = 0;
};

struct ChatRecord {
    RoomId room = 0;
    int round = 0;
    std::optional<FirmId> firm;
    std::string sender;
    bool announcement = false;
    std::string text;
    TimeMs at = 0;
};

using JournalRecord =
    std::variant<RoomCreatedRecord, SeatRecord, RoomSettingsRecord, RoomStatusRecord,
                 DecisionRecord, BoardOpRecord, RoundRecord, EventRecord, PolicyRecord, ChatRecord>;

class Journal {
  public:
    void append(JournalRecord record) {
        pending_.push_back(std::move(record));
        ++appended_;
    }
    // Records not stored yet, oldest first.
    const std::vector<JournalRecord>& pending() const { return pending_; }
    // Called once the pending records are stored.
    void committed() {
        pending_.clear();
        committed_ = appended_;
    }
    // Count of records ever appended; a message that must wait for a commit waits for this mark.
    std::uint64_t mark() const { return appended_; }
    bool stored(std::uint64_t mark) const { return committed_ >= mark; }

  private:
    std::vector<JournalRecord> pending_;
    std::uint64_t appended_ = 0;
    std::uint64_t committed_ = 0;
};

} // namespace hr::server
