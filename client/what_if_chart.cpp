#include "what_if_chart.hpp"

#include "canvas.hpp"
#include "concept_names.hpp"
#include "figures.hpp"
#include "theme.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>

namespace hr::client {

namespace {

constexpr float kTitleSize = 13.5f;
constexpr float kTickSize = 11.5f;
constexpr float kNameSize = 12.5f;

const sf::Color kOriginalColour = theme::to_sf(theme::kText, 210);
const sf::Color kReplayColour = theme::to_sf(theme::kAccentActive);
const sf::Color kMarkerColour = theme::to_sf(theme::kHighlight, 200);
const sf::Color kOutColour = theme::to_sf(theme::kPanelRaised);

// A firm is out of the market in a round when it was bankrupt after it.
sf::Color cell_colour(Road road, bool out) {
    return out ? kOutColour : theme::to_sf(theme::road_colour(road));
}

std::vector<sf::Vector2f> points_of(const std::vector<double>& values, sf::FloatRect plot,
                                    int rounds, double low, double high) {
    std::vector<sf::Vector2f> points;
    const float step = plot.width / static_cast<float>(std::max(1, rounds - 1));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double t = high > low ? (values[i] - low) / (high - low) : 0.5;
        points.push_back({plot.left + step * static_cast<float>(i),
                          plot.top + plot.height * static_cast<float>(1.0 - t)});
    }
    return points;
}

} // namespace

std::string_view measure_key(WhatIfMeasure m) {
    switch (m) {
    case WhatIfMeasure::AverageWage:
        return "whatif.measure.average_wage";
    case WhatIfMeasure::UnitValue:
        return "whatif.measure.unit_value";
    case WhatIfMeasure::Exports:
        return "whatif.measure.exports";
    case WhatIfMeasure::Employment:
        return "whatif.measure.employment";
    case WhatIfMeasure::Capability:
        return "whatif.measure.capability";
    case WhatIfMeasure::ValueAddedPerWorker:
        return "whatif.measure.value_added";
    case WhatIfMeasure::ClusterShareOfPrice:
        return "whatif.measure.cluster_share";
    case WhatIfMeasure::ActiveFirms:
        return "whatif.measure.active_firms";
    }
    return "whatif.measure.average_wage";
}

std::string format_measure(WhatIfMeasure m, double value, Language lang) {
    switch (m) {
    case WhatIfMeasure::AverageWage:
        return fixed(value, 2, lang);
    case WhatIfMeasure::UnitValue:
    case WhatIfMeasure::ValueAddedPerWorker:
        return fixed(value, 1, lang);
    case WhatIfMeasure::Exports:
    case WhatIfMeasure::Employment:
    case WhatIfMeasure::ActiveFirms:
        return fixed(value, 0, lang);
    case WhatIfMeasure::Capability:
        return fixed(value * 100, 0, lang); // points: hundredths of the world frontier
    case WhatIfMeasure::ClusterShareOfPrice:
        return percent(value, 0, lang);
    }
    return fixed(value, 2, lang);
}

