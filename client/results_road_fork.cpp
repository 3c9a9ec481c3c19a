#include "results_road_fork.hpp"

#include "concept_names.hpp"
#include "concept_term.hpp"
#include "theme.hpp"

#include <array>
#include <cmath>
#include <string>

namespace hr::client {

namespace {

// The branches from the top of the picture down: the better the road, the higher it climbs.
constexpr std::array<Road, 4> kBranches{Road::HighRoad, Road::Stagnation, Road::LowRoad,
                                        Road::Downgrading};
// Where each branch ends, as a share of the height (0 = top).
constexpr std::array<float, 4> kEnds{0.10f, 0.42f, 0.70f, 0.93f};

ImVec2 bezier(ImVec2 p0, ImVec2 p1, ImVec2 p2, ImVec2 p3, float t) {
    const float u = 1.0f - t;
    const float a = u * u * u;
    const float b = 3 * u * u * t;
    const float c = 3 * u * t * t;
    const float d = t * t * t;
    return ImVec2(a * p0.x + b * p1.x + c * p2.x + d * p3.x,
                  a * p0.y + b * p1.y + c * p2.y + d * p3.y);
}

struct Branch {
    ImVec2 p0, p1, p2, p3;
};

Branch branch(ImVec2 fork, ImVec2 origin, ImVec2 size, std::size_t i, float label_room) {
    const ImVec2 end(origin.x + size.x - label_room, origin.y + size.y * kEnds[i]);
    const float run = end.x - fork.x;
    return {fork, ImVec2(fork.x + run * 0.45f, fork.y), ImVec2(fork.x + run * 0.55f, end.y), end};
}

void marker(ImDrawList* draw, ImVec2 at, float scale, bool firm) {
    if (firm) {
        draw->AddCircleFilled(at, 11.0f * scale, theme::to_imu32(theme::kBackground));
        draw->AddCircleFilled(at, 8.0f * scale, theme::to_imu32(theme::kHighlight));
    } else {
        draw->AddCircle(at, 13.0f * scale, theme::to_imu32(theme::kText), 0, 2.5f * scale);
    }
}

} // namespace

void draw_road_fork(const Translations& tr, ImVec2 size, Road firm, std::optional<Road> cluster,
                    float scale) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float width = 20.0f * scale;
    const float label_room = size.x * 0.36f;
    const ImVec2 start(origin.x + 6.0f * scale, origin.y + size.y * kEnds[1]);
    const ImVec2 fork(origin.x + size.x * 0.22f, start.y);
    const ImU32 edge = theme::to_imu32(theme::kBackground);

    // The road in, then each branch: a dark edge under the coloured band, a dashed centre line.
    draw->AddLine(start, fork, edge, width + 4.0f * scale);
    draw->AddLine(start, fork, theme::to_imu32(theme::kTextMuted), width);
    for (std::size_t i = 0; i < kBranches.size(); ++i) {
        const Branch b = branch(fork, origin, size, i, label_room);
        draw->AddBezierCubic(b.p0, b.p1, b.p2, b.p3, edge, width + 4.0f * scale, 32);
    }
    for (std::size_t i = 0; i < kBranches.size(); ++i) {
        const Branch b = branch(fork, origin, size, i, label_room);
        const bool own = kBranches[i] == firm;
        const theme::Rgb colour = theme::road_colour(kBranches[i]);
        draw->AddBezierCubic(b.p0, b.p1, b.p2, b.p3, theme::to_imu32(colour, own ? 1.0f : 0.55f),
                             width, 32);
        for (int d = 1; d < 12; d += 2) {
            const ImVec2 a = bezier(b.p0, b.p1, b.p2, b.p3, static_cast<float>(d) / 12.0f);
            const ImVec2 z = bezier(b.p0, b.p1, b.p2, b.p3, static_cast<float>(d + 1) / 12.0f);
            draw->AddLine(a, z, theme::to_imu32(theme::kBackground, 0.55f), 2.0f * scale);
        }
    }
    for (std::size_t i = 0; i < kBranches.size(); ++i) {
        const Branch b = branch(fork, origin, size, i, label_room);
        if (cluster && kBranches[i] == *cluster) {
            marker(draw, bezier(b.p0, b.p1, b.p2, b.p3, 0.62f), scale, false);
        }
        if (kBranches[i] == firm) {
            marker(draw, bezier(b.p0, b.p1, b.p2, b.p3, 0.86f), scale, true);
        }
    }
    ImGui::Dummy(size);
    const ImVec2 after = ImGui::GetCursorScreenPos();
    // Each branch's name at its end, in bold on the firm's road.
    for (std::size_t i = 0; i < kBranches.size(); ++i) {
        const Branch b = branch(fork, origin, size, i, label_room);
        const ImVec2 at(b.p3.x + 12.0f * scale, b.p3.y - ImGui::GetTextLineHeight() * 0.5f);
        concept_term_at(tr, glossary_key(kBranches[i]), at);
    }
    ImGui::SetCursorScreenPos(after);
}

} // namespace hr::client
