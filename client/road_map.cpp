#include "road_map.hpp"

#include "canvas.hpp"
#include "concept_names.hpp"
#include "figures.hpp"
#include "theme.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>

namespace hr::client {

namespace {

constexpr float kLabelSize = 13.0f;
constexpr float kTickSize = 12.0f;
const sf::Color kAsphalt(0x34, 0x3B, 0x4A);
const sf::Color kKerb(0x0B, 0x10, 0x19);

double relative(double base, double now) {
    return base > 0 ? now / base - 1.0 : 0.0;
}

std::vector<sf::Vector2f> bezier(sf::Vector2f p0, sf::Vector2f p1, sf::Vector2f p2, sf::Vector2f p3,
                                 int steps) {
    std::vector<sf::Vector2f> out;
    for (int i = 0; i <= steps; ++i) {
        float t = static_cast<float>(i) / steps;
        float u = 1 - t;
        out.push_back(p0 * (u * u * u) + p1 * (3 * u * u * t) + p2 * (3 * u * t * t) +
                      p3 * (t * t * t));
    }
    return out;
}

sf::Vector2f normal_at(const std::vector<sf::Vector2f>& line, std::size_t i) {
    std::size_t a = i == 0 ? 0 : i - 1;
    std::size_t b = i + 1 < line.size() ? i + 1 : i;
    sf::Vector2f d = line[b] - line[a];
    float length = std::sqrt(d.x * d.x + d.y * d.y);
    return length > 0 ? sf::Vector2f(-d.y / length, d.x / length) : sf::Vector2f(0, -1);
}

// A road of tapering width with kerbs and a dashed centre line, like the home screen's fork.
void road(Canvas& c, const std::vector<sf::Vector2f>& line, float w0, float w1, sf::Color surface,
          sf::Color dashes) {
    auto edge = [&](std::size_t i, float side, float inset) {
        float t = static_cast<float>(i) / static_cast<float>(line.size() - 1);
        float half = (w0 + (w1 - w0) * t) / 2;
        return line[i] + normal_at(line, i) * (side * (half - inset));
    };
    const float kerb = c.px(2.5f);
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        c.quad(edge(i, -1, 0), edge(i + 1, -1, 0), edge(i + 1, 1, 0), edge(i, 1, 0), kKerb, kKerb,
               kKerb, kKerb);
        c.quad(edge(i, -1, kerb), edge(i + 1, -1, kerb), edge(i + 1, 1, kerb), edge(i, 1, kerb),
               surface, surface, surface, surface);
    }
    c.dashed_polyline(line, c.px(2), c.px(12), c.px(10), dashes);
}

double nice_step(double span, int wanted) {
    double raw = span / std::max(1, wanted);
    double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * power >= raw) {
            return m * power;
        }
    }
    return 10 * power;
}

const RoadPath* find_path(const RoadMapData& data, std::optional<FirmId> firm) {
    if (!firm) {
        return &data.cluster;
    }
    for (const auto& p : data.firms) {
        if (p.firm == firm) {
            return &p;
        }
    }
    return nullptr;
}

} // namespace

double income_index(double base_wage, double base_unit_value, double wage, double unit_value) {
    if (base_unit_value <= 0) {
        return 100.0 * relative(base_wage, wage);
    }
    return 100.0 * (relative(base_wage, wage) + relative(base_unit_value, unit_value)) / 2.0;
}

