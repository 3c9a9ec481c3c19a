#include "game_archive.hpp"

#include "join_code.hpp"
#include "record_codec.hpp"

#include <algorithm>
#include <bit>

namespace hr::server {
namespace {

template <class T> T must(std::optional<T> v, const char* what) {
    if (!v) {
        throw StorageError(std::string("cannot decode a stored ") + what);
    }
    return std::move(*v);
}

template <class E> E enum_from(std::int64_t v, std::size_t count) {
    if (v < 0 || static_cast<std::size_t>(v) >= count) {
        throw StorageError("a stored value is out of range");
    }
    return static_cast<E>(v);
}

template <std::size_t N> std::array<std::uint8_t, N> fixed(const std::vector<std::uint8_t>& b) {
    if (b.size() != N) {
        throw StorageError("a stored digest has the wrong size");
    }
    std::array<std::uint8_t, N> a{};
    std::copy(b.begin(), b.end(), a.begin());
    return a;
}

} // namespace

GameArchive::GameArchive(const std::string& path) : db_(path, OpenMode::ReadOnly) {
    // Fails here, with a clear message, for a file that is not a High Road database.
    Statement check = db_.prepare("SELECT COUNT(*) FROM rooms");
    check.step();
}

std::vector<std::string> GameArchive::recent_codes(std::size_t limit) {
    std::vector<std::string> codes;
    Statement q = db_.prepare("SELECT code FROM rooms ORDER BY id DESC LIMIT ?");
    q.bind(1, static_cast<std::int64_t>(limit));
    while (q.step()) {
        codes.push_back(q.text(0));
    }
    return codes;
}

std::optional<StoredRoom> GameArchive::load(std::string_view typed) {
    const std::optional<std::string> code = normalize_join_code(typed);
    if (!code) {
        return std::nullopt;
    }
    // Everything from one snapshot of the database, even while the server commits.
    db_.exec("BEGIN");
    struct Rollback {
        Database& db;
        ~Rollback() {
            try {
                db.exec("ROLLBACK");
            } catch (const StorageError&) {
                // Nothing was written: a failed end of a read transaction loses nothing.
            }
        }
    } rollback{db_};
    Statement q = db_.prepare(
        "SELECT id, created_settings, settings, secret_salt, secret_hash, created_ms, phase, "
        "round, deadline_ms, paused_remaining_ms, updated_ms FROM rooms WHERE code = ? "
        "ORDER BY id DESC LIMIT 1");
    q.bind(1, *code);
    if (!q.step()) {
        return std::nullopt;
    }
    StoredRoom r;
    const RoomId id = q.integer(0);
    r.created.room = id;
    r.created.code = *code;
    r.created.settings = must(from_blob<proto::RoomSettings>(q.blob(1)), "room settings");
    r.settings = must(from_blob<proto::RoomSettings>(q.blob(2)), "room settings");
    r.created.secret_salt = fixed<16>(q.blob(3));
    r.created.secret_hash = fixed<32>(q.blob(4));
    r.created.at = q.integer(5);
    r.status.room = id;
    r.status.phase = enum_from<proto::RoomPhase>(q.integer(6), proto::kRoomPhases);
    r.status.round = static_cast<int>(q.integer(7));
    r.status.deadline = q.integer(8);
    r.status.paused_remaining = q.integer(9);
    r.status.at = q.integer(10);

    Statement seats = db_.prepare("SELECT firm, kind, player, taken_over, archetype, difficulty "
                                  "FROM seats WHERE room = ? ORDER BY firm");
    seats.bind(1, id);
    while (seats.step()) {
        SeatRecord s;
        s.room = id;
        s.firm = static_cast<FirmId>(seats.integer(0));
        s.kind = enum_from<proto::SeatKind>(seats.integer(1), proto::kSeatKinds);
        s.player = seats.text(2);
        s.taken_over = seats.integer(3) != 0;
        s.archetype = enum_from<Archetype>(seats.integer(4), kArchetypes);
        s.difficulty = enum_from<Difficulty>(seats.integer(5), kDifficulties);
        r.seats.push_back(std::move(s));
    }
    Statement rounds = db_.prepare("SELECT round, decisions, sources, facilitator, state_hash, "
                                   "at_ms FROM rounds WHERE room = ? ORDER BY round");
    rounds.bind(1, id);
    while (rounds.step()) {
        RoundRecord rr;
        rr.room = id;
        rr.round = static_cast<int>(rounds.integer(0));
        rr.decisions = must(decisions_from(rounds.blob(1)), "round's decisions");
        for (const std::uint8_t src : rounds.blob(2)) {
            rr.sources.push_back(enum_from<proto::DecisionSource>(src, proto::kDecisionSources));
        }
        rr.facilitator = must(facilitator_from(rounds.blob(3)), "round's facilitator actions");
        rr.state_hash = std::bit_cast<std::uint64_t>(rounds.integer(4));
        rr.at = rounds.integer(5);
        r.rounds.push_back(std::move(rr));
    }
    // What the facilitator set during the open round: it applies when that round resolves.
    const int open = static_cast<int>(r.rounds.size()) + 1;
    Statement events =
        db_.prepare("SELECT event, at_ms FROM events WHERE room = ? AND round = ? ORDER BY id");
    events.bind(1, id).bind(2, std::int64_t{open});
    while (events.step()) {
        r.open_events.push_back({id, open, events.text(0), events.integer(1)});
    }
    Statement policy = db_.prepare("SELECT policy, at_ms FROM policy_changes WHERE room = ? AND "
                                   "round = ? ORDER BY id DESC LIMIT 1");
    policy.bind(1, id).bind(2, std::int64_t{open});
    if (policy.step()) {
        r.open_policy = PolicyRecord{
            id, open, must(from_blob<PolicySettings>(policy.blob(0)), "policy"), policy.integer(1)};
    }
    return r;
}

debrief::GameLog game_log(const StoredRoom& room, std::shared_ptr<const Scenario> scenario) {
    debrief::GameLog log;
    const proto::RoomSettings& created = room.created.settings;
    log.room_code = room.created.code;
    log.scenario = std::move(scenario);
    log.seed = created.seed;
    log.firms = static_cast<int>(created.firms);
    log.total_rounds = static_cast<int>(created.rounds);
    log.phase = room.status.phase;
    log.seats.resize(created.firms);
    for (std::size_t i = 0; i < log.seats.size(); ++i) {
        log.seats[i].firm = static_cast<FirmId>(i);
    }
    for (const SeatRecord& s : room.seats) {
        if (s.firm < log.seats.size()) {
            log.seats[s.firm] = {s.firm, s.kind, s.player, s.taken_over, s.archetype, s.difficulty};
        }
    }
    for (const RoundRecord& r : room.rounds) {
        log.rounds.push_back({r.round, r.decisions, r.sources, r.facilitator, r.state_hash});
    }
    const bool open = room.status.phase == proto::RoomPhase::Running ||
                      room.status.phase == proto::RoomPhase::Paused;
    if (open) {
        for (const EventRecord& e : room.open_events) {
            log.pending_events.push_back(e.event);
        }
        if (room.open_policy) {
            log.pending_policy = room.open_policy->policy;
        }
    }
    return log;
}

} // namespace hr::server
