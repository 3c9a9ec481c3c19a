#pragma once
// SFML drawing for the client's pictures (cluster map, value-chain bar, charts, road map): shapes
// batched into one vertex array, text in DejaVu Sans, every size given in design pixels (the
// layout at UI scale 1) and multiplied by the scale, so pictures stay sharp on a projector.
#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hr::client {

enum class FontFace { Regular, Bold };

// The face, loaded once from default_font_dir(). Throws std::runtime_error when it is missing.
const sf::Font& canvas_font(FontFace face);

enum class HAlign { Left, Centre, Right };
// Text is placed by its capital letters: Top puts their tops on y, Middle centres them on y,
// Bottom puts the baseline on y. Labels of different strings then line up.
enum class VAlign { Top, Middle, Bottom };

sf::Color with_alpha(sf::Color c, std::uint8_t alpha);
// `a` moved toward `b` by t (0 … 1), alpha included.
sf::Color mix(sf::Color a, sf::Color b, float t);

struct TextStyle {
    float size = 14; // design pixels
    sf::Color colour = sf::Color::White;
    FontFace face = FontFace::Regular;
    HAlign h = HAlign::Left;
    VAlign v = VAlign::Top;
};

class Canvas {
  public:
    Canvas(sf::RenderTarget& target, float scale);
    ~Canvas();
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    float scale() const { return scale_; }
    // Design pixels to target pixels.
    float px(float design) const { return design * scale_; }

    void rect(sf::FloatRect r, sf::Color fill);
    void rounded_rect(sf::FloatRect r, float radius, sf::Color fill);
    // An outline of `width` inside the rectangle's edge.
    void rounded_frame(sf::FloatRect r, float radius, float width, sf::Color colour);
    void triangle(sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Color fill);
    // A quad with its own colour at each corner (gradients), corners in order around it.
    void quad(sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Vector2f d, sf::Color ca,
              sf::Color cb, sf::Color cc, sf::Color cd);
    void convex(const std::vector<sf::Vector2f>& points, sf::Color fill);
    void disc(sf::Vector2f centre, float radius, sf::Color fill);
    void ring(sf::Vector2f centre, float radius, float width, sf::Color colour);
    // Widths in target pixels, so callers decide what scales.
    void line(sf::Vector2f a, sf::Vector2f b, float width, sf::Color colour);
    void dashed_line(sf::Vector2f a, sf::Vector2f b, float width, float dash, float gap,
                     sf::Color colour);
    // A thick polyline with mitred joins (round caps when opaque).
    void polyline(const std::vector<sf::Vector2f>& points, float width, sf::Color colour);
    void dashed_polyline(const std::vector<sf::Vector2f>& points, float width, float dash,
                         float gap, sf::Color colour);

    // Draws UTF-8 text; returns its box in target pixels.
    sf::FloatRect text(std::string_view utf8, sf::Vector2f at, const TextStyle& style);
    // Width and cap-to-baseline height in target pixels, without drawing.
    sf::Vector2f measure(std::string_view utf8, float size, FontFace face) const;
    // The text, shortened with an ellipsis to fit `max_width` target pixels.
    std::string fit(std::string_view utf8, float size, FontFace face, float max_width) const;
    // The text broken into lines at spaces to fit `max_width`, at most `max_lines` (the last one
    // shortened with an ellipsis when the text goes on).
    std::vector<std::string> wrap(std::string_view utf8, float size, FontFace face, float max_width,
                                  std::size_t max_lines) const;

    // Draws the batched shapes now (text calls do it first, so drawing order is kept).
    void flush();

  private:
    sf::RenderTarget& target_;
    float scale_;
    sf::VertexArray batch_{sf::Triangles};
};

// One entry of a legend: a swatch drawn in a small box, and its label.
struct LegendItem {
    std::function<void(Canvas&, sf::FloatRect)> swatch;
    std::string label;
};

// Lays legend items out left to right from `origin`, wrapping at `max_width` (target pixels).
// Returns the size used; draws only when `draw`, so that callers can measure first.
sf::Vector2f draw_legend(Canvas& canvas, const std::vector<LegendItem>& items, sf::Vector2f origin,
                         float max_width, float text_size, bool draw = true);

} // namespace hr::client
