#pragma once
// The look of the client: one dark "night drive" palette, a rounded, spacious ImGui style, and
// the road colours. Road colours are chosen on a lightness ladder (CIE L* about 38, 54, 70, 86)
// so that they stay apart for every kind of colour blindness and in greyscale print-outs:
// the better the road, the brighter its colour on the dark background.
#include "core/concepts.hpp"

#include <SFML/Graphics/Color.hpp>
#include <cstdint>
#include <imgui.h>

namespace hr::client::theme {

struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;
};

// The UI chrome.
inline constexpr Rgb kBackground{0x0E, 0x15, 0x20};  // behind everything
inline constexpr Rgb kPanel{0x17, 0x20, 0x30};       // windows and cards
inline constexpr Rgb kPanelRaised{0x1F, 0x2A, 0x3D}; // popups, tooltips, child cards
inline constexpr Rgb kField{0x26, 0x32, 0x4A};       // inputs, sliders, plain buttons
inline constexpr Rgb kFieldHover{0x31, 0x40, 0x5E};
inline constexpr Rgb kFieldActive{0x3A, 0x4B, 0x6E};
inline constexpr Rgb kBorder{0x34, 0x41, 0x5A};
inline constexpr Rgb kText{0xE8, 0xED, 0xF3};
inline constexpr Rgb kTextMuted{0x9A, 0xA7, 0xB8};
inline constexpr Rgb kTextDisabled{0x5E, 0x6B, 0x80};
inline constexpr Rgb kAccent{0x1B, 0x6F, 0x66}; // primary actions (white text: 5:1)
inline constexpr Rgb kAccentHover{0x23, 0x88, 0x7D};
inline constexpr Rgb kAccentActive{0x2A, 0x9D, 0x90};
inline constexpr Rgb kHighlight{0xF2, 0xC1, 0x4E}; // the title's sunrise gold, concept terms
inline constexpr Rgb kDanger{0xE0, 0x6C, 0x6C};    // validation errors

// The four roads a firm or the cluster can be on (DESIGN §1).
struct RoadColours {
    Rgb high_road{0xB3, 0xDD, 0xFF};   // pale sky blue, L* 86
    Rgb stagnation{0xAB, 0xAB, 0xAB};  // mid grey, L* 70
    Rgb low_road{0xCF, 0x5F, 0x19};    // burnt orange, L* 54
    Rgb downgrading{0x74, 0x40, 0xA0}; // dark purple, L* 38
};
inline constexpr RoadColours kRoads{};
Rgb road_colour(Road road);

inline constexpr float kMinUiScale = 1.0f;
inline constexpr float kMaxUiScale = 2.0f;
// The smallest layout scale, when a small window shrinks the layout below UI scale 1.
inline constexpr float kMinLayoutScale = 0.5f;
float clamp_ui_scale(float scale); // also maps NaN to 1

ImVec4 to_imvec4(Rgb c, float alpha = 1.0f);
ImU32 to_imu32(Rgb c, float alpha = 1.0f);
sf::Color to_sf(Rgb c, std::uint8_t alpha = 255);

// CIE L* (0 black … 100 white) of an sRGB colour.
double lightness(Rgb c);
// WCAG 2 contrast ratio between two colours (1 … 21).
double contrast_ratio(Rgb a, Rgb b);

// The full style at a layout scale (sizes, roundings and spacing scaled; colours unchanged),
// clamped to kMinLayoutScale … kMaxUiScale.
ImGuiStyle make_style(float layout_scale);

} // namespace hr::client::theme
