#include "canvas.hpp"

#include "fonts.hpp"
#include "theme.hpp"

#include <SFML/Graphics/Text.hpp>
#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace hr::client {

namespace {

constexpr float kPi = 3.14159265f;

sf::Vector2f unit_normal(sf::Vector2f a, sf::Vector2f b) {
    sf::Vector2f d = b - a;
    float length = std::sqrt(d.x * d.x + d.y * d.y);
    return length > 0 ? sf::Vector2f(-d.y / length, d.x / length) : sf::Vector2f(0, 0);
}

float distance(sf::Vector2f a, sf::Vector2f b) {
    sf::Vector2f d = b - a;
    return std::sqrt(d.x * d.x + d.y * d.y);
}

int segments_for(float radius) {
    return std::clamp(static_cast<int>(radius * 1.2f), 12, 72);
}

sf::String from_utf8(std::string_view utf8) {
    return sf::String::fromUtf8(utf8.begin(), utf8.end());
}

unsigned character_size(float size, float scale) {
    return static_cast<unsigned>(std::max(1L, std::lround(size * scale)));
}

// Capital height in pixels at a character size: the distance from the baseline to the top of "H".
float cap_height(const sf::Font& font, unsigned size, bool bold) {
    return -font.getGlyph(U'H', size, bold).bounds.top;
}

} // namespace

const sf::Font& canvas_font(FontFace face) {
    // Never destroyed: pictures may be drawn until the very end of the program, and a font's
    // textures must not outlive the GL context they were made in.
    static const auto* fonts = [] {
        auto* loaded = new std::array<sf::Font, 2>();
        auto dir = default_font_dir();
        if (!(*loaded)[0].loadFromFile((dir / "DejaVuSans.ttf").string()) ||
            !(*loaded)[1].loadFromFile((dir / "DejaVuSans-Bold.ttf").string())) {
            delete loaded;
            throw std::runtime_error("font not found in " + dir.string() +
                                     " (install fonts-dejavu-core)");
        }
        return loaded;
    }();
    return (*fonts)[face == FontFace::Bold ? 1 : 0];
}

sf::Color with_alpha(sf::Color c, std::uint8_t alpha) {
    c.a = alpha;
    return c;
}

sf::Color mix(sf::Color a, sf::Color b, float t) {
    auto channel = [t](std::uint8_t x, std::uint8_t y) {
        return static_cast<std::uint8_t>(std::lround(x + (y - x) * std::clamp(t, 0.0f, 1.0f)));
    };
    return {channel(a.r, b.r), channel(a.g, b.g), channel(a.b, b.b), channel(a.a, b.a)};
}

Canvas::Canvas(sf::RenderTarget& target, float scale) : target_(target), scale_(scale) {}

Canvas::~Canvas() {
    flush();
}

void Canvas::flush() {
    if (batch_.getVertexCount() > 0) {
        target_.draw(batch_);
        batch_.clear();
    }
}

void Canvas::triangle(sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Color fill) {
    batch_.append({a, fill});
    batch_.append({b, fill});
    batch_.append({c, fill});
}

void Canvas::quad(sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Vector2f d, sf::Color ca,
                  sf::Color cb, sf::Color cc, sf::Color cd) {
    batch_.append({a, ca});
    batch_.append({b, cb});
    batch_.append({c, cc});
    batch_.append({a, ca});
    batch_.append({c, cc});
    batch_.append({d, cd});
}

void Canvas::rect(sf::FloatRect r, sf::Color fill) {
    if (r.width <= 0 || r.height <= 0) {
        return;
    }
    sf::Vector2f a(r.left, r.top);
    sf::Vector2f b(r.left + r.width, r.top);
    sf::Vector2f c(r.left + r.width, r.top + r.height);
    sf::Vector2f d(r.left, r.top + r.height);
    quad(a, b, c, d, fill, fill, fill, fill);
}

