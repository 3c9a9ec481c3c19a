// The drawing kit under the pictures: text fitting, legends, and panels that repaint only when
// what they show changes.
#include "canvas.hpp"
#include "canvas_panel.hpp"
#include "picture_support.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::client;

TEST_CASE("text is shortened and wrapped to fit a width", "[client][canvas]") {
    sf::RenderTexture texture;
    REQUIRE(texture.create(64, 64));
    Canvas canvas(texture, 1.0f);
    const std::string name = "Estância Velha Artefatos de Couro";
    const float full = canvas.measure(name, 13, FontFace::Regular).x;
    REQUIRE(full > 100);
    CHECK(canvas.fit(name, 13, FontFace::Regular, full + 1) == name);
    std::string short_name = canvas.fit(name, 13, FontFace::Regular, 100);
    CHECK(canvas.measure(short_name, 13, FontFace::Regular).x <= 100);
    CHECK(short_name.substr(short_name.size() - 3) == "\xE2\x80\xA6"); // …
    auto lines = canvas.wrap(name, 13, FontFace::Regular, 120, 2);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "Estância Velha");
    for (const auto& line : lines) {
        CHECK(canvas.measure(line, 13, FontFace::Regular).x <= 120);
    }
    CHECK(canvas.wrap("Brenta", 13, FontFace::Regular, 120, 2) ==
          std::vector<std::string>{"Brenta"});
    // Twice the scale, twice the size.
    Canvas large(texture, 2.0f);
    CHECK(large.measure(name, 13, FontFace::Regular).x == Approx(full * 2).epsilon(0.05));
}

TEST_CASE("a legend wraps its entries to the width it is given", "[client][canvas]") {
    sf::RenderTexture texture;
    REQUIRE(texture.create(64, 64));
    Canvas canvas(texture, 1.0f);
    std::vector<LegendItem> items;
    for (const char* label : {"High road", "Low road", "Stagnation", "Downgrading"}) {
        items.push_back({[](Canvas&, sf::FloatRect) {}, label});
    }
    sf::Vector2f wide = draw_legend(canvas, items, {0, 0}, 2000, 12, false);
    sf::Vector2f narrow = draw_legend(canvas, items, {0, 0}, 150, 12, false);
    CHECK(narrow.y > wide.y * 1.9f);
    CHECK(narrow.x <= 150);
    CHECK(draw_legend(canvas, {}, {0, 0}, 150, 12, false) == sf::Vector2f(0, 0));
}

TEST_CASE("picture keys change with any of their parts", "[client][canvas]") {
    auto key = [](std::uint64_t a, double b, std::string_view c) {
        return PictureKey().add(a).add(b).add(c).value();
    };
    CHECK(key(1, 1.0, "en") == key(1, 1.0, "en"));
    CHECK(key(1, 1.0, "en") != key(2, 1.0, "en"));
    CHECK(key(1, 1.0, "en") != key(1, 1.5, "en"));
    CHECK(key(1, 1.0, "en") != key(1, 1.0, "es"));
    CHECK(PictureKey().add("ab").add("c").value() != PictureKey().add("a").add("bc").value());
}

TEST_CASE("a canvas panel repaints when its key or its size changes", "[client][canvas]") {
    sf::RenderTexture window; // stands in for the window the panel returns to
    REQUIRE(window.create(64, 64));
    test::HeadlessImGui imgui;
    CanvasPanel panel;
    int paints = 0;
    const CanvasPanel::Painter paint = [&](sf::RenderTarget& target, sf::FloatRect area) {
        ++paints;
        CHECK(area.width == static_cast<float>(target.getSize().x));
    };
    auto show = [&](ImVec2 size) {
        imgui.frame([&] {
            ImGui::Begin("panel");
            panel.show(size);
            ImGui::End();
        });
    };
    panel.render(window, paint, 1); // no size reserved yet: nothing to paint
    CHECK(paints == 0);
    CHECK(panel.texture() == nullptr);
    show(ImVec2(200, 120));
    panel.render(window, paint, 1);
    CHECK(paints == 1);
    REQUIRE(panel.texture() != nullptr);
    CHECK(panel.texture()->getSize() == sf::Vector2u(200, 120));
    panel.render(window, paint, 1);
    CHECK(paints == 1);
    panel.render(window, paint, 2);
    CHECK(paints == 2);
    show(ImVec2(240, 120));
    panel.render(window, paint, 2);
    CHECK(paints == 3);
    CHECK(panel.texture()->getSize() == sf::Vector2u(240, 120));
    panel.render(window, paint); // without a key: every time
    panel.render(window, paint);
    CHECK(paints == 5);
}
