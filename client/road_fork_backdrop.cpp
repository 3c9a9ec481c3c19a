#include "road_fork_backdrop.hpp"

#include "theme.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

namespace hr::client {

namespace {

constexpr float kPi = 3.14159265f;
constexpr int kCurveSamples = 72;

// Control points in fractions of the window: x of the width, y of the height.
struct Curve {
    sf::Vector2f p0, p1, p2, p3;
};
const Curve kTrunk{{-0.02f, 0.73f}, {0.20f, 0.71f}, {0.40f, 0.675f}, {0.56f, 0.665f}};
const Curve kHigh{{0.56f, 0.665f}, {0.67f, 0.66f}, {0.76f, 0.40f}, {1.03f, 0.335f}};
const Curve kLow{{0.56f, 0.665f}, {0.67f, 0.67f}, {0.78f, 0.93f}, {1.03f, 0.955f}};
const sf::Vector2f kSun{0.875f, 0.285f};

sf::Color with_alpha(sf::Color c, std::uint8_t alpha) {
    c.a = alpha;
    return c;
}

sf::Vector2f at(const Curve& c, float t, sf::Vector2f scale) {
    float u = 1.0f - t;
    sf::Vector2f p =
        c.p0 * (u * u * u) + c.p1 * (3 * u * u * t) + c.p2 * (3 * u * t * t) + c.p3 * (t * t * t);
    return {p.x * scale.x, p.y * scale.y};
}

std::vector<sf::Vector2f> sample(const Curve& c, sf::Vector2f scale) {
    std::vector<sf::Vector2f> points;
    for (int i = 0; i <= kCurveSamples; ++i) {
        points.push_back(at(c, static_cast<float>(i) / kCurveSamples, scale));
    }
    return points;
}

sf::Vector2f normal(sf::Vector2f a, sf::Vector2f b) {
    sf::Vector2f d = b - a;
    float length = std::sqrt(d.x * d.x + d.y * d.y);
    return length > 0 ? sf::Vector2f(-d.y / length, d.x / length) : sf::Vector2f(0, -1);
}

void triangle(sf::VertexArray& va, sf::Vector2f a, sf::Vector2f b, sf::Vector2f c, sf::Color ca,
              sf::Color cb, sf::Color cc) {
    va.append({a, ca});
    va.append({b, cb});
    va.append({c, cc});
}

// Corners clockwise from top-left.
void quad(sf::VertexArray& va, std::array<sf::Vector2f, 4> p, std::array<sf::Color, 4> c) {
    triangle(va, p[0], p[1], p[2], c[0], c[1], c[2]);
    triangle(va, p[0], p[2], p[3], c[0], c[2], c[3]);
}

void rect(sf::VertexArray& va, sf::FloatRect r, sf::Color top, sf::Color bottom) {
    quad(va,
         {sf::Vector2f(r.left, r.top),
          {r.left + r.width, r.top},
          {r.left + r.width, r.top + r.height},
          {r.left, r.top + r.height}},
         {top, top, bottom, bottom});
}

void disc(sf::VertexArray& va, sf::Vector2f centre, float radius, sf::Color inner,
          sf::Color outer) {
    constexpr int segments = 48;
    for (int i = 0; i < segments; ++i) {
        float a0 = 2 * kPi * i / segments;
        float a1 = 2 * kPi * (i + 1) / segments;
        triangle(va, centre, centre + sf::Vector2f(std::cos(a0), std::sin(a0)) * radius,
                 centre + sf::Vector2f(std::cos(a1), std::sin(a1)) * radius, inner, outer, outer);
    }
}

// Everything between a polyline and the bottom edge. Over the first `fade_in` fraction of the
// line the fill fades in, so that it does not start with a hard vertical edge.
void fill_below(sf::VertexArray& va, const std::vector<sf::Vector2f>& line, float bottom,
                sf::Color top, sf::Color low, float fade_in = 0.0f) {
    auto faded = [&](sf::Color c, std::size_t i) {
        float t = static_cast<float>(i) / static_cast<float>(line.size() - 1);
        if (fade_in > 0.0f && t < fade_in) {
            c.a = static_cast<std::uint8_t>(std::lround(c.a * t / fade_in));
        }
        return c;
    };
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        quad(va, {line[i], line[i + 1], {line[i + 1].x, bottom}, {line[i].x, bottom}},
             {faded(top, i), faded(top, i + 1), faded(low, i + 1), faded(low, i)});
    }
}

// A road of varying width (from `w0` to `w1`) with darker kerbs.
void ribbon(sf::VertexArray& va, const std::vector<sf::Vector2f>& line, float w0, float w1,
            sf::Color surface, sf::Color kerb) {
    auto edge = [&](std::size_t i, float side, float inset) {
        float t = static_cast<float>(i) / static_cast<float>(line.size() - 1);
        float half = (w0 + (w1 - w0) * t) * 0.5f;
        std::size_t j = i + 1 < line.size() ? i + 1 : i;
        std::size_t k = i + 1 < line.size() ? i : i - 1;
        return line[i] + normal(line[k], line[j]) * (side * (half - inset));
    };
    float kerb_width = w0 * 0.12f;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        quad(va, {edge(i, -1, 0), edge(i + 1, -1, 0), edge(i + 1, 1, 0), edge(i, 1, 0)},
             {kerb, kerb, kerb, kerb});
        quad(va,
             {edge(i, -1, kerb_width), edge(i + 1, -1, kerb_width), edge(i + 1, 1, kerb_width),
              edge(i, 1, kerb_width)},
             {surface, surface, surface, surface});
    }
}