WhatIfChartData what_if_chart_data(const WhatIfPlan& plan, const WhatIfPath& original,
                                   const WhatIfPath& replay, const std::vector<std::string>& names,
                                   std::optional<FirmId> own) {
    WhatIfChartData data;
    data.from_round = plan.from_round;
    data.rounds = static_cast<int>(std::min(original.rounds.size(), replay.rounds.size()));
    const auto rounds = static_cast<std::size_t>(data.rounds);
    for (std::size_t m = 0; m < kWhatIfChartMeasures.size(); ++m) {
        for (std::size_t r = 0; r < rounds; ++r) {
            data.original[m].push_back(
                measure(original.rounds[r].cluster, kWhatIfChartMeasures[m]));
            data.replay[m].push_back(measure(replay.rounds[r].cluster, kWhatIfChartMeasures[m]));
        }
    }
    const std::size_t firms = rounds == 0 ? 0 : original.rounds.front().firms.size();
    for (std::size_t f = 0; f < firms; ++f) {
        WhatIfFirmRow row;
        row.name =
            f < names.size() && !names[f].empty() ? names[f] : "Firm " + std::to_string(f + 1);
        row.own = own == f;
        row.by_bot = std::any_of(plan.bots.begin(), plan.bots.end(),
                                 [&](const WhatIfBot& b) { return b.firm == f; });
        for (std::size_t r = 0; r < rounds; ++r) {
            const auto& a = original.rounds[r].firms;
            const auto& b = replay.rounds[r].firms;
            if (f < a.size() && f < b.size()) {
                row.original.push_back(a[f].record.road);
                row.replay.push_back(b[f].record.road);
                row.original_out.push_back(a[f].bankrupt);
                row.replay_out.push_back(b[f].bankrupt);
            }
        }
        data.firms.push_back(std::move(row));
    }
    return data;
}

