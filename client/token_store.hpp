#pragma once
// What takes a seat back after a dropped connection or a restart of the client: per server and
// room, the player's reconnect token, and for a room this client hosts, the facilitator secret
// and the server process that holds it. Kept in sessions.json beside settings.json, readable by
// the user only (a token is as good as the seat).
#include "protocol/messages.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hr::client {

struct StoredSeat {
    std::string server; // "host:port" as the client dialled it
    std::string code;   // the room's join code
    std::optional<proto::ReconnectToken> token;
    std::string secret; // the facilitator secret of a room this client created
    std::string name;   // the display name the seat was taken with
    // A server this client started for a classroom: its process, port and database, so that a
    // restarted client finds it again.
    int server_pid = 0;
    std::uint16_t server_port = 0;
    std::string database;
    std::int64_t saved_at = 0; // seconds since the epoch; the oldest entries are dropped first
};

// Hex text of a token, and back (nullopt for anything but 32 hex digits).
std::string token_to_hex(const proto::ReconnectToken& token);
std::optional<proto::ReconnectToken> token_from_hex(std::string_view hex);

class TokenStore {
  public:
    static constexpr std::size_t kMaxEntries = 32;

    // Reads the file if there is one; nullopt keeps everything in memory (tests, no home).
    explicit TokenStore(std::optional<std::filesystem::path> file);
    // $XDG_CONFIG_HOME/highroad/sessions.json, else ~/.config/highroad/sessions.json.
    static std::optional<std::filesystem::path> default_path();

    std::optional<StoredSeat> find(std::string_view server, std::string_view code) const;
    // The room this client hosted most recently, if it remembers one.
    std::optional<StoredSeat> last_hosted() const;
    // Replaces the entry for the same server and room, stamps it and saves.
    void remember(StoredSeat seat);
    void forget(std::string_view server, std::string_view code);

    const std::vector<StoredSeat>& entries() const { return entries_; }
    // Why the file could not be read or written; empty when all went well.
    const std::string& problem() const { return problem_; }

  private:
    void load();
    void save();

    std::optional<std::filesystem::path> file_;
    std::vector<StoredSeat> entries_; // oldest first
    std::string problem_;
};

} // namespace hr::client