// A line with a one-pixel soft edge on each side: antialiasing by hand, for what is drawn
// every frame on a window without multisampling.
void stroke(sf::VertexArray& va, const std::vector<sf::Vector2f>& line, float thickness,
            sf::Color colour) {
    if (line.size() < 2) {
        return;
    }
    sf::Color clear = with_alpha(colour, 0);
    float half = thickness * 0.5f;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        sf::Vector2f n = normal(line[i], line[i + 1]);
        sf::Vector2f core = n * half;
        sf::Vector2f soft = n * (half + 1.0f);
        quad(va, {line[i] - core, line[i + 1] - core, line[i + 1] + core, line[i] + core},
             {colour, colour, colour, colour});
        quad(va, {line[i] + core, line[i + 1] + core, line[i + 1] + soft, line[i] + soft},
             {colour, colour, clear, clear});
        quad(va, {line[i] - soft, line[i + 1] - soft, line[i + 1] - core, line[i] - core},
             {clear, clear, colour, colour});
    }
}

// The centre line: dashes half a period long, moved along the road by `offset` periods.
void dashes(sf::VertexArray& va, const std::vector<sf::Vector2f>& line, float period, float offset,
            float thickness, sf::Color colour) {
    std::vector<float> at_length{0.0f};
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        sf::Vector2f d = line[i + 1] - line[i];
        at_length.push_back(at_length.back() + std::sqrt(d.x * d.x + d.y * d.y));
    }
    // The point at arc length `s`, interpolated within its segment.
    auto point_at = [&](float s) {
        auto upper = std::upper_bound(at_length.begin(), at_length.end(), s);
        std::size_t i = upper == at_length.begin()
                            ? 0
                            : static_cast<std::size_t>(upper - at_length.begin()) - 1;
        i = std::min(i, line.size() - 2);
        float span = at_length[i + 1] - at_length[i];
        float t = span > 0 ? (s - at_length[i]) / span : 0.0f;
        return line[i] + (line[i + 1] - line[i]) * std::clamp(t, 0.0f, 1.0f);
    };
    float total = at_length.back();
    for (float start = std::fmod(offset, 1.0f) * period - period; start < total; start += period) {
        float from = std::max(start, 0.0f);
        float to = std::min(start + period * 0.5f, total);
        if (to <= from) {
            continue;
        }
        std::vector<sf::Vector2f> dash{point_at(from)};
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (at_length[i] > from && at_length[i] < to) {
                dash.push_back(line[i]);
            }
        }
        dash.push_back(point_at(to));
        stroke(va, dash, thickness, colour);
    }
}

