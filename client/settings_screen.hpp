#pragma once
// Language, interface size, player name, and a look at the road colours.
#include "road_fork_backdrop.hpp"
#include "screen.hpp"

#include <string>

namespace hr::client {

class SettingsScreen final : public Screen {
  public:
    ScreenId id() const override { return ScreenId::Settings; }
    void on_enter(ScreenContext& ctx) override;
    void draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) override;
    void draw_ui(ScreenContext& ctx) override;

  private:
    void draw_road_colours(ScreenContext& ctx);

    RoadForkBackdrop backdrop_;
    float scale_edit_ = 1.0f; // follows the slider; applied when the slider is let go
    std::string name_edit_;
    bool saved_once_ = false;
};

} // namespace hr::client
