#pragma once
// The rooms' database (SQLite, WAL). The journal's pending records are written in one
// transaction per server tick (group commit); a restart loads every unfinished room back, and
// the recently finished ones.
#include "journal.hpp"
#include "room.hpp"
#include "sqlite_db.hpp"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace hr::server {

enum class Durability {
    Normal, // synchronous=NORMAL: committed data survives a crash of the process
    Full,   // synchronous=FULL: also a power cut, at an fsync a commit
};

class RoomStore {
  public:
    // Opens or creates the database and its tables. Throws StorageError.
    RoomStore(const std::string& path, Durability durability);
    ~RoomStore();

    // Stores the records in one transaction; on failure nothing is stored, the reason is in
    // last_error() and the caller keeps the records to try again.
    bool write(std::span<const JournalRecord> records);
    const std::string& last_error() const { return last_error_; }

    // Every unfinished room, and the rooms finished at or after `finished_since` (kept for their
    // debrief: players whose game ended while the server was down still get its end).
    std::vector<StoredRoom> load_rooms(TimeMs finished_since);
    RoomId next_room_id();

  private:
    struct Statements;

    void write_one(const JournalRecord& record);
    void checkpoint_loop(std::string path);

    Database db_;
    std::unique_ptr<Statements> st_;
    std::string last_error_;

    // Checkpoints (copying the WAL into the database file, with its fsyncs) run on a thread of
    // their own with their own connection, so that the tick's commit never waits for a disk.
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread checkpointer_;
};

} // namespace hr::server
