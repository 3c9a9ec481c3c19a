#pragma once
// A room's game as the database holds it, read without writing anything: `highroad-server
// export` reads the file while the server runs (SQLite WAL: a reader sees the last commit and
// never blocks the writer). Gives the stored records (StoredRoom) and, from them, the inputs the
// debrief's replay and the what-if replay take.
#include "debrief/game_replay.hpp"
#include "room.hpp"
#include "sqlite_db.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hr::server {

class GameArchive {
  public:
    // Opens the file read-only. Throws StorageError when it is missing or not a database.
    explicit GameArchive(const std::string& path);

    // The latest room with this join code (typed in any case, with spaces or dashes), with every
    // resolved round and, for a running room, what is pending for the open one. Nothing when no
    // room has the code. Throws StorageError when the file is not a High Road database or a
    // record cannot be decoded.
    std::optional<StoredRoom> load(std::string_view code);
    // The codes of the stored rooms, newest first, at most `limit`.
    std::vector<std::string> recent_codes(std::size_t limit);

  private:
    Database db_;
};

// The debrief's replay input from a stored room and its scenario.
debrief::GameLog game_log(const StoredRoom& room, std::shared_ptr<const Scenario> scenario);

} // namespace hr::server
