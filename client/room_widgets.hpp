#pragma once
// Pieces the lobby and the facilitator console share: a screen-filling frame, cards, status
// pills, how a bot is named and described, the round clock, and the join code in large type.
#include "fonts.hpp"
#include "protocol/messages.hpp"
#include "theme.hpp"
#include "translations.hpp"

#include <cstdint>
#include <imgui.h>
#include <string>
#include <vector>

namespace hr::client::room {

// A borderless window over the whole viewport (inside `margin`), transparent, for a screen's
// layout of cards. Always pair with end_screen().
void begin_screen(const char* id, float margin);
void end_screen();

// A child panel with the card colour and rounding; pair with end_card().
void begin_card(const char* id, ImVec2 size);
void end_card();

// A rounded label in a colour, on one line with what follows when SameLine() is used.
void pill(const char* text, theme::Rgb background, theme::Rgb text_colour);

// "Upgrader bot (normal)" and its one-line description, in the current language.
std::string bot_name(const Translations& tr, Archetype archetype, Difficulty difficulty);
const char* bot_description(const Translations& tr, Archetype archetype);

// "4:05" for a number of milliseconds (rounded up to the second).
std::string clock_text(std::uint32_t ms);

// The round's phase in words ("Round open", "Paused", ...).
const char* phase_text(const Translations& tr, proto::RoomPhase phase);

// The scenario's title in the current language, or its id when the scenario is not installed.
std::string scenario_title(const Translations& tr, const Scenario* scenario, const std::string& id);

// How students join: each address with the port, and the code in display type. `compact` puts
// it on two lines for a side panel; otherwise it fills the width for a projector.
void join_code_panel(const Translations& tr, const FontSet& fonts, float scale,
                     const std::vector<std::string>& addresses, std::uint16_t port,
                     const std::string& code, bool compact);

} // namespace hr::client::room