void WhatIfChart::draw(sf::RenderTarget& target, const WhatIfChartData& data, sf::FloatRect area,
                       float scale, const Translations& tr,
                       const std::optional<WhatIfHit>& hovered) {
    plots_.clear();
    grid_ = {};
    rounds_ = data.rounds;
    firms_ = data.firms.size();
    if (data.rounds == 0) {
        return;
    }
    Canvas c(target, scale);
    const Language lang = tr.language();
    const float pad = c.px(6);

    std::vector<LegendItem> legend;
    const auto line_swatch = [](sf::Color colour, float width) {
        return [colour, width](Canvas& cv, sf::FloatRect r) {
            const float mid = r.top + r.height / 2;
            cv.line({r.left, mid}, {r.left + r.width, mid}, cv.px(width), colour);
        };
    };
    legend.push_back({line_swatch(kOriginalColour, 2), tr.text("whatif.legend.original")});
    legend.push_back({line_swatch(kReplayColour, 3), tr.text("whatif.legend.replay")});
    legend.push_back(
        {[](Canvas& cv, sf::FloatRect r) {
             const float mid = r.left + r.width / 2;
             cv.dashed_line({mid, r.top}, {mid, r.top + r.height}, cv.px(2), cv.px(3), cv.px(2),
                            kMarkerColour);
         },
         tr.format("whatif.legend.from", {{"round", std::to_string(data.from_round)}})});
    for (Road road : {Road::HighRoad, Road::Stagnation, Road::LowRoad, Road::Downgrading}) {
        legend.push_back({[road](Canvas& cv, sf::FloatRect r) {
                              cv.rounded_rect({r.left, r.top + r.height / 4, r.width, r.height / 2},
                                              cv.px(2), theme::to_sf(theme::road_colour(road)));
                          },
                          concept_name(tr, road)});
    }
    legend.push_back({[](Canvas& cv, sf::FloatRect r) {
                          cv.rounded_rect({r.left, r.top + r.height / 4, r.width, r.height / 2},
                                          cv.px(2), kOutColour);
                      },
                      tr.text("whatif.legend.bankrupt")});
    legend.push_back(
        {[](Canvas& cv, sf::FloatRect r) {
             cv.disc({r.left + r.width / 2, r.top + r.height / 2}, cv.px(4), kReplayColour);
         },
         tr.text("whatif.legend.bot")});
    const sf::Vector2f legend_size =
        draw_legend(c, legend, {area.left + pad, area.top + pad}, area.width - 2 * pad, 12.0f);

    // The charts take a little under half of what is left, the road grid the rest.
    const float top = area.top + pad + legend_size.y + c.px(10);
    const float bottom = area.top + area.height - pad;
    const float charts_h = std::max(c.px(90), (bottom - top) * 0.46f);
    const std::size_t count = kWhatIfChartMeasures.size();
    const std::size_t columns = area.width >= c.px(760) ? count : 2;
    const std::size_t chart_rows = (count + columns - 1) / columns;
    const float gap = c.px(14);
    const float cell_w = (area.width - 2 * pad - gap * static_cast<float>(columns - 1)) /
                         static_cast<float>(columns);
    const float cell_h =
        (charts_h - gap * static_cast<float>(chart_rows - 1)) / static_cast<float>(chart_rows);
    const float marker_t = data.rounds > 1 ? static_cast<float>(data.from_round - 1.5) /
                                                 static_cast<float>(data.rounds - 1)
                                           : 0.0f;
    for (std::size_t m = 0; m < count; ++m) {
        const WhatIfMeasure measure = kWhatIfChartMeasures[m];
        const sf::FloatRect cell{area.left + pad + (cell_w + gap) * static_cast<float>(m % columns),
                                 top + (cell_h + gap) * static_cast<float>(m / columns), cell_w,
                                 cell_h};
        c.rounded_rect(cell, c.px(6), theme::to_sf(theme::kPanelRaised, 150));
        c.text(
            c.fit(tr.text(measure_key(measure)), kTitleSize, FontFace::Bold, cell.width - c.px(16)),
            {cell.left + c.px(8), cell.top + c.px(7)},
            {kTitleSize, theme::to_sf(theme::kText), FontFace::Bold});
        double low = std::min(*std::min_element(data.original[m].begin(), data.original[m].end()),
                              *std::min_element(data.replay[m].begin(), data.replay[m].end()));
        double high = std::max(*std::max_element(data.original[m].begin(), data.original[m].end()),
                               *std::max_element(data.replay[m].begin(), data.replay[m].end()));
        const double margin = std::max((high - low) * 0.08, std::abs(high) * 0.01 + 1e-9);
        low -= margin;
        high += margin;
        const float label_w =
            c.measure(format_measure(measure, high, lang), kTickSize, FontFace::Regular).x +
            c.px(6);
        const sf::FloatRect plot{cell.left + c.px(8) + label_w, cell.top + c.px(30),
                                 cell.width - c.px(18) - label_w, cell.height - c.px(50)};
        if (plot.width <= 0 || plot.height <= 0) {
            continue;
        }
        plots_.push_back({plot, low, high});
        const TextStyle tick{kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular,
                             HAlign::Right, VAlign::Middle};
        for (const double v : {low + margin, high - margin}) {
            const float y =
                plot.top + plot.height * static_cast<float>(1.0 - (v - low) / (high - low));
            c.line({plot.left, y}, {plot.left + plot.width, y}, c.px(1),
                   theme::to_sf(theme::kBorder, 160));
            c.text(format_measure(measure, v, lang), {plot.left - c.px(5), y}, tick);
        }
        const TextStyle round_tick{kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular,
                                   HAlign::Centre, VAlign::Top};
        const int every = data.rounds > 12 ? 5 : (data.rounds > 6 ? 2 : 1);
        for (int r = 1; r <= data.rounds; r += every) {
            const float x = plot.left + plot.width * static_cast<float>(r - 1) /
                                            static_cast<float>(std::max(1, data.rounds - 1));
            c.text(std::to_string(r), {x, plot.top + plot.height + c.px(5)}, round_tick);
        }
        if (data.from_round > 1) {
            const float x = plot.left + plot.width * marker_t;
            c.dashed_line({x, plot.top - c.px(4)}, {x, plot.top + plot.height}, c.px(1.5f), c.px(4),
                          c.px(3), kMarkerColour);
        }
        c.polyline(points_of(data.original[m], plot, data.rounds, low, high), c.px(2),
                   kOriginalColour);
        c.polyline(points_of(data.replay[m], plot, data.rounds, low, high), c.px(3), kReplayColour);
        if (hovered && hovered->measure == m) {
            const auto a = points_of(data.original[m], plot, data.rounds, low, high);
            const auto b = points_of(data.replay[m], plot, data.rounds, low, high);
            const auto i = static_cast<std::size_t>(hovered->round - 1);
            if (i < a.size() && i < b.size()) {
                c.line({a[i].x, plot.top}, {a[i].x, plot.top + plot.height}, c.px(1),
                       theme::to_sf(theme::kText, 90));
                c.disc(a[i], c.px(4), kOriginalColour);
                c.disc(b[i], c.px(5), kReplayColour);
            }
        }
    }

    // Each firm's road: two strips a row, as played above and in the replay below.
    const float grid_top = top + charts_h + c.px(18);
    const float name_w = std::min(c.px(190), area.width * 0.22f);
    grid_ = {area.left + pad, grid_top, area.width - 2 * pad, bottom - grid_top};
    grid_left_ = grid_.left + name_w;
    // The caption on its own line, the round numbers under it.
    const float header_h = c.px(36);
    rows_top_ = grid_.top + header_h;
    const float rows_h = grid_.height - header_h;
    row_height_ = std::clamp(rows_h / static_cast<float>(std::max<std::size_t>(1, firms_)), c.px(6),
                             c.px(34));
    const float cells_w = grid_.width - name_w;
    const float round_w = cells_w / static_cast<float>(data.rounds);
    const TextStyle head{kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular,
                         HAlign::Centre, VAlign::Top};
    for (int r = 1; r <= data.rounds; ++r) {
        c.text(std::to_string(r),
               {grid_left_ + round_w * (static_cast<float>(r) - 0.5f), grid_.top + c.px(19)}, head);
    }
    c.text(
        tr.text("whatif.grid_caption"), {grid_.left, grid_.top},
        {kTickSize, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Left, VAlign::Top});
    const float strip = std::min(c.px(11), row_height_ * 0.36f);
    for (std::size_t f = 0; f < firms_; ++f) {
        const WhatIfFirmRow& row = data.firms[f];
        const float y = grid_.top + header_h + row_height_ * static_cast<float>(f);
        if (hovered && hovered->firm == f) {
            c.rect({grid_.left, y, grid_.width, row_height_},
                   theme::to_sf(theme::kFieldHover, 120));
        }
        const sf::Color name_colour = row.own      ? theme::to_sf(theme::kHighlight)
                                      : row.by_bot ? kReplayColour
                                                   : theme::to_sf(theme::kText);
        // A dot before the name marks a seat the computer plays in the replay.
        if (row.by_bot) {
            c.disc({grid_.left + c.px(4), y + row_height_ / 2}, c.px(4), kReplayColour);
        }
        c.text(c.fit(row.name, kNameSize, row.own ? FontFace::Bold : FontFace::Regular,
                     name_w - c.px(20)),
               {grid_.left + c.px(12), y + row_height_ / 2},
               {kNameSize, name_colour, row.own ? FontFace::Bold : FontFace::Regular, HAlign::Left,
                VAlign::Middle});
        const float mid = y + row_height_ / 2;
        for (std::size_t r = 0; r < row.original.size(); ++r) {
            const float x = grid_left_ + round_w * static_cast<float>(r) + c.px(1);
            const float w = round_w - c.px(2);
            c.rect({x, mid - strip - c.px(1), w, strip},
                   cell_colour(row.original[r], row.original_out[r]));
            const bool before = static_cast<int>(r) + 1 < data.from_round;
            sf::Color replay = cell_colour(row.replay[r], row.replay_out[r]);
            c.rect({x, mid + c.px(1), w, strip}, before ? with_alpha(replay, 90) : replay);
        }
    }
    if (data.from_round > 1) {
        const float x = grid_left_ + round_w * static_cast<float>(data.from_round - 1);
        c.dashed_line({x, grid_.top + header_h - c.px(3)},
                      {x, grid_.top + header_h + row_height_ * static_cast<float>(firms_)},
                      c.px(1.5f), c.px(4), c.px(3), kMarkerColour);
    }
}