RoadMapData road_map_data(const proto::GameOver& game_over, std::optional<FirmId> own_firm,
                          const std::vector<proto::PublicFirm>& firms) {
    RoadMapData data;
    data.total_rounds = game_over.rounds_played;
    for (const auto& score : game_over.scores) {
        RoadPath path;
        path.firm = score.firm;
        path.name = score.name;
        path.own = own_firm && *own_firm == score.firm;
        path.bot = score.seat == proto::SeatKind::Bot;
        path.final_road = score.road;
        for (const auto& f : firms) {
            if (f.firm == score.firm) {
                path.bankrupt = f.bankrupt;
                path.bot = path.bot || f.source == proto::DecisionSource::Bot;
            }
        }
        if (!score.history.empty()) {
            const FirmRecord& base = score.history.front();
            for (const auto& r : score.history) {
                // A bankrupt firm's path stops where it stopped producing.
                if (path.bankrupt && r.round > base.round && r.volume <= 0 && r.employment <= 0) {
                    break;
                }
                path.index.push_back(
                    {r.round, income_index(base.wage, base.unit_value, r.wage, r.unit_value)});
                path.roads.push_back(r.road);
            }
        }
        data.firms.push_back(std::move(path));
    }
    if (!game_over.cluster_history.empty()) {
        const ClusterRecord& base = game_over.cluster_history.front();
        for (const auto& r : game_over.cluster_history) {
            data.cluster.index.push_back(
                {r.round, income_index(base.avg_wage, base.unit_value, r.avg_wage, r.unit_value)});
            data.cluster.roads.push_back(r.road);
        }
        data.cluster.final_road = game_over.cluster_history.back().road;
    }
    for (const auto& p : data.firms) {
        for (const auto& pt : p.index) {
            data.total_rounds = std::max(data.total_rounds, pt.round);
        }
    }
    return data;
}

