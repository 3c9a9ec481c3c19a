#pragma once
// Setting up a classroom session: scenario, size, pace, bots, network port.
#include "road_fork_backdrop.hpp"
#include "screen.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace hr::client {

inline constexpr int kMinFirms = 3;
inline constexpr int kMaxFirms = 16;
inline constexpr int kMinRounds = 1;
inline constexpr int kMaxRounds = 30;
inline constexpr int kMinRoundSeconds = 60;
inline constexpr int kMaxRoundSeconds = 1200;

// The scenario ids (file names without extension) in `dir`, sorted; empty when there is none.
std::vector<std::string> scenario_ids(const std::filesystem::path& dir);

class HostScreen final : public Screen {
  public:
    ScreenId id() const override { return ScreenId::Host; }
    void on_enter(ScreenContext& ctx) override;
    void draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) override;
    void draw_ui(ScreenContext& ctx) override;

  private:
    void draw_scenario_choice(ScreenContext& ctx);

    RoadForkBackdrop backdrop_;
    std::vector<std::string> scenarios_;
    int scenario_index_ = 0;
    HostRequest request_;
    int port_edit_ = 0;
};

} // namespace hr::client