std::optional<WhatIfHit> WhatIfChart::hit_test(sf::Vector2f point) const {
    if (rounds_ == 0) {
        return std::nullopt;
    }
    for (std::size_t m = 0; m < plots_.size(); ++m) {
        const sf::FloatRect& p = plots_[m].area;
        const sf::FloatRect near{p.left - 6, p.top - 6, p.width + 12, p.height + 12};
        if (near.contains(point)) {
            const float t = rounds_ > 1 ? (point.x - p.left) / p.width : 0.0f;
            const int round = std::clamp(
                static_cast<int>(std::lround(t * static_cast<float>(rounds_ - 1))) + 1, 1, rounds_);
            return WhatIfHit{m, std::nullopt, round};
        }
    }
    const float cells_w = grid_.left + grid_.width - grid_left_;
    if (firms_ == 0 || row_height_ <= 0 || cells_w <= 0 || point.x < grid_.left ||
        point.x >= grid_.left + grid_.width || point.y < rows_top_) {
        return std::nullopt;
    }
    const auto row = static_cast<std::size_t>((point.y - rows_top_) / row_height_);
    if (row >= firms_) {
        return std::nullopt;
    }
    int round = rounds_;
    if (point.x >= grid_left_) {
        const float round_w = cells_w / static_cast<float>(rounds_);
        round = std::clamp(static_cast<int>((point.x - grid_left_) / round_w) + 1, 1, rounds_);
    }
    return WhatIfHit{std::nullopt, static_cast<FirmId>(row), round};
}

