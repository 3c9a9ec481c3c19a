#include "room_store.hpp"

#include "logger.hpp"
#include "record_codec.hpp"

#include <algorithm>
#include <bit>
#include <chrono>

namespace hr::server {
namespace {

constexpr std::string_view kSchema = R"sql(
CREATE TABLE IF NOT EXISTS rooms(
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  created_settings BLOB NOT NULL,
  settings BLOB NOT NULL,
  secret_salt BLOB NOT NULL,
  secret_hash BLOB NOT NULL,
  created_ms INTEGER NOT NULL,
  phase INTEGER NOT NULL,
  round INTEGER NOT NULL,
  deadline_ms INTEGER NOT NULL,
  paused_remaining_ms INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS rooms_by_phase ON rooms(phase);
CREATE TABLE IF NOT EXISTS seats(
  room INTEGER NOT NULL,
  firm INTEGER NOT NULL,
  kind INTEGER NOT NULL,
  player TEXT NOT NULL,
  token_hash BLOB,
  taken_over INTEGER NOT NULL,
  archetype INTEGER NOT NULL,
  difficulty INTEGER NOT NULL,
  PRIMARY KEY(room, firm));
CREATE TABLE IF NOT EXISTS decisions(
  id INTEGER PRIMARY KEY,
  room INTEGER NOT NULL,
  round INTEGER NOT NULL,
  firm INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  source INTEGER NOT NULL,
  decision BLOB NOT NULL,
  at_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS decisions_by_round ON decisions(room, round);
CREATE TABLE IF NOT EXISTS joint_action_changes(
  id INTEGER PRIMARY KEY,
  room INTEGER NOT NULL,
  round INTEGER NOT NULL,
  firm INTEGER NOT NULL,
  op INTEGER NOT NULL,
  type INTEGER NOT NULL,
  action INTEGER NOT NULL,
  max_share INTEGER NOT NULL,
  at_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS joint_action_changes_by_round ON joint_action_changes(room, round);
CREATE TABLE IF NOT EXISTS rounds(
  room INTEGER NOT NULL,
  round INTEGER NOT NULL,
  decisions BLOB NOT NULL,
  sources BLOB NOT NULL,
  facilitator BLOB NOT NULL,
  state_hash INTEGER NOT NULL,
  result BLOB NOT NULL,
  at_ms INTEGER NOT NULL,
  PRIMARY KEY(room, round));
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  room INTEGER NOT NULL,
  round INTEGER NOT NULL,
  event TEXT NOT NULL,
  at_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS events_by_round ON events(room, round);
CREATE TABLE IF NOT EXISTS policy_changes(
  id INTEGER PRIMARY KEY,
  room INTEGER NOT NULL,
  round INTEGER NOT NULL,
  policy BLOB NOT NULL,
  at_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS policy_changes_by_round ON policy_changes(room, round);
CREATE TABLE IF NOT EXISTS chat(
  id INTEGER PRIMARY KEY,
  room INTEGER NOT NULL,
  round INTEGER NOT NULL,
  firm INTEGER,
  sender TEXT NOT NULL,
  announcement INTEGER NOT NULL,
  text TEXT NOT NULL,
  at_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS chat_by_room ON chat(room);
)sql";

std::int64_t as_int(std::uint64_t v) {
    return std::bit_cast<std::int64_t>(v);
}

template <class E> std::int64_t as_int(E e) {
    return static_cast<std::int64_t>(e);
}

template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> fixed(const std::vector<std::uint8_t>& b) {
    if (b.size() != N) {
        return std::nullopt;
    }
    std::array<std::uint8_t, N> a{};
    std::copy(b.begin(), b.end(), a.begin());
    return a;
}

// An enumeration read back from the database, checked against its count.
template <class E> E enum_from(std::int64_t v, std::size_t count) {
    if (v < 0 || static_cast<std::size_t>(v) >= count) {
        throw StorageError("a stored value is out of range");
    }
    return static_cast<E>(v);
}

template <class T> T must(std::optional<T> v, const char* what) {
    if (!v) {
        throw StorageError(std::string("cannot decode stored ") + what);
    }
    return std::move(*v);
}

} // namespace

struct RoomStore::Statements {
    explicit Statements(Database& db)
        : begin(db.prepare("BEGIN IMMEDIATE")), commit(db.prepare("COMMIT")),
          rollback(db.prepare("ROLLBACK")),
          room(db.prepare("INSERT INTO rooms(id, code, created_settings, settings, secret_salt, "
                          "secret_hash, created_ms, phase, round, deadline_ms, "
                          "paused_remaining_ms, updated_ms) VALUES(?,?,?,?,?,?,?,0,0,0,0,?)")),
          seat(db.prepare("INSERT OR REPLACE INTO seats(room, firm, kind, player, token_hash, "
                          "taken_over, archetype, difficulty) VALUES(?,?,?,?,?,?,?,?)")),
          settings(db.prepare("UPDATE rooms SET settings = ?, updated_ms = ? WHERE id = ?")),
          status(db.prepare("UPDATE rooms SET phase = ?, round = ?, deadline_ms = ?, "
                            "paused_remaining_ms = ?, updated_ms = ? WHERE id = ?")),
          decision(db.prepare("INSERT INTO decisions(room, round, firm, seq, source, decision, "
                              "at_ms) VALUES(?,?,?,?,?,?,?)")),
          board_op(db.prepare("INSERT INTO joint_action_changes(room, round, firm, op, type, "
                              "action, max_share, at_ms) VALUES(?,?,?,?,?,?,?,?)")),
          round(db.prepare("INSERT OR REPLACE INTO rounds(room, round, decisions, sources, "
                           "facilitator, state_hash, result, at_ms) VALUES(?,?,?,?,?,?,?,?)")),
          event(db.prepare("INSERT INTO events(room, round, event, at_ms) VALUES(?,?,?,?)")),
          policy(
              db.prepare("INSERT INTO policy_changes(room, round, policy, at_ms) VALUES(?,?,?,?)")),
          chat(db.prepare("INSERT INTO chat(room, round, firm, sender, announcement, text, "
                          "at_ms) VALUES(?,?,?,?,?,?,?)")) {}

    Statement begin, commit, rollback;
    Statement room, seat, settings, status, decision, board_op, round, event, policy, chat;
};

RoomStore::RoomStore(const std::string& path, Durability durability) : db_(path) {
    db_.exec("PRAGMA journal_mode=WAL");
    db_.exec(durability == Durability::Full ? "PRAGMA synchronous=FULL"
                                            : "PRAGMA synchronous=NORMAL");
    db_.exec("PRAGMA wal_autocheckpoint=0");
    db_.exec(kSchema);
    st_ = std::make_unique<Statements>(db_);
    checkpointer_ = std::thread([this, path] { checkpoint_loop(path); });
}

RoomStore::~RoomStore() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    checkpointer_.join();
}

void RoomStore::checkpoint_loop(std::string path) {
    std::unique_ptr<Database> db;
    bool failing = false;
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        wake_.wait_for(lock, std::chrono::seconds(1));
        lock.unlock();
        try {
            if (!db) {
                db = std::make_unique<Database>(path);
            }
            // PASSIVE: copies what it can without blocking the writer; the rest waits for the
            // next second.
            db->exec("PRAGMA wal_checkpoint(PASSIVE)");
            failing = false;
        } catch (const StorageError& e) {
            if (!failing) {
                log().warn(std::string("database checkpoint failed (retrying): ") + e.what());
            }
            failing = true;
        }
        lock.lock();
    }
}

void RoomStore::write_one(const JournalRecord& record) {
    Statements& s = *st_;
    if (const auto* r = std::get_if<RoomCreatedRecord>(&record)) {
        const auto settings = to_blob(r->settings);
        s.room.bind(1, r->room)
            .bind(2, r->code)
            .bind(3, settings)
            .bind(4, settings)
            .bind(5, r->secret_salt)
            .bind(6, r->secret_hash)
            .bind(7, r->at)
            .bind(8, r->at)
            .run();
    } else if (const auto* r = std::get_if<SeatRecord>(&record)) {
        s.seat.bind(1, r->room)
            .bind(2, std::int64_t{r->firm})
            .bind(3, as_int(r->kind))
            .bind(4, r->player);
        if (r->token_hash) {
            s.seat.bind(5, *r->token_hash);
        } else {
            s.seat.bind_null(5);
        }
        s.seat.bind(6, std::int64_t{r->taken_over})
            .bind(7, as_int(r->archetype))
            .bind(8, as_int(r->difficulty))
            .run();
    } else if (const auto* r = std::get_if<RoomSettingsRecord>(&record)) {
        s.settings.bind(1, to_blob(r->settings)).bind(2, r->at).bind(3, r->room).run();
    } else if (const auto* r = std::get_if<RoomStatusRecord>(&record)) {
        s.status.bind(1, as_int(r->phase))
            .bind(2, std::int64_t{r->round})
            .bind(3, r->deadline)
            .bind(4, r->paused_remaining)
            .bind(5, r->at)
            .bind(6, r->room)
            .run();
    } else if (const auto* r = std::get_if<DecisionRecord>(&record)) {
        s.decision.bind(1, r->room)
            .bind(2, std::int64_t{r->round})
            .bind(3, std::int64_t{r->firm})
            .bind(4, std::int64_t{r->seq})
            .bind(5, as_int(r->source))
            .bind(6, to_blob(r->decision))
            .bind(7, r->at)
            .run();
    } else if (const auto* r = std::get_if<BoardOpRecord>(&record)) {
        s.board_op.bind(1, r->room)
            .bind(2, std::int64_t{r->round})
            .bind(3, std::int64_t{r->op.firm})
            .bind(4, as_int(r->op.kind))
            .bind(5, as_int(r->op.type))
            .bind(6, std::int64_t{r->op.action})
            .bind(7, r->op.max_share)
            .bind(8, r->at)
            .run();
    } else if (const auto* r = std::get_if<RoundRecord>(&record)) {
        std::vector<std::uint8_t> sources;
        for (const auto src : r->sources) {
            sources.push_back(static_cast<std::uint8_t>(src));
        }
        s.round.bind(1, r->room)
            .bind(2, std::int64_t{r->round})
            .bind(3, decisions_blob(r->decisions))
            .bind(4, sources)
            .bind(5, facilitator_blob(r->facilitator))
            .bind(6, as_int(r->state_hash))
            .bind(7, r->result)
            .bind(8, r->at)
            .run();
    } else if (const auto* r = std::get_if<EventRecord>(&record)) {
        s.event.bind(1, r->room).bind(2, std::int64_t{r->round}).bind(3, r->event).bind(4, r->at);
        s.event.run();
    } else if (const auto* r = std::get_if<PolicyRecord>(&record)) {
        s.policy.bind(1, r->room)
            .bind(2, std::int64_t{r->round})
            .bind(3, to_blob(r->policy))
            .bind(4, r->at)
            .run();
    } else if (const auto* r = std::get_if<ChatRecord>(&record)) {
        s.chat.bind(1, r->room).bind(2, std::int64_t{r->round});
        if (r->firm) {
            s.chat.bind(3, std::int64_t{*r->firm});
        } else {
            s.chat.bind_null(3);
        }
        s.chat.bind(4, r->sender)
            .bind(5, std::int64_t{r->announcement})
            .bind(6, r->text)
            .bind(7, r->at)
            .run();
    }
}

bool RoomStore::write(std::span<const JournalRecord> records) {
    if (records.empty()) {
        return true;
    }
    try {
        st_->begin.run();
    } catch (const StorageError& e) {
        last_error_ = e.what();
        return false;
    }
    try {
        for (const JournalRecord& r : records) {
            write_one(r);
        }
        st_->commit.run();
        return true;
    } catch (const StorageError& e) {
        last_error_ = e.what();
        try {
            st_->rollback.run();
        } catch (const StorageError&) {
            // The transaction is gone already (SQLite rolled it back itself).
        }
        return false;
    }
}

RoomId RoomStore::next_room_id() {
    Statement q = db_.prepare("SELECT COALESCE(MAX(id), 0) + 1 FROM rooms");
    q.step();
    return q.integer(0);
}

std::vector<StoredRoom> RoomStore::load_rooms(TimeMs finished_since) {
    std::vector<StoredRoom> rooms;
    Statement q = db_.prepare(
        "SELECT id, code, created_settings, settings, secret_salt, secret_hash, created_ms, "
        "phase, round, deadline_ms, paused_remaining_ms, updated_ms FROM rooms WHERE phase != ? "
        "OR updated_ms >= ? ORDER BY id");
    q.bind(1, as_int(proto::RoomPhase::Finished)).bind(2, finished_since);
    while (q.step()) {
        StoredRoom r;
        r.created.room = q.integer(0);
        r.created.code = q.text(1);
        r.created.settings = must(from_blob<proto::RoomSettings>(q.blob(2)), "room settings");
        r.settings = must(from_blob<proto::RoomSettings>(q.blob(3)), "room settings");
        r.created.secret_salt = must(fixed<16>(q.blob(4)), "secret salt");
        r.created.secret_hash = must(fixed<32>(q.blob(5)), "secret hash");
        r.created.at = q.integer(6);
        r.status.room = r.created.room;
        r.status.phase = enum_from<proto::RoomPhase>(q.integer(7), proto::kRoomPhases);
        r.status.round = static_cast<int>(q.integer(8));
        r.status.deadline = q.integer(9);
        r.status.paused_remaining = q.integer(10);
        r.status.at = q.integer(11);
        rooms.push_back(std::move(r));
    }
    for (StoredRoom& r : rooms) {
        const RoomId id = r.created.room;
        const int open = r.status.round;
        Statement seats = db_.prepare("SELECT firm, kind, player, token_hash, taken_over, "
                                      "archetype, difficulty FROM seats WHERE room = ? ORDER BY "
                                      "firm");
        seats.bind(1, id);
        while (seats.step()) {
            SeatRecord s;
            s.room = id;
            s.firm = static_cast<FirmId>(seats.integer(0));
            s.kind = enum_from<proto::SeatKind>(seats.integer(1), proto::kSeatKinds);
            s.player = seats.text(2);
            if (!seats.is_null(3)) {
                s.token_hash = must(fixed<32>(seats.blob(3)), "token hash");
            }
            s.taken_over = seats.integer(4) != 0;
            s.archetype = enum_from<Archetype>(seats.integer(5), kArchetypes);
            s.difficulty = enum_from<Difficulty>(seats.integer(6), kDifficulties);
            r.seats.push_back(std::move(s));
        }
        Statement rounds = db_.prepare("SELECT round, decisions, sources, facilitator, "
                                       "state_hash, result, at_ms FROM rounds WHERE room = ? "
                                       "ORDER BY round");
        rounds.bind(1, id);
        while (rounds.step()) {
            RoundRecord rr;
            rr.room = id;
            rr.round = static_cast<int>(rounds.integer(0));
            rr.decisions = must(decisions_from(rounds.blob(1)), "round decisions");
            for (const std::uint8_t src : rounds.blob(2)) {
                rr.sources.push_back(
                    enum_from<proto::DecisionSource>(src, proto::kDecisionSources));
            }
            rr.facilitator = must(facilitator_from(rounds.blob(3)), "facilitator actions");
            rr.state_hash = std::bit_cast<std::uint64_t>(rounds.integer(4));
            rr.result = rounds.blob(5);
            rr.at = rounds.integer(6);
            r.rounds.push_back(std::move(rr));
        }
        Statement decisions = db_.prepare("SELECT firm, seq, source, decision, at_ms FROM "
                                          "decisions WHERE room = ? AND round = ? ORDER BY id");
        decisions.bind(1, id).bind(2, std::int64_t{open});
        while (decisions.step()) {
            DecisionRecord d;
            d.room = id;
            d.round = open;
            d.firm = static_cast<FirmId>(decisions.integer(0));
            d.seq = static_cast<std::uint32_t>(decisions.integer(1));
            d.source =
                enum_from<proto::DecisionSource>(decisions.integer(2), proto::kDecisionSources);
            d.decision = must(from_blob<Decision>(decisions.blob(3)), "decision");
            d.at = decisions.integer(4);
            r.open_decisions.push_back(std::move(d));
        }
        Statement ops = db_.prepare("SELECT firm, op, type, action, max_share, at_ms FROM "
                                    "joint_action_changes WHERE room = ? AND round = ? ORDER BY "
                                    "id");
        ops.bind(1, id).bind(2, std::int64_t{open});
        while (ops.step()) {
            BoardOpRecord b;
            b.room = id;
            b.round = open;
            b.op.firm = static_cast<FirmId>(ops.integer(0));
            b.op.kind = enum_from<BoardOpKind>(ops.integer(1), 3);
            b.op.type = enum_from<JointActionType>(ops.integer(2), kJointActionTypes);
            b.op.action = static_cast<JointActionId>(ops.integer(3));
            b.op.max_share = ops.integer(4);
            b.at = ops.integer(5);
            r.open_board_ops.push_back(b);
        }
        Statement events = db_.prepare("SELECT event, at_ms FROM events WHERE room = ? AND "
                                       "round = ? ORDER BY id");
        events.bind(1, id).bind(2, std::int64_t{open});
        while (events.step()) {
            r.open_events.push_back({id, open, events.text(0), events.integer(1)});
        }
        Statement policy = db_.prepare("SELECT policy, at_ms FROM policy_changes WHERE room = ? "
                                       "AND round = ? ORDER BY id DESC LIMIT 1");
        policy.bind(1, id).bind(2, std::int64_t{open});
        if (policy.step()) {
            r.open_policy =
                PolicyRecord{id, open, must(from_blob<PolicySettings>(policy.blob(0)), "policy"),
                             policy.integer(1)};
        }
        Statement chat = db_.prepare("SELECT round, firm, sender, announcement, text, at_ms FROM "
                                     "chat WHERE room = ? ORDER BY id DESC LIMIT ?");
        chat.bind(1, id).bind(2, static_cast<std::int64_t>(proto::kMaxRecentChat));
        while (chat.step()) {
            ChatRecord c;
            c.room = id;
            c.round = static_cast<int>(chat.integer(0));
            if (!chat.is_null(1)) {
                c.firm = static_cast<FirmId>(chat.integer(1));
            }
            c.sender = chat.text(2);
            c.announcement = chat.integer(3) != 0;
            c.text = chat.text(4);
            c.at = chat.integer(5);
            r.recent_chat.push_back(std::move(c));
        }
        std::reverse(r.recent_chat.begin(), r.recent_chat.end());
    }
    return rooms;
}

} // namespace hr::server
