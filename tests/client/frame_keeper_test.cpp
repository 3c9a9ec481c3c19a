#include "frame_keeper.hpp"
#include "headless_imgui.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace hr::client;

TEST_CASE("the same widgets hash alike and any visible change hashes differently",
          "[client][frame]") {
    hr::test::HeadlessImGui imgui(ImVec2(640, 480));
    const std::string text = GENERATE(as<std::string>{}, "1:59", "Wages", "Round 4 of 10");
    const std::uint64_t first = imgui.hash(text);
    CHECK(imgui.hash(text) == first);
    CHECK(imgui.hash(text + "!") != first);
    CHECK(imgui.hash(text.substr(1)) != first);
    // The pointer over the button (below the line of text) lights it up; over empty space it
    // changes nothing.
    CHECK(imgui.hash(text, ImVec2(400, 400)) == first);
    const std::uint64_t hovered = imgui.hash(text, ImVec2(60, 45));
    CHECK(hovered != first);
    CHECK(imgui.hash(text, ImVec2(61, 46)) == hovered);
}

TEST_CASE("an unchanged frame is kept on screen until the refresh is due", "[client][frame]") {
    FrameKeeper keeper;
    const auto at = [](int ms) { return sf::milliseconds(ms); };
    CHECK(keeper.must_draw(7, at(0))); // the first frame is always drawn
    CHECK_FALSE(keeper.must_draw(7, at(16)));
    CHECK_FALSE(keeper.must_draw(7, at(499)));
    CHECK(keeper.must_draw(7, at(500))); // the safety refresh
    CHECK_FALSE(keeper.must_draw(7, at(516)));
    CHECK(keeper.must_draw(8, at(532))); // new content
    CHECK_FALSE(keeper.must_draw(8, at(548)));
    keeper.force();
    CHECK(keeper.must_draw(8, at(564)));
    CHECK_FALSE(keeper.must_draw(8, at(580)));
}

TEST_CASE("a frame of unknown content is always drawn", "[client][frame]") {
    FrameKeeper keeper;
    const int frames = GENERATE(1, 2, 10);
    for (int i = 0; i < frames; ++i) {
        CHECK(keeper.must_draw(std::nullopt, sf::milliseconds(16 * i)));
    }
    // Known content after unknown is new content.
    CHECK(keeper.must_draw(3, sf::milliseconds(16 * frames)));
    CHECK_FALSE(keeper.must_draw(3, sf::milliseconds(16 * frames + 16)));
}