// A fixed pseudo-random sequence: the same stars on every run and every screenshot.
struct Sprinkle {
    std::uint32_t state = 0x9E3779B9u;
    float next() {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return static_cast<float>(state % 10000u) / 10000.0f;
    }
};

float hills(float x, float base, float amplitude) {
    return base - amplitude * (0.55f * std::sin(x * 7.1f + 0.6f) + 0.3f * std::sin(x * 13.7f) +
                               0.15f * std::sin(x * 29.3f + 1.3f));
}

void town(sf::VertexArray& va, sf::Vector2f scale) {
    Sprinkle rng{0x1234567u};
    const sf::Color wall = theme::to_sf({0x22, 0x2E, 0x48});
    const sf::Color lit = theme::to_sf(theme::kHighlight, 220);
    float unit = scale.y / 800.0f;
    float x = 0.905f * scale.x;
    while (x < scale.x) {
        float width = (18.0f + 16.0f * rng.next()) * unit;
        float height = (26.0f + 54.0f * rng.next()) * unit;
        // Sit each building on the high road's ridge.
        float ground =
            at(kHigh, 0.84f + 0.16f * (x / scale.x - 0.905f) / 0.1f, scale).y + 10 * unit;
        rect(va, {x, ground - height, width, height + 30 * unit}, wall, wall);
        for (float wy = ground - height + 6 * unit; wy < ground - 6 * unit; wy += 9 * unit) {
            for (float wx = x + 4 * unit; wx + 4 * unit < x + width; wx += 7 * unit) {
                if (rng.next() < 0.55f) {
                    rect(va, {wx, wy, 3 * unit, 4 * unit}, lit, lit);
                }
            }
        }
        x += width + 3 * unit;
    }
}

void factory(sf::VertexArray& va, sf::Vector2f scale) {
    const sf::Color wall = theme::to_sf({0x2C, 0x2A, 0x33});
    const sf::Color smoke = theme::to_sf({0x8A, 0x7D, 0x70});
    float unit = scale.y / 800.0f;
    // On the slope above the low road, where it bottoms out.
    float left = 0.835f * scale.x;
    float base = at(kLow, 0.72f, scale).y - 16 * unit;
    rect(va, {left, base - 46 * unit, 150 * unit, 60 * unit}, wall, wall);
    // Saw-tooth roof.
    for (int i = 0; i < 5; ++i) {
        float x = left + i * 30 * unit;
        triangle(va, {x, base - 46 * unit}, {x + 30 * unit, base - 46 * unit},
                 {x + 30 * unit, base - 64 * unit}, wall, wall, wall);
    }
    for (float chimney : {left + 22 * unit, left + 112 * unit}) {
        rect(va, {chimney, base - 120 * unit, 12 * unit, 80 * unit}, wall, wall);
        for (int puff = 0; puff < 6; ++puff) {
            sf::Vector2f centre(chimney + 6 * unit - puff * 16 * unit,
                                base - 132 * unit - puff * 20 * unit);
            float radius = (10.0f + puff * 6.0f) * unit;
            auto alpha = static_cast<std::uint8_t>(110 - puff * 16);
            disc(va, centre, radius, with_alpha(smoke, alpha), with_alpha(smoke, 0));
        }
    }
}

