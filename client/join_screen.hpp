#pragma once
// Joining a classroom session: the host's address, the join code, and the player's name.
#include "join_form.hpp"
#include "road_fork_backdrop.hpp"
#include "screen.hpp"

namespace hr::client {

class JoinScreen final : public Screen {
  public:
    ScreenId id() const override { return ScreenId::Join; }
    void on_enter(ScreenContext& ctx) override;
    void draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) override;
    void draw_ui(ScreenContext& ctx) override;

  private:
    void submit(ScreenContext& ctx);

    RoadForkBackdrop backdrop_;
    JoinForm form_;
    bool touched_ = false; // no complaints before the player has typed anything
};

} // namespace hr::client
