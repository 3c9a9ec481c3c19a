#pragma once
// The facilitator console: the room at a glance for the teacher. Every seat with its connection
// and whether its decision is in; the round's pace (start, pause, resume, extend, close now);
// the policy levers with the public budget; the scenario's events to inject; every firm's
// numbers; seats handed to a bot and back; announcements to the room; the room's export.
#include "console_export.hpp"
#include "road_fork_backdrop.hpp"
#include "screen.hpp"
#include "session_launcher.hpp"
#include "session_model.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hr::client {

class FacilitatorScreen final : public Screen {
  public:
    FacilitatorScreen(SessionActions& session, const HostingInfo& hosting)
        : session_(session), hosting_(hosting) {}

    ScreenId id() const override { return ScreenId::Facilitator; }
    void on_enter(ScreenContext& ctx) override;
    void update(ScreenContext& ctx, sf::Time dt) override;
    void draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) override;
    void draw_ui(ScreenContext& ctx) override;
    // Opens or closes the large join code, as the "Show the join code" button does.
    void show_join_code(bool show) { show_code_ = show; }

    enum class Tab { Firms, Policy, Events, Messages };
    // Opens a tab on the next frame (tests and screenshots).
    void select(Tab tab) { requested_ = tab; }
    // The room's export, as the Export button drives it.
    ConsoleExport& room_export() { return export_; }

  private:
    // facilitator_screen.cpp: the frame, the pace and the seats.
    void draw_header(ScreenContext& ctx);
    void draw_pacing(ScreenContext& ctx);
    void draw_seats(ScreenContext& ctx, ImVec2 size);
    void draw_seat_menu(ScreenContext& ctx, const proto::RosterSeat& seat);
    void draw_join_code_overlay(ScreenContext& ctx);
    // facilitator_firms.cpp: every firm's numbers.
    void draw_firms(ScreenContext& ctx);
    // facilitator_levers.cpp: policy, events, announcements.
    void draw_policy(ScreenContext& ctx);
    void draw_events(ScreenContext& ctx);
    void draw_messages(ScreenContext& ctx);
    void load_policy();

    SessionActions& session_;
    const HostingInfo& hosting_;
    RoadForkBackdrop backdrop_;
    ConsoleExport export_;
    std::optional<Tab> requested_;
    bool show_code_ = false;
    PolicySettings policy_;      // being edited
    bool policy_loaded_ = false; // from the room, once
    bool policy_edited_ = false; // differs from what the room has
    std::string announcement_;
    int seat_bot_archetype_ = static_cast<int>(Archetype::Adaptive);
};

} // namespace hr::client
