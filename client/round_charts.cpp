#include "round_charts.hpp"

#include "canvas.hpp"
#include "concept_names.hpp"
#include "figures.hpp"
#include "theme.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>
#include <limits>

namespace hr::client {

namespace {

constexpr float kTitleSize = 15.0f;
constexpr float kTickSize = 12.0f;
constexpr std::array<std::string_view, kChartMetrics> kTitleKeys{"charts.wage", "charts.unit_value",
                                                                 "charts.exports", "charts.profit"};

const sf::Color kOwnColour = theme::to_sf(theme::kHighlight);
const sf::Color kClusterColour = theme::to_sf(theme::kText, 200);

bool has_zones(ChartMetric m) {
    return m == ChartMetric::Wage || m == ChartMetric::UnitValue;
}

int decimals_for(ChartMetric m) {
    switch (m) {
    case ChartMetric::Wage:
        return 2;
    case ChartMetric::UnitValue:
        return 1;
    case ChartMetric::Exports:
    case ChartMetric::Profit:
        return 0;
    }
    return 1;
}

// A tick step of 1, 2, 2.5 or 5 times a power of ten giving about `wanted` intervals.
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

int step_decimals(double step) {
    int d = 0;
    while (d < 4 &&
           std::fabs(step * std::pow(10.0, d) - std::round(step * std::pow(10.0, d))) > 1e-6) {
        ++d;
    }
    return d;
}

void add_point(std::vector<ChartPoint>& series, int round, double value) {
    if (std::isfinite(value)) {
        series.push_back({round, value});
    }
}

std::vector<Road> strip_roads(const RoundChartsData& data) {
    return data.own_roads.empty() ? data.cluster_roads : data.own_roads;
}

} // namespace

RoundChartsData round_charts_data(const std::vector<FirmRecord>& own, std::string own_name,
                                  const std::vector<ClusterRecord>& cluster,
                                  const std::vector<std::vector<FirmRecord>>& all_firms,
                                  int total_rounds) {
    RoundChartsData data;
    data.total_rounds = total_rounds;
    data.own_name = std::move(own_name);
    auto& wage = data.series[static_cast<std::size_t>(ChartMetric::Wage)];
    auto& value = data.series[static_cast<std::size_t>(ChartMetric::UnitValue)];
    auto& exports = data.series[static_cast<std::size_t>(ChartMetric::Exports)];
    auto& profit = data.series[static_cast<std::size_t>(ChartMetric::Profit)];
    for (const auto& r : own) {
        add_point(wage.own, r.round, r.wage);
        add_point(value.own, r.round, r.unit_value);
        add_point(exports.own, r.round, r.exports);
        add_point(profit.own, r.round, to_k(r.profit));
        data.own_roads.push_back(r.road);
    }
    for (const auto& c : cluster) {
        add_point(wage.cluster, c.round, c.avg_wage);
        add_point(value.cluster, c.round, c.unit_value);
        if (c.active_firms > 0) {
            add_point(exports.cluster, c.round, c.exports / c.active_firms);
        }
        data.cluster_roads.push_back(c.road);
    }
    if (!cluster.empty()) {
        wage.baseline = cluster.front().avg_wage;
        value.baseline = cluster.front().unit_value;
    }
    // The average profit of the firms still producing in each round.
    for (int round = 1; !all_firms.empty(); ++round) {
        double sum = 0;
        int n = 0;
        bool any_record = false;
        for (const auto& history : all_firms) {
            for (const auto& r : history) {
                if (r.round != round) {
                    continue;
                }
                any_record = true;
                if (r.volume > 0 || r.employment > 0) {
                    sum += to_k(r.profit);
                    ++n;
                }
            }
        }
        if (!any_record) {
            break;
        }
        if (n > 0) {
            add_point(profit.cluster, round, sum / n);
        }
    }
    return data;
}

void RoundCharts::draw(sf::RenderTarget& target, const RoundChartsData& data, sf::FloatRect area,
                       float scale, const Translations& tr, const std::vector<ChartMetric>& metrics,
                       const std::optional<ChartHit>& hovered) {
    plots_.clear();
    Canvas c(target, scale);
    const Language lang = tr.language();
    const bool has_own = !data[ChartMetric::Wage].own.empty();

    // The legend once, above the charts.
    std::vector<LegendItem> legend;
    auto line_swatch = [](sf::Color colour, float width) {
        return [colour, width](Canvas& cv, sf::FloatRect r) {
            float mid = r.top + r.height / 2;
            cv.line({r.left, mid}, {r.left + r.width, mid}, cv.px(width), colour);
            cv.disc({r.left + r.width / 2, mid}, cv.px(width + 1), colour);
        };
    };
    if (has_own) {
        legend.push_back({line_swatch(kOwnColour, 3), tr.text("charts.legend.own")});
    }
    legend.push_back({line_swatch(kClusterColour, 2), tr.text("charts.legend.cluster")});
    for (Road road : {Road::HighRoad, Road::LowRoad}) {
        legend.push_back({[road](Canvas& cv, sf::FloatRect r) {
                              cv.rounded_rect(r, cv.px(2),
                                              theme::to_sf(theme::road_colour(road), 70));
                          },
                          tr.text(road == Road::HighRoad ? "charts.legend.high_zone"
                                                         : "charts.legend.low_zone")});
    }
    legend.push_back({[](Canvas& cv, sf::FloatRect r) {
                          float w = r.width / 3;
                          Road roads[] = {Road::Stagnation, Road::HighRoad, Road::LowRoad};
                          for (int i = 0; i < 3; ++i) {
                              cv.rect(
                                  {r.left + w * i, r.top + r.height / 2 - cv.px(3), w, cv.px(6)},
                                  theme::to_sf(theme::road_colour(roads[i])));
                          }
                      },
                      tr.text(has_own ? "charts.legend.own_road" : "charts.legend.cluster_road")});
    const float pad = c.px(4);
    sf::Vector2f legend_size =
        draw_legend(c, legend, {area.left + pad, area.top + pad}, area.width - 2 * pad, 12.5f);
    const float grid_top = area.top + pad + legend_size.y + c.px(8);

    if (metrics.empty()) {
        return;
    }
    const std::size_t columns = metrics.size() == 1 ? 1 : 2;
    const std::size_t rows = (metrics.size() + columns - 1) / columns;
    const float gap = c.px(12);
    const float cell_w = (area.width - 2 * pad - gap * static_cast<float>(columns - 1)) /
                         static_cast<float>(columns);
    const float cell_h =
        (area.top + area.height - pad - grid_top - gap * static_cast<float>(rows - 1)) /
        static_cast<float>(rows);
    const std::vector<Road> roads = strip_roads(data);

    for (std::size_t index = 0; index < metrics.size(); ++index) {
        const ChartMetric metric = metrics[index];
        const MetricSeries& series = data[metric];
        const sf::FloatRect card(
            area.left + pad + static_cast<float>(index % columns) * (cell_w + gap),
            grid_top + static_cast<float>(index / columns) * (cell_h + gap), cell_w, cell_h);
        c.rounded_rect(card, c.px(10), theme::to_sf(theme::kPanelRaised));
        const float inner = c.px(12);
        const sf::FloatRect title =
            c.text(tr.text(kTitleKeys[static_cast<std::size_t>(metric)]),
                   {card.left + inner, card.top + inner},
                   {kTitleSize, theme::to_sf(theme::kText), FontFace::Bold});
        if (metric == ChartMetric::Profit && series.cluster.empty() && !series.own.empty()) {
            // Why there is no cluster line: other firms' profits are private during the game.
            const float room =
                card.left + card.width - inner - (title.left + title.width + c.px(12));
            c.text(c.fit(tr.text("charts.profit_private"), kTickSize, FontFace::Regular, room),
                   {card.left + card.width - inner, title.top + title.height},
                   {kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Right,
                    VAlign::Bottom});
        }

        // The value range: every point, the zones' edges, zero for profit.
        double low = std::numeric_limits<double>::infinity();
        double high = -low;
        auto include = [&](double v) {
            low = std::min(low, v);
            high = std::max(high, v);
        };
        for (const auto& p : series.own) {
            include(p.value);
        }
        for (const auto& p : series.cluster) {
            include(p.value);
        }
        if (series.baseline && has_zones(metric)) {
            include(*series.baseline * (1 - 3 * kRoadZoneMargin));
            include(*series.baseline * (1 + 3 * kRoadZoneMargin));
        }
        if (metric == ChartMetric::Profit && std::isfinite(low)) {
            include(0);
        }
        const int first_round = 1;
        int last_round = std::max(1, data.total_rounds);
        for (const auto* s : {&series.own, &series.cluster}) {
            for (const auto& p : *s) {
                last_round = std::max(last_round, p.round);
            }
        }

        const sf::FloatRect plot(card.left + inner + c.px(46), card.top + inner + c.px(28),
                                 card.width - 2 * inner - c.px(46) - c.px(6),
                                 card.height - 2 * inner - c.px(28) - c.px(34));
        if (!std::isfinite(low) || plot.width <= 0 || plot.height <= 0) {
            c.text(tr.text("charts.empty"),
                   {card.left + card.width / 2, card.top + card.height / 2},
                   {12, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Centre,
                    VAlign::Middle});
            continue;
        }
        if (high - low < 1e-9) {
            double bump = std::max(std::fabs(high) * 0.1, 1.0);
            low -= bump;
            high += bump;
        }
        const double step = nice_step(high - low, 4);
        low = std::floor(low / step) * step;
        high = std::ceil(high / step) * step;
        Plot p{metric, plot, first_round, last_round, low, high};
        plots_.push_back(p);
        auto px_of = [&](int round, double v) {
            float t = last_round > first_round
                          ? static_cast<float>(round - first_round) / (last_round - first_round)
                          : 0.5f;
            float u = static_cast<float>((v - low) / (high - low));
            return sf::Vector2f(plot.left + t * plot.width, plot.top + (1 - u) * plot.height);
        };

        // Zones, behind the grid.
        if (series.baseline && has_zones(metric)) {
            float high_edge = px_of(first_round, *series.baseline * (1 + kRoadZoneMargin)).y;
            float low_edge = px_of(first_round, *series.baseline * (1 - kRoadZoneMargin)).y;
            high_edge = std::clamp(high_edge, plot.top, plot.top + plot.height);
            low_edge = std::clamp(low_edge, plot.top, plot.top + plot.height);
            c.rect({plot.left, plot.top, plot.width, high_edge - plot.top},
                   theme::to_sf(theme::kRoads.high_road, 30));
            c.rect({plot.left, low_edge, plot.width, plot.top + plot.height - low_edge},
                   theme::to_sf(theme::kRoads.low_road, 38));
            float base_y = px_of(first_round, *series.baseline).y;
            c.dashed_line({plot.left, base_y}, {plot.left + plot.width, base_y}, c.px(1), c.px(5),
                          c.px(4), theme::to_sf(theme::kTextMuted, 150));
            c.text(concept_name(tr, Road::HighRoad),
                   {plot.left + plot.width - c.px(6), plot.top + c.px(6)},
                   {kTickSize, theme::to_sf(theme::kRoads.high_road, 210), FontFace::Bold,
                    HAlign::Right, VAlign::Top});
            c.text(concept_name(tr, Road::LowRoad),
                   {plot.left + plot.width - c.px(6), plot.top + plot.height - c.px(6)},
                   {kTickSize, mix(theme::to_sf(theme::kRoads.low_road), sf::Color::White, 0.25f),
                    FontFace::Bold, HAlign::Right, VAlign::Bottom});
        }

        // Grid and value ticks.
        const int value_decimals = std::max(step_decimals(step), 0);
        for (double v = low; v <= high + step * 0.5; v += step) {
            float y = px_of(first_round, v).y;
            c.line({plot.left, y}, {plot.left + plot.width, y}, c.px(1),
                   theme::to_sf(theme::kBorder, std::fabs(v) < step * 1e-6 ? 255 : 110));
            c.text(fixed(v, value_decimals, lang), {plot.left - c.px(8), y},
                   {kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Right,
                    VAlign::Middle});
        }

        // Rounds along the bottom, with the road strip between the plot and the labels.
        const float spacing = last_round > first_round
                                  ? plot.width / static_cast<float>(last_round - first_round)
                                  : plot.width;
        const int label_every = spacing >= c.px(22) ? 1 : 2;
        const float strip_top = plot.top + plot.height + c.px(5);
        const float strip_h = c.px(6);
        for (int round = first_round; round <= last_round; ++round) {
            float x = px_of(round, low).x;
            auto ri = static_cast<std::size_t>(round - 1);
            if (ri < roads.size()) {
                float w = std::min(spacing, plot.width) - c.px(2);
                float cell_left = std::clamp(x - w / 2, plot.left, plot.left + plot.width - w / 2);
                float cell_right = std::clamp(x + w / 2, plot.left + w / 2, plot.left + plot.width);
                c.rounded_rect({cell_left, strip_top, cell_right - cell_left, strip_h}, c.px(2),
                               theme::to_sf(theme::road_colour(roads[ri])));
            }
            if ((round - first_round) % label_every == 0) {
                c.text(std::to_string(round), {x, strip_top + strip_h + c.px(6)},
                       {kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular,
                        HAlign::Centre, VAlign::Top});
            }
        }

        if (hovered && hovered->metric == metric) {
            float x = px_of(hovered->round, low).x;
            c.line({x, plot.top}, {x, plot.top + plot.height}, c.px(1.5f),
                   theme::to_sf(theme::kText, 90));
        }

        // The lines: the cluster under the own firm.
        auto draw_series = [&](const std::vector<ChartPoint>& points, sf::Color colour, float width,
                               float dot) {
            std::vector<sf::Vector2f> line;
            for (const auto& pt : points) {
                line.push_back(px_of(pt.round, pt.value));
            }
            c.polyline(line, c.px(width), colour);
            for (std::size_t i = 0; i < points.size(); ++i) {
                bool lit =
                    hovered && hovered->metric == metric && hovered->round == points[i].round;
                float r = c.px(lit ? dot + 2 : dot);
                c.disc(line[i], r + c.px(1.5f), theme::to_sf(theme::kPanelRaised));
                c.disc(line[i], r, colour);
            }
        };
        draw_series(series.cluster, kClusterColour, 2, 3);
        draw_series(series.own, kOwnColour, 3, 4);
    }
}

std::optional<ChartHit> RoundCharts::hit_test(sf::Vector2f point) const {
    for (const auto& p : plots_) {
        float slack = 12;
        sf::FloatRect reach(p.area.left - slack, p.area.top - slack, p.area.width + 2 * slack,
                            p.area.height + 2 * slack);
        if (!reach.contains(point)) {
            continue;
        }
        if (p.last_round <= p.first_round) {
            return ChartHit{p.metric, p.first_round};
        }
        float t = (point.x - p.area.left) / p.area.width;
        int round =
            p.first_round +
            static_cast<int>(std::lround(t * static_cast<float>(p.last_round - p.first_round)));
        return ChartHit{p.metric, std::clamp(round, p.first_round, p.last_round)};
    }
    return std::nullopt;
}

std::optional<sf::FloatRect> RoundCharts::plot_area(ChartMetric metric) const {
    for (const auto& p : plots_) {
        if (p.metric == metric) {
            return p.area;
        }
    }
    return std::nullopt;
}

std::optional<sf::Vector2f> RoundCharts::point_at(ChartMetric metric, int round,
                                                  double value) const {
    for (const auto& p : plots_) {
        if (p.metric != metric) {
            continue;
        }
        float t = p.last_round > p.first_round
                      ? static_cast<float>(round - p.first_round) / (p.last_round - p.first_round)
                      : 0.5f;
        float u = static_cast<float>((value - p.low) / (p.high - p.low));
        return sf::Vector2f(p.area.left + t * p.area.width, p.area.top + (1 - u) * p.area.height);
    }
    return std::nullopt;
}

void round_charts_tooltip(const Translations& tr, const RoundChartsData& data,
                          const ChartHit& hit) {
    const Language lang = tr.language();
    const MetricSeries& series = data[hit.metric];
    const int decimals = decimals_for(hit.metric);
    auto value_at = [&](const std::vector<ChartPoint>& points) -> std::optional<double> {
        for (const auto& p : points) {
            if (p.round == hit.round) {
                return p.value;
            }
        }
        return std::nullopt;
    };
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 22);
    ImGui::TextUnformatted(
        tr.format("charts.tip.round", {{"round", std::to_string(hit.round)}}).c_str());
    ImGui::TextDisabled("%s", tr(kTitleKeys[static_cast<std::size_t>(hit.metric)]));
    if (auto own = value_at(series.own)) {
        ImGui::TextColored(
            theme::to_imvec4(theme::kHighlight), "%s",
            tr.format("charts.tip.own", {{"value", fixed(*own, decimals, lang)}}).c_str());
    }
    if (auto cluster = value_at(series.cluster)) {
        ImGui::TextUnformatted(
            tr.format("charts.tip.cluster", {{"value", fixed(*cluster, decimals, lang)}}).c_str());
    }
    if (series.baseline && has_zones(hit.metric)) {
        ImGui::TextDisabled("%s", tr.format("charts.tip.baseline",
                                            {{"value", fixed(*series.baseline, decimals, lang)}})
                                      .c_str());
    }
    auto ri = static_cast<std::size_t>(hit.round - 1);
    if (ri < data.own_roads.size()) {
        ImGui::TextUnformatted(
            tr.format("charts.tip.own_road", {{"road", concept_name(tr, data.own_roads[ri])}})
                .c_str());
    }
    if (ri < data.cluster_roads.size()) {
        ImGui::TextUnformatted(tr.format("charts.tip.cluster_road",
                                         {{"road", concept_name(tr, data.cluster_roads[ri])}})
                                   .c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace hr::client
