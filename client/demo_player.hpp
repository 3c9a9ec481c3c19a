#pragma once
// --demo: a bot plays the player's firm through the same path as a person (the decision goes to
// the server with SessionActions::submit), and clicks through the lobby and the results, so that
// a whole game runs to the debrief without anyone at the keyboard.
#include "core/archetype.hpp"
#include "screen.hpp"
#include "session_model.hpp"

#include <chrono>
#include <cstdint>
#include <optional>

namespace hr::client {

class DemoPlayer {
  public:
    explicit DemoPlayer(Archetype archetype = Archetype::Adaptive,
                        Difficulty difficulty = Difficulty::Normal)
        : archetype_(archetype), difficulty_(difficulty) {}

    // Once a frame while in a room; `screen` is the one on top.
    void update(SessionActions& session, std::optional<ScreenId> screen, ScreenContext& ctx);
    // How long the results stay on screen before the demo moves on (0 for headless runs).
    void set_dwell(std::chrono::milliseconds dwell) { dwell_ = dwell; }
    // The round whose decision was sent last (0: none yet).
    int decided_round() const { return decided_round_; }

  private:
    void decide(SessionActions& session);

    Archetype archetype_;
    Difficulty difficulty_;
    int decided_round_ = 0;
    std::uint32_t last_seq_ = 0;
    bool fell_back_ = false;
    bool readied_ = false;
    std::chrono::milliseconds dwell_{2500};
    std::optional<std::chrono::steady_clock::time_point> results_since_;
};

} // namespace hr::client
