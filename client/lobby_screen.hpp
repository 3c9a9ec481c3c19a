#pragma once
// The room before the game: who sits at which firm (players, open seats, bots and what kind),
// who is ready, the scenario's briefing, and for the facilitator the seats and the start.
#include "road_fork_backdrop.hpp"
#include "screen.hpp"
#include "session_launcher.hpp"
#include "session_model.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace hr::client {

class LobbyScreen final : public Screen {
  public:
    LobbyScreen(SessionActions& session, const HostingInfo& hosting)
        : session_(session), hosting_(hosting) {}

    ScreenId id() const override { return ScreenId::Lobby; }
    void update(ScreenContext& ctx, sf::Time dt) override;
    void draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) override;
    void draw_ui(ScreenContext& ctx) override;

  private:
    void draw_header(ScreenContext& ctx);
    void draw_roster(ScreenContext& ctx, float height);
    void draw_seat_row(ScreenContext& ctx, const proto::RosterSeat& seat);
    void draw_side(ScreenContext& ctx, float height);
    void draw_briefing(ScreenContext& ctx, float height);
    void draw_player_actions(ScreenContext& ctx);
    void draw_facilitator_actions(ScreenContext& ctx);

    SessionActions& session_;
    const HostingInfo& hosting_;
    RoadForkBackdrop backdrop_;
    int bot_archetype_ = static_cast<int>(Archetype::Adaptive);
    int bot_difficulty_ = static_cast<int>(Difficulty::Normal);
};

} // namespace hr::client