void RoadMap::draw(sf::RenderTarget& target, const RoadMapData& data, sf::FloatRect area,
                   float scale, const Translations& tr, const std::optional<RoadMapHit>& hovered) {
    marks_.clear();
    Canvas c(target, scale);
    const Language lang = tr.language();
    const float pad = c.px(8);

    // The legend along the bottom.
    std::vector<LegendItem> legend;
    for (Road r : {Road::HighRoad, Road::Stagnation, Road::LowRoad, Road::Downgrading}) {
        legend.push_back({[r](Canvas& cv, sf::FloatRect box) {
                              float mid = box.top + box.height / 2;
                              cv.line({box.left, mid}, {box.left + box.width, mid}, cv.px(3),
                                      theme::to_sf(theme::road_colour(r)));
                          },
                          concept_name(tr, r)});
    }
    legend.push_back({[](Canvas& cv, sf::FloatRect box) {
                          float mid = box.top + box.height / 2;
                          cv.line({box.left, mid}, {box.left + box.width, mid}, cv.px(7),
                                  sf::Color(0, 0, 0, 160));
                          cv.line({box.left, mid}, {box.left + box.width, mid}, cv.px(4.5f),
                                  theme::to_sf(theme::kText));
                      },
                      tr.text("roadmap.legend.cluster")});
    const bool has_own =
        std::any_of(data.firms.begin(), data.firms.end(), [](const RoadPath& p) { return p.own; });
    if (has_own) {
        legend.push_back({[](Canvas& cv, sf::FloatRect box) {
                              float mid = box.top + box.height / 2;
                              cv.line({box.left, mid}, {box.left + box.width, mid}, cv.px(8),
                                      theme::to_sf(theme::kHighlight, 120));
                              cv.line({box.left, mid}, {box.left + box.width, mid}, cv.px(3),
                                      theme::to_sf(theme::kRoads.high_road));
                          },
                          tr.text("roadmap.legend.own")});
    }
    legend.push_back({[](Canvas& cv, sf::FloatRect box) {
                          sf::Vector2f m(box.left + box.width / 2, box.top + box.height / 2);
                          float d = box.height * 0.4f;
                          sf::Color ink = theme::to_sf(theme::kDanger);
                          cv.line(m - sf::Vector2f(d, d), m + sf::Vector2f(d, d), cv.px(2.5f), ink);
                          cv.line(m + sf::Vector2f(-d, d), m + sf::Vector2f(d, -d), cv.px(2.5f),
                                  ink);
                      },
                      tr.text("roadmap.legend.bankrupt")});
    const float legend_h = draw_legend(c, legend, {0, 0}, area.width - 2 * pad, 12.5f, false).y;

    const float label_w = c.px(215);
    const sf::FloatRect plot(area.left + pad + c.px(52), area.top + pad + c.px(24),
                             area.width - 2 * pad - c.px(52) - label_w,
                             area.height - 2 * pad - c.px(24) - c.px(30) - legend_h - c.px(8));
    plot_ = plot;
    if (plot.width <= 0 || plot.height <= 0) {
        return;
    }

    // A symmetric range, so that the fork sits in the middle: up is high, down is low.
    double extent = 10;
    auto all_paths = data.firms;
    all_paths.push_back(data.cluster);
    for (const auto& p : all_paths) {
        for (const auto& pt : p.index) {
            extent = std::max(extent, std::fabs(pt.value));
        }
    }
    const double step = nice_step(extent * 2.2, 6);
    high_ = std::ceil(extent * 1.1 / step) * step;
    low_ = -high_;
    const int rounds = std::max(1, data.total_rounds);
    // Round 1 sits a little in from the left: the trunk of the road comes in there.
    const float start_x = plot.left + std::min(c.px(70), plot.width * 0.12f);
    auto x_of = [&](int round) {
        return rounds > 1 ? start_x + (plot.left + plot.width - start_x) *
                                          static_cast<float>(round - 1) / (rounds - 1)
                          : start_x;
    };
    auto at = [&](const ChartPoint& pt) { return sf::Vector2f(x_of(pt.round), y_of(pt.value)); };

    // Ground: high-road country above the line, low-road country below it.
    const float zero = y_of(0);
    c.quad({plot.left, plot.top}, {plot.left + plot.width, plot.top},
           {plot.left + plot.width, zero}, {plot.left, zero},
           theme::to_sf(theme::kRoads.high_road, 34), theme::to_sf(theme::kRoads.high_road, 34),
           theme::to_sf(theme::kRoads.high_road, 6), theme::to_sf(theme::kRoads.high_road, 6));
    c.quad({plot.left, zero}, {plot.left + plot.width, zero},
           {plot.left + plot.width, plot.top + plot.height}, {plot.left, plot.top + plot.height},
           theme::to_sf(theme::kRoads.low_road, 8), theme::to_sf(theme::kRoads.low_road, 8),
           theme::to_sf(theme::kRoads.low_road, 44), theme::to_sf(theme::kRoads.low_road, 44));

    // The grid, value ticks and round ticks.
    for (double v = low_; v <= high_ + step / 2; v += step) {
        float y = y_of(v);
        bool is_zero = std::fabs(v) < step * 1e-6;
        c.line({plot.left, y}, {plot.left + plot.width, y}, c.px(is_zero ? 1.5f : 1),
               theme::to_sf(theme::kBorder, is_zero ? 220 : 90));
        std::string label = is_zero ? "0 %" : signed_fixed(v, step < 1 ? 1 : 0, lang) + " %";
        c.text(label, {plot.left - c.px(8), y},
               {kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Right,
                VAlign::Middle});
    }
    for (int r = 1; r <= rounds; ++r) {
        float x = x_of(r);
        c.line({x, plot.top}, {x, plot.top + plot.height}, c.px(1),
               theme::to_sf(theme::kBorder, 50));
        c.text(std::to_string(r), {x, plot.top + plot.height + c.px(8)},
               {kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Centre,
                VAlign::Top});
    }
    c.text(
        tr.text("roadmap.axis_rounds"), {plot.left + c.px(6), plot.top + plot.height + c.px(8)},
        {kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Left, VAlign::Top});
    c.text(
        tr.text("roadmap.axis_index"), {plot.left - c.px(50), area.top + pad},
        {kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Left, VAlign::Top});

    // The fork, drawn like a road: the trunk comes in on the level and splits at round 1.
    {
        const float w = c.px(30);
        sf::Vector2f fork(start_x, zero);
        sf::Vector2f trunk_start(plot.left, zero);
        sf::Vector2f high_end(plot.left + plot.width, y_of(high_ * 0.72));
        sf::Vector2f low_end(plot.left + plot.width, y_of(low_ * 0.72));
        float reach = (plot.left + plot.width - start_x) * 0.45f;
        auto high_line = bezier(fork, fork + sf::Vector2f(reach, 0),
                                high_end - sf::Vector2f(reach * 0.8f, 0), high_end, 60);
        auto low_line = bezier(fork, fork + sf::Vector2f(reach, 0),
                               low_end - sf::Vector2f(reach * 0.8f, 0), low_end, 60);
        sf::Color high_surface = mix(kAsphalt, theme::to_sf(theme::kRoads.high_road), 0.22f);
        sf::Color low_surface = mix(kAsphalt, theme::to_sf(theme::kRoads.low_road), 0.22f);
        road(c, low_line, w, w * 0.55f, low_surface, theme::to_sf(theme::kRoads.low_road, 120));
        road(c, high_line, w, w * 0.55f, high_surface, theme::to_sf(theme::kRoads.high_road, 120));
        road(c, {trunk_start, fork}, w * 1.1f, w, kAsphalt, theme::to_sf(theme::kText, 110));
        c.text(tr.text("roadmap.high_road_sign"),
               {plot.left + plot.width - c.px(10), plot.top + c.px(10)},
               {22, theme::to_sf(theme::kRoads.high_road, 150), FontFace::Bold, HAlign::Right,
                VAlign::Top});
        c.text(tr.text("roadmap.low_road_sign"),
               {plot.left + plot.width - c.px(10), plot.top + plot.height - c.px(10)},
               {22, mix(theme::to_sf(theme::kRoads.low_road, 170), sf::Color::White, 0.2f),
                FontFace::Bold, HAlign::Right, VAlign::Bottom});
    }

    const bool any_hover = hovered.has_value();
    auto is_hovered = [&](const RoadPath& p) { return hovered && hovered->firm == p.firm; };

    // Every firm's path, each leg in the colour of the road the firm was on that round.
    auto draw_path = [&](const RoadPath& p) {
        if (p.index.empty()) {
            return;
        }
        std::vector<sf::Vector2f> pts;
        for (const auto& pt : p.index) {
            pts.push_back(at(pt));
        }
        const bool lit = is_hovered(p);
        const std::uint8_t alpha = any_hover && !lit ? 70 : 235;
        const float width = c.px(lit ? 4.0f : (p.own ? 3.5f : 2.5f));
        if (p.own) {
            c.polyline(pts, c.px(10),
                       theme::to_sf(theme::kHighlight, any_hover && !lit ? 40 : 110));
        }
        for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
            sf::Color colour = theme::to_sf(theme::road_colour(p.roads[i + 1]), alpha);
            c.line(pts[i], pts[i + 1], width, colour);
            c.disc(pts[i + 1], width / 2, colour);
        }
        for (std::size_t i = 0; i < pts.size(); ++i) {
            c.disc(pts[i], c.px(lit ? 4.5f : 3),
                   theme::to_sf(theme::road_colour(p.roads[i]), alpha));
            marks_.push_back({pts[i], {p.firm, p.index[i].round}});
        }
        if (p.bankrupt) {
            sf::Vector2f m = pts.back();
            float d = c.px(6);
            sf::Color ink = theme::to_sf(theme::kDanger, alpha);
            c.line(m - sf::Vector2f(d, d), m + sf::Vector2f(d, d), c.px(3), ink);
            c.line(m + sf::Vector2f(-d, d), m + sf::Vector2f(d, -d), c.px(3), ink);
        }
    };
    for (const auto& p : data.firms) {
        if (!p.own && !is_hovered(p)) {
            draw_path(p);
        }
    }
    for (const auto& p : data.firms) {
        if (p.own && !is_hovered(p)) {
            draw_path(p);
        }
    }

    // The cluster on top, bold.
    if (!data.cluster.index.empty()) {
        std::vector<sf::Vector2f> pts;
        for (const auto& pt : data.cluster.index) {
            pts.push_back(at(pt));
        }
        const bool lit = hovered && !hovered->firm;
        const std::uint8_t alpha = any_hover && !lit ? 110 : 255;
        c.polyline(pts, c.px(10), sf::Color(0, 0, 0, any_hover && !lit ? 60 : 150));
        c.polyline(pts, c.px(6), theme::to_sf(theme::kText, alpha));
        for (std::size_t i = 0; i < pts.size(); ++i) {
            c.disc(pts[i], c.px(5), theme::to_sf(theme::kText, alpha));
            c.disc(pts[i], c.px(2.5f), theme::to_sf(theme::road_colour(data.cluster.roads[i])));
            marks_.push_back({pts[i], {std::nullopt, data.cluster.index[i].round}});
        }
    }
    for (const auto& p : data.firms) {
        if (is_hovered(p)) {
            draw_path(p);
        }
    }

    // Names at the end of each path, nudged apart so that none overlaps.
    struct Label {
        float want = 0;
        float y = 0;
        sf::Vector2f end;
        std::string text;
        sf::Color colour;
        FontFace face = FontFace::Regular;
    };
    std::vector<Label> labels;
    auto add_label = [&](const RoadPath& p, std::string text, sf::Color colour, FontFace face) {
        if (p.index.empty()) {
            return;
        }
        sf::Vector2f end = at(p.index.back());
        labels.push_back(
            {end.y, end.y, end, c.fit(text, kLabelSize, face, label_w - c.px(22)), colour, face});
    };
    for (const auto& p : data.firms) {
        sf::Color colour = p.own ? theme::to_sf(theme::kHighlight)
                                 : theme::to_sf(theme::road_colour(p.final_road));
        if (p.bankrupt) {
            colour = theme::to_sf(theme::kTextMuted);
        }
        if (any_hover && !is_hovered(p)) {
            colour = with_alpha(colour, 110);
        }
        add_label(p, p.name, colour, p.own ? FontFace::Bold : FontFace::Regular);
    }
    add_label(data.cluster, tr.text("roadmap.legend.cluster"), theme::to_sf(theme::kText),
              FontFace::Bold);
    std::sort(labels.begin(), labels.end(),
              [](const Label& a, const Label& b) { return a.want < b.want; });
    const float spacing = c.px(kLabelSize + 4);
    for (std::size_t i = 1; i < labels.size(); ++i) {
        labels[i].y = std::max(labels[i].y, labels[i - 1].y + spacing);
    }
    // Pull the whole stack back up if it ran off the bottom.
    const float bottom = plot.top + plot.height;
    if (!labels.empty() && labels.back().y > bottom) {
        float shift = labels.back().y - bottom;
        for (auto& l : labels) {
            l.y -= shift;
        }
        for (std::size_t i = labels.size() - 1; i > 0; --i) {
            labels[i - 1].y = std::min(labels[i - 1].y, labels[i].y - spacing);
        }
    }
    const float text_x = plot.left + plot.width + c.px(20);
    for (const auto& l : labels) {
        // A leader from the path's end to its name.
        c.line(l.end, {text_x - c.px(4), l.y}, c.px(1), with_alpha(l.colour, 120));
        c.text(l.text, {text_x, l.y}, {kLabelSize, l.colour, l.face, HAlign::Left, VAlign::Middle});
    }

    draw_legend(c, legend, {area.left + pad, area.top + area.height - pad - legend_h},
                area.width - 2 * pad, 12.5f);
}