void Canvas::convex(const std::vector<sf::Vector2f>& points, sf::Color fill) {
    for (std::size_t i = 1; i + 1 < points.size(); ++i) {
        triangle(points[0], points[i], points[i + 1], fill);
    }
}

namespace {

// The outline of a rounded rectangle, clockwise from the top-left corner's start.
int corner_steps(float radius) {
    return std::max(3, segments_for(radius) / 4);
}

// `steps` segments per corner; a frame's inner and outer outlines must use the same number.
std::vector<sf::Vector2f> rounded_outline(sf::FloatRect r, float radius, int steps) {
    radius = std::clamp(radius, 0.0f, std::min(r.width, r.height) * 0.5f);
    std::vector<sf::Vector2f> points;
    const std::array<sf::Vector2f, 4> centres{
        sf::Vector2f(r.left + r.width - radius, r.top + radius),
        sf::Vector2f(r.left + r.width - radius, r.top + r.height - radius),
        sf::Vector2f(r.left + radius, r.top + r.height - radius),
        sf::Vector2f(r.left + radius, r.top + radius)};
    for (int corner = 0; corner < 4; ++corner) {
        float start = -kPi / 2 + corner * kPi / 2;
        for (int i = 0; i <= steps; ++i) {
            float a = start + (kPi / 2) * static_cast<float>(i) / steps;
            points.push_back(centres[static_cast<std::size_t>(corner)] +
                             sf::Vector2f(std::cos(a), std::sin(a)) * radius);
        }
    }
    return points;
}

} // namespace

void Canvas::rounded_rect(sf::FloatRect r, float radius, sf::Color fill) {
    if (r.width <= 0 || r.height <= 0) {
        return;
    }
    auto outline = rounded_outline(r, radius, corner_steps(radius));
    sf::Vector2f centre(r.left + r.width / 2, r.top + r.height / 2);
    for (std::size_t i = 0; i < outline.size(); ++i) {
        triangle(centre, outline[i], outline[(i + 1) % outline.size()], fill);
    }
}

void Canvas::rounded_frame(sf::FloatRect r, float radius, float width, sf::Color colour) {
    if (r.width <= 0 || r.height <= 0) {
        return;
    }
    auto outer = rounded_outline(r, radius, corner_steps(radius));
    sf::FloatRect inset(r.left + width, r.top + width, r.width - 2 * width, r.height - 2 * width);
    auto inner = rounded_outline(inset, std::max(0.0f, radius - width), corner_steps(radius));
    // Both outlines have the same number of points at the same angles.
    for (std::size_t i = 0; i < outer.size() && i < inner.size(); ++i) {
        std::size_t j = (i + 1) % outer.size();
        quad(outer[i], outer[j], inner[j], inner[i], colour, colour, colour, colour);
    }
}

void Canvas::disc(sf::Vector2f centre, float radius, sf::Color fill) {
    if (radius <= 0) {
        return;
    }
    const int n = segments_for(radius);
    for (int i = 0; i < n; ++i) {
        float a0 = 2 * kPi * i / n;
        float a1 = 2 * kPi * (i + 1) / n;
        triangle(centre, centre + sf::Vector2f(std::cos(a0), std::sin(a0)) * radius,
                 centre + sf::Vector2f(std::cos(a1), std::sin(a1)) * radius, fill);
    }
}

void Canvas::ring(sf::Vector2f centre, float radius, float width, sf::Color colour) {
    if (radius <= 0 || width <= 0) {
        return;
    }
    const int n = segments_for(radius + width);
    float inner = std::max(0.0f, radius - width / 2);
    float outer = radius + width / 2;
    for (int i = 0; i < n; ++i) {
        float a0 = 2 * kPi * i / n;
        float a1 = 2 * kPi * (i + 1) / n;
        sf::Vector2f d0(std::cos(a0), std::sin(a0));
        sf::Vector2f d1(std::cos(a1), std::sin(a1));
        quad(centre + d0 * inner, centre + d0 * outer, centre + d1 * outer, centre + d1 * inner,
             colour, colour, colour, colour);
    }
}

