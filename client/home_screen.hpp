#pragma once
// The title screen: the game's name, the road fork, and the ways in (solo, join, host).
#include "road_fork_backdrop.hpp"
#include "screen.hpp"

namespace hr::client {

class HomeScreen final : public Screen {
  public:
    ScreenId id() const override { return ScreenId::Home; }
    void update(ScreenContext& ctx, sf::Time dt) override;
    void draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) override;
    void draw_ui(ScreenContext& ctx) override;

  private:
    void draw_menu(ScreenContext& ctx);
    void draw_road_labels(ScreenContext& ctx);
    void draw_footer(ScreenContext& ctx);

    RoadForkBackdrop backdrop_;
    sf::Vector2u window_size_{0, 0};
};

} // namespace hr::client