std::optional<sf::FloatRect> WhatIfChart::plot_area(std::size_t measure) const {
    if (measure < plots_.size()) {
        return plots_[measure].area;
    }
    return std::nullopt;
}

void what_if_tooltip(const Translations& tr, const WhatIfChartData& data, const WhatIfHit& hit) {
    const Language lang = tr.language();
    const auto r = static_cast<std::size_t>(hit.round - 1);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    if (hit.measure && *hit.measure < kWhatIfChartMeasures.size() &&
        r < data.original[*hit.measure].size()) {
        const WhatIfMeasure m = kWhatIfChartMeasures[*hit.measure];
        ImGui::TextUnformatted(
            tr.format("whatif.tip.round", {{"round", std::to_string(hit.round)}}).c_str());
        ImGui::TextDisabled("%s", tr(measure_key(m)));
        ImGui::TextUnformatted(
            tr.format("whatif.tip.original",
                      {{"value", format_measure(m, data.original[*hit.measure][r], lang)}})
                .c_str());
        ImGui::TextColored(
            theme::to_imvec4(theme::kAccentActive), "%s",
            tr.format("whatif.tip.replay",
                      {{"value", format_measure(m, data.replay[*hit.measure][r], lang)}})
                .c_str());
    } else if (hit.firm && *hit.firm < data.firms.size()) {
        const WhatIfFirmRow& row = data.firms[*hit.firm];
        ImGui::TextUnformatted(
            tr.format("whatif.tip.firm", {{"firm", row.name}, {"round", std::to_string(hit.round)}})
                .c_str());
        if (r < row.original.size()) {
            const auto road = [&](Road road, bool out) {
                return out ? tr.text("whatif.legend.bankrupt") : concept_name(tr, road);
            };
            ImGui::TextUnformatted(
                tr.format("whatif.tip.original",
                          {{"value", road(row.original[r], row.original_out[r])}})
                    .c_str());
            ImGui::TextColored(
                theme::to_imvec4(theme::kAccentActive), "%s",
                tr.format("whatif.tip.replay", {{"value", road(row.replay[r], row.replay_out[r])}})
                    .c_str());
        }
        if (row.by_bot) {
            ImGui::TextDisabled("%s", tr("whatif.tip.by_bot"));
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace hr::client