void Canvas::line(sf::Vector2f a, sf::Vector2f b, float width, sf::Color colour) {
    sf::Vector2f n = unit_normal(a, b) * (width / 2);
    if (n == sf::Vector2f(0, 0)) {
        return;
    }
    quad(a + n, b + n, b - n, a - n, colour, colour, colour, colour);
}

void Canvas::dashed_line(sf::Vector2f a, sf::Vector2f b, float width, float dash, float gap,
                         sf::Color colour) {
    dashed_polyline({a, b}, width, dash, gap, colour);
}

void Canvas::polyline(const std::vector<sf::Vector2f>& points, float width, sf::Color colour) {
    std::vector<sf::Vector2f> pts;
    for (const auto& p : points) {
        if (pts.empty() || distance(pts.back(), p) > 0.01f) {
            pts.push_back(p);
        }
    }
    if (pts.size() < 2) {
        return;
    }
    // One strip with mitred joins: no piece overlaps another, so translucent lines stay even.
    const float half = width / 2;
    std::vector<sf::Vector2f> offsets(pts.size());
    for (std::size_t i = 0; i < pts.size(); ++i) {
        if (i == 0 || i + 1 == pts.size()) {
            offsets[i] =
                (i == 0 ? unit_normal(pts[0], pts[1]) : unit_normal(pts[i - 1], pts[i])) * half;
            continue;
        }
        sf::Vector2f before = unit_normal(pts[i - 1], pts[i]);
        sf::Vector2f after = unit_normal(pts[i], pts[i + 1]);
        sf::Vector2f m = before + after;
        float length = std::sqrt(m.x * m.x + m.y * m.y);
        if (length < 1e-3f) {
            offsets[i] = before * half;
            continue;
        }
        m /= length;
        float cosine = m.x * before.x + m.y * before.y;
        offsets[i] = m * (half / std::max(cosine, 0.3f));
    }
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
        quad(pts[i] + offsets[i], pts[i + 1] + offsets[i + 1], pts[i + 1] - offsets[i + 1],
             pts[i] - offsets[i], colour, colour, colour, colour);
    }
    if (colour.a == 255) {
        disc(pts.front(), half, colour);
        disc(pts.back(), half, colour);
    }
}

void Canvas::dashed_polyline(const std::vector<sf::Vector2f>& points, float width, float dash,
                             float gap, sf::Color colour) {
    const float period = dash + gap;
    if (dash <= 0 || period <= 0) {
        return;
    }
    // The pattern runs on across the points, so it does not restart at each corner.
    float travelled = 0;
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const float length = distance(points[i], points[i + 1]);
        if (length <= 0) {
            continue;
        }
        const sf::Vector2f dir = (points[i + 1] - points[i]) / length;
        // Dash k covers [k * period, k * period + dash] of the whole line.
        const float from = travelled;
        const float to = travelled + length;
        for (auto k = static_cast<long>(std::floor(from / period));
             static_cast<float>(k) * period < to; ++k) {
            const float on = std::max(from, static_cast<float>(k) * period);
            const float off = std::min(to, static_cast<float>(k) * period + dash);
            if (off > on) {
                line(points[i] + dir * (on - from), points[i] + dir * (off - from), width, colour);
            }
        }
        travelled += length;
    }
}

sf::FloatRect Canvas::text(std::string_view utf8, sf::Vector2f at, const TextStyle& style) {
    flush();
    const sf::Font& font = canvas_font(style.face);
    const unsigned size = character_size(style.size, scale_);
    sf::Text text(from_utf8(utf8), font, size);
    text.setFillColor(style.colour);
    const sf::FloatRect local = text.getLocalBounds();
    const float width = local.left + local.width;
    const float cap = cap_height(font, size, style.face == FontFace::Bold);
    float x = at.x;
    if (style.h == HAlign::Centre) {
        x -= width / 2;
    } else if (style.h == HAlign::Right) {
        x -= width;
    }
    // SFML puts the first baseline `size` pixels below the text's position.
    float baseline = at.y;
    if (style.v == VAlign::Top) {
        baseline = at.y + cap;
    } else if (style.v == VAlign::Middle) {
        baseline = at.y + cap / 2;
    }
    text.setPosition(std::round(x), std::round(baseline - static_cast<float>(size)));
    target_.draw(text);
    return {std::round(x), std::round(baseline - cap), width, cap};
}

