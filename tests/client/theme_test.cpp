#include "theme.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace hr::client;

TEST_CASE("road colours differ in lightness, not only in hue", "[client][theme]") {
    // Ordered from the best road to the worst: the brightest to the darkest.
    const theme::Rgb ladder[] = {theme::kRoads.high_road, theme::kRoads.stagnation,
                                 theme::kRoads.low_road, theme::kRoads.downgrading};
    for (std::size_t i = 0; i + 1 < std::size(ladder); ++i) {
        INFO("step " << i);
        CHECK(theme::lightness(ladder[i]) - theme::lightness(ladder[i + 1]) >= 14.0);
    }
}

TEST_CASE("every road colour stands out from the panels it is drawn on", "[client][theme]") {
    auto road = GENERATE(hr::Road::HighRoad, hr::Road::LowRoad, hr::Road::Stagnation,
                         hr::Road::Downgrading);
    auto colour = theme::road_colour(road);
    INFO("road " << static_cast<int>(road));
    CHECK(theme::contrast_ratio(colour, theme::kPanel) >= 2.0);
    CHECK(theme::contrast_ratio(colour, theme::kBackground) >= 2.0);
}

TEST_CASE("text is readable on every surface", "[client][theme]") {
    CHECK(theme::contrast_ratio(theme::kText, theme::kPanel) >= 7.0);
    CHECK(theme::contrast_ratio(theme::kText, theme::kField) >= 7.0);
    CHECK(theme::contrast_ratio(theme::kText, theme::kAccent) >= 4.5);
    CHECK(theme::contrast_ratio(theme::kTextMuted, theme::kPanel) >= 4.5);
    CHECK(theme::contrast_ratio(theme::kHighlight, theme::kPanel) >= 7.0);
    CHECK(theme::contrast_ratio(theme::kDanger, theme::kPanel) >= 4.5);
}

TEST_CASE("lightness and contrast match known values", "[client][theme]") {
    CHECK(theme::lightness({0, 0, 0}) == Approx(0.0).margin(1e-9));
    CHECK(theme::lightness({255, 255, 255}) == Approx(100.0).margin(1e-6));
    CHECK(theme::lightness({119, 119, 119}) == Approx(50.0).margin(0.5));
    CHECK(theme::contrast_ratio({0, 0, 0}, {255, 255, 255}) == Approx(21.0));
    CHECK(theme::contrast_ratio({10, 20, 30}, {10, 20, 30}) == Approx(1.0));
}

TEST_CASE("the UI scale stays within 1 and 2", "[client][theme]") {
    CHECK(theme::clamp_ui_scale(0.5f) == 1.0f);
    CHECK(theme::clamp_ui_scale(1.5f) == 1.5f);
    CHECK(theme::clamp_ui_scale(3.0f) == 2.0f);
    CHECK(theme::clamp_ui_scale(std::numeric_limits<float>::quiet_NaN()) == 1.0f);
}

TEST_CASE("the style grows with the UI scale", "[client][theme]") {
    auto scale = GENERATE(1.0f, 1.25f, 1.5f, 2.0f);
    auto base = theme::make_style(1.0f);
    auto scaled = theme::make_style(scale);
    CHECK(scaled.FramePadding.x == Approx(std::floor(base.FramePadding.x * scale)));
    CHECK(scaled.WindowRounding == Approx(std::floor(base.WindowRounding * scale)));
    CHECK(scaled.Colors[ImGuiCol_WindowBg].x == base.Colors[ImGuiCol_WindowBg].x);
    CHECK(base.FrameRounding > 0.0f); // rounded, not ImGui's square default
}

TEST_CASE("colour conversions keep the channels", "[client][theme]") {
    theme::Rgb c{0x12, 0x80, 0xFE};
    auto v = theme::to_imvec4(c, 0.5f);
    CHECK(v.x == Approx(0x12 / 255.0f));
    CHECK(v.w == 0.5f);
    auto u = theme::to_imu32(c, 1.0f);
    CHECK(u == IM_COL32(0x12, 0x80, 0xFE, 0xFF));
    auto s = theme::to_sf(c, 7);
    CHECK((s.r == 0x12 && s.g == 0x80 && s.b == 0xFE && s.a == 7));
}
