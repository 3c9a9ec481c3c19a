#pragma once
// The facilitator console's export (docs/EXPORT.md): the room's record asked from the server
// (ExportRequest, answered with RoomRecord: every round as it went into the core), replayed on
// the core and written as the same files as `highroad-server export`: the CSV tables, game.json
// and report.html in the console's language, into <folder>/<room code>. Works during the game
// and after it.
#include "game_export.hpp"
#include "screen.hpp"
#include "session_model.hpp"

#include <array>
#include <filesystem>
#include <optional>

namespace hr::client {

class ConsoleExport {
  public:
    ConsoleExport();

    // Asks the server for the room's record; the files are written when it comes (poll).
    void request(SessionActions& session, const std::filesystem::path& dir);
    // Writes the export once the record asked for has come, or notes the server's refusal.
    void poll(const SessionModel& model, const Translations& tr);
    bool waiting() const { return waiting_.has_value(); }
    const std::optional<ExportOutcome>& outcome() const { return outcome_; }

    // The Export button (disabled while waiting) and what became of the last export.
    void draw_button(ScreenContext& ctx, SessionActions& session, ImVec2 size);
    void draw_outcome(ScreenContext& ctx);

  private:
    struct Waiting {
        std::filesystem::path dir;
        std::uint32_t records_before = 0;
        std::optional<proto::Error> error_before;
    };
    void draw_popup(ScreenContext& ctx, SessionActions& session);

    std::optional<Waiting> waiting_;
    std::optional<ExportOutcome> outcome_;
    std::array<char, 512> dir_{};
    bool open_ = false;
};

} // namespace hr::client