sf::Vector2f Canvas::measure(std::string_view utf8, float size, FontFace face) const {
    const sf::Font& font = canvas_font(face);
    const unsigned cs = character_size(size, scale_);
    sf::Text text(from_utf8(utf8), font, cs);
    const sf::FloatRect local = text.getLocalBounds();
    return {local.left + local.width, cap_height(font, cs, face == FontFace::Bold)};
}

std::string Canvas::fit(std::string_view utf8, float size, FontFace face, float max_width) const {
    if (measure(utf8, size, face).x <= max_width) {
        return std::string(utf8);
    }
    sf::String s = from_utf8(utf8);
    const sf::String ellipsis(static_cast<sf::Uint32>(0x2026));
    while (!s.isEmpty()) {
        s.erase(s.getSize() - 1);
        sf::String candidate = s + ellipsis;
        auto bytes = candidate.toUtf8();
        std::string out(bytes.begin(), bytes.end());
        if (measure(out, size, face).x <= max_width) {
            return out;
        }
    }
    return {};
}

std::vector<std::string> Canvas::wrap(std::string_view utf8, float size, FontFace face,
                                      float max_width, std::size_t max_lines) const {
    std::vector<std::string> words;
    std::size_t start = 0;
    while (start <= utf8.size()) {
        std::size_t space = utf8.find(' ', start);
        if (space == std::string_view::npos) {
            space = utf8.size();
        }
        if (space > start) {
            words.emplace_back(utf8.substr(start, space - start));
        }
        start = space + 1;
    }
    std::vector<std::string> lines;
    std::string current;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string candidate = current.empty() ? words[i] : current + " " + words[i];
        if (current.empty() || measure(candidate, size, face).x <= max_width) {
            current = std::move(candidate);
            continue;
        }
        lines.push_back(current);
        current = words[i];
        if (lines.size() + 1 == max_lines) {
            // The last line takes the rest of the text, shortened.
            for (std::size_t j = i + 1; j < words.size(); ++j) {
                current += " " + words[j];
            }
            break;
        }
    }
    if (!current.empty() && max_lines > 0) {
        lines.push_back(current);
    }
    for (auto& line : lines) {
        line = fit(line, size, face, max_width);
    }
    return lines;
}

sf::Vector2f draw_legend(Canvas& canvas, const std::vector<LegendItem>& items, sf::Vector2f origin,
                         float max_width, float text_size, bool draw) {
    const float swatch_w = canvas.px(22);
    const float swatch_h = canvas.px(12);
    const float inner = canvas.px(6);
    const float between = canvas.px(18);
    const float row = canvas.px(text_size + 8);
    float x = 0;
    float y = 0;
    float widest = 0;
    for (const auto& item : items) {
        float width = swatch_w + inner + canvas.measure(item.label, text_size, FontFace::Regular).x;
        if (x > 0 && x + width > max_width) {
            x = 0;
            y += row;
        }
        if (draw) {
            sf::Vector2f at(origin.x + x, origin.y + y);
            item.swatch(canvas, {at.x, at.y + (row - swatch_h) / 2, swatch_w, swatch_h});
            canvas.text(item.label, {at.x + swatch_w + inner, at.y + row / 2},
                        {text_size, theme::to_sf(theme::kTextMuted), FontFace::Regular,
                         HAlign::Left, VAlign::Middle});
        }
        x += width + between;
        widest = std::max(widest, x - between);
    }
    return {widest, items.empty() ? 0.0f : y + row};
}

} // namespace hr::client