float RoadMap::y_of(double index) const {
    double u = (index - low_) / (high_ - low_);
    return plot_.top + static_cast<float>(1 - u) * plot_.height;
}

std::optional<RoadMapHit> RoadMap::hit_test(sf::Vector2f point) const {
    const Mark* best = nullptr;
    float best_d = 12.0f * 12.0f;
    for (const auto& m : marks_) {
        sf::Vector2f d = m.at - point;
        float d2 = d.x * d.x + d.y * d.y;
        if (d2 <= best_d) {
            best_d = d2;
            best = &m;
        }
    }
    return best != nullptr ? std::optional(best->hit) : std::nullopt;
}

std::optional<sf::Vector2f> RoadMap::point_of(std::optional<FirmId> firm, int round) const {
    for (const auto& m : marks_) {
        if (m.hit.firm == firm && m.hit.round == round) {
            return m.at;
        }
    }
    return std::nullopt;
}

void road_map_tooltip(const Translations& tr, const RoadMapData& data, const RoadMapHit& hit) {
    const RoadPath* p = find_path(data, hit.firm);
    if (p == nullptr) {
        return;
    }
    const Language lang = tr.language();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22);
    ImGui::TextUnformatted(p->firm ? p->name.c_str() : tr("roadmap.legend.cluster"));
    ImGui::TextDisabled(
        "%s", tr.format("charts.tip.round", {{"round", std::to_string(hit.round)}}).c_str());
    for (std::size_t i = 0; i < p->index.size(); ++i) {
        if (p->index[i].round != hit.round) {
            continue;
        }
        ImGui::TextUnformatted(
            tr.format("roadmap.tip.index", {{"value", signed_fixed(p->index[i].value, 1, lang)}})
                .c_str());
        ImGui::TextColored(theme::to_imvec4(theme::road_colour(p->roads[i])), "%s",
                           concept_name(tr, p->roads[i]).c_str());
    }
    if (p->bankrupt) {
        ImGui::TextColored(theme::to_imvec4(theme::kDanger), "%s", tr("map.tip.bankrupt"));
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace hr::client