// A signpost at the fork: one board pointing up the high road, one down the low road.
void signpost(sf::VertexArray& va, sf::Vector2f fork, float unit) {
    const sf::Color wood = theme::to_sf({0x5A, 0x4A, 0x3C});
    const sf::Color edge = theme::to_sf({0x0B, 0x10, 0x19});
    float post_x = fork.x - 34 * unit;
    float ground = fork.y - 14 * unit;
    rect(va, {post_x - 3 * unit, ground - 92 * unit, 6 * unit, 92 * unit}, wood, wood);
    auto board = [&](float y, float tilt, sf::Color colour) {
        // A pointed board, tilted along its road; drawn twice for a dark outline.
        for (int pass = 0; pass < 2; ++pass) {
            float grow = pass == 0 ? 2 * unit : 0;
            sf::Color c = pass == 0 ? edge : colour;
            sf::Vector2f a(post_x - 10 * unit - grow, y - 9 * unit - grow);
            sf::Vector2f b(post_x + 50 * unit + grow, y - 9 * unit - grow + tilt);
            sf::Vector2f tip(post_x + 62 * unit + 2 * grow, y + tilt * 1.2f);
            sf::Vector2f d(post_x + 50 * unit + grow, y + 9 * unit + grow + tilt);
            sf::Vector2f e(post_x - 10 * unit - grow, y + 9 * unit + grow);
            quad(va, {a, b, d, e}, {c, c, c, c});
            triangle(va, b, tip, d, c, c, c);
        }
    };
    board(ground - 78 * unit, -10 * unit, theme::to_sf(theme::kRoads.high_road));
    board(ground - 48 * unit, 10 * unit, theme::to_sf(theme::kRoads.low_road));
}

} // namespace

void RoadForkBackdrop::update(sf::Time dt) {
    dash_offset_ = std::fmod(dash_offset_ + dt.asSeconds() * 0.35f, 1.0f);
}

sf::Vector2f RoadForkBackdrop::high_road_label(sf::Vector2u size) {
    sf::Vector2f scale(static_cast<float>(size.x), static_cast<float>(size.y));
    return at(kHigh, 0.5f, scale) - sf::Vector2f(0.045f * scale.x, 0.075f * scale.y);
}

sf::Vector2f RoadForkBackdrop::low_road_label(sf::Vector2u size) {
    sf::Vector2f scale(static_cast<float>(size.x), static_cast<float>(size.y));
    return at(kLow, 0.5f, scale) + sf::Vector2f(-0.06f * scale.x, 0.06f * scale.y);
}

void RoadForkBackdrop::rebuild(sf::Vector2u size, float dim) {
    built_for_ = size;
    built_dim_ = dim;
    sf::VertexArray scenery(sf::Triangles);
    sf::Vector2f scale(static_cast<float>(size.x), static_cast<float>(size.y));
    float unit = scale.y / 800.0f;
    float horizon = 0.62f * scale.y;

    // Dusk sky, warmer toward the sunrise.
    rect(scenery, {0, 0, scale.x, horizon}, theme::to_sf({0x08, 0x0D, 0x17}),
         theme::to_sf({0x2E, 0x2C, 0x52}));
    rect(scenery, {0, horizon, scale.x, scale.y - horizon}, theme::to_sf({0x2E, 0x2C, 0x52}),
         theme::to_sf({0x10, 0x14, 0x22}));
    sf::Vector2f sun(kSun.x * scale.x, kSun.y * scale.y);
    disc(scenery, sun, 0.62f * scale.y, theme::to_sf({0xC9, 0x7B, 0x3A}, 70),
         theme::to_sf({0x2E, 0x2C, 0x52}, 0));

    Sprinkle rng;
    for (int i = 0; i < 110; ++i) {
        sf::Vector2f p(rng.next() * scale.x, rng.next() * rng.next() * 0.55f * scale.y);
        float s = (1.0f + 1.5f * rng.next()) * unit;
        auto alpha = static_cast<std::uint8_t>(60 + 170 * rng.next());
        rect(scenery, {p.x, p.y, s, s}, theme::to_sf(theme::kText, alpha),
             theme::to_sf(theme::kText, alpha));
    }

    disc(scenery, sun, 0.15f * scale.y, theme::to_sf(theme::kHighlight, 90),
         theme::to_sf(theme::kHighlight, 0));
    disc(scenery, sun, 0.062f * scale.y, theme::to_sf({0xFF, 0xE3, 0x9A}),
         theme::to_sf(theme::kHighlight));

    // Far hills that half hide the sun.
    std::vector<sf::Vector2f> far;
    for (int i = 0; i <= 96; ++i) {
        float x = static_cast<float>(i) / 96.0f;
        far.emplace_back(x * scale.x, hills(x, 0.585f, 0.035f) * scale.y);
    }
    fill_below(scenery, far, scale.y, theme::to_sf({0x1C, 0x22, 0x3F}),
               theme::to_sf({0x12, 0x17, 0x29}));

    auto trunk = sample(kTrunk, scale);
    auto high = sample(kHigh, scale);
    auto low = sample(kLow, scale);
    auto ridge = trunk;
    ridge.insert(ridge.end(), high.begin() + 1, high.end());
    fill_below(scenery, ridge, scale.y, theme::to_sf({0x22, 0x2C, 0x45}),
               theme::to_sf({0x15, 0x1C, 0x2C}));
    town(scenery, scale);
    // The valley under the low road, with smog settling in it.
    fill_below(scenery, low, scale.y, theme::to_sf({0x14, 0x19, 0x25}),
               theme::to_sf({0x0C, 0x10, 0x18}), 0.35f);
    factory(scenery, scale);
    // Smog, thickest at the bottom right, fading out toward the fork.
    const sf::Color smog = theme::to_sf({0x7A, 0x5A, 0x3A}, 0);
    quad(scenery,
         {sf::Vector2f(0.58f * scale.x, 0.78f * scale.y),
          {scale.x, 0.78f * scale.y},
          {scale.x, scale.y},
          {0.58f * scale.x, scale.y}},
         {smog, smog, with_alpha(smog, 70), smog});

    const float width = 30.0f * unit;
    const sf::Color kerb = theme::to_sf({0x0B, 0x10, 0x19});
    ribbon(scenery, trunk, width * 1.05f, width, theme::to_sf({0x8A, 0x90, 0x9C}), kerb);
    ribbon(scenery, high, width, width * 0.45f, theme::to_sf(theme::kRoads.high_road), kerb);
    ribbon(scenery, low, width, width * 0.9f, theme::to_sf(theme::kRoads.low_road), kerb);
    signpost(scenery, at(kTrunk, 1.0f, scale), unit);

    sf::ContextSettings antialiased;
    antialiased.antialiasingLevel = 4;
    if (!cache_.create(size.x, size.y, antialiased) && !cache_.create(size.x, size.y)) {
        return; // no render texture: the sprite stays empty and the plain background shows
    }
    cache_.clear(theme::to_sf(theme::kBackground));
    cache_.draw(scenery);
    if (dim > 0.0f) {
        cache_.draw(centre_lines());
        sf::RectangleShape veil(scale);
        veil.setFillColor(
            theme::to_sf(theme::kBackground, static_cast<std::uint8_t>(std::lround(dim * 255.0f))));
        cache_.draw(veil);
    }
    cache_.display();
}

sf::VertexArray RoadForkBackdrop::centre_lines() const {
    sf::Vector2f scale(static_cast<float>(built_for_.x), static_cast<float>(built_for_.y));
    float unit = scale.y / 800.0f;
    sf::VertexArray lines(sf::Triangles);
    dashes(lines, sample(kTrunk, scale), 36 * unit, dash_offset_, 3 * unit,
           theme::to_sf(theme::kText, 200));
    dashes(lines, sample(kHigh, scale), 30 * unit, dash_offset_, 2.5f * unit,
           theme::to_sf({0x1F, 0x2A, 0x3D}, 220));
    dashes(lines, sample(kLow, scale), 36 * unit, dash_offset_, 3 * unit,
           theme::to_sf({0xFF, 0xE6, 0xCC}, 200));
    return lines;
}

void RoadForkBackdrop::draw(sf::RenderTarget& target, float dim) {
    if (target.getSize() != built_for_ || dim != built_dim_) {
        rebuild(target.getSize(), dim);
    }
    target.draw(sf::Sprite(cache_.getTexture()), sf::BlendNone); // opaque: nothing to blend
    if (dim <= 0.0f) {
        target.draw(centre_lines());
    }
}

} // namespace hr::client
