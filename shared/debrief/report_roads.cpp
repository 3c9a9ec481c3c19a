// The roads taken: every firm's income index over the rounds on one map (the client's road map),
// and each firm's own road through capability and wages, as small multiples on shared axes.
#include "debrief/html_text.hpp"
#include "debrief/report_sections.hpp"

#include <algorithm>
#include <cmath>

namespace hr::debrief::report {

namespace {

double relative(double base, double now) {
    return base > 0 ? now / base - 1.0 : 0.0;
}

// Percent: the mean of the relative change of wage and unit value since round 1 (the client's
// road map, client/road_map.cpp).
double income_index(double base_wage, double base_unit_value, double wage, double unit_value) {
    if (base_unit_value <= 0) {
        return 100.0 * relative(base_wage, wage);
    }
    return 100.0 * (relative(base_wage, wage) + relative(base_unit_value, unit_value)) / 2.0;
}

constexpr double kZone = 2.0; // percent: beyond it, high-road or low-road ground

const SeatInfo* seat_of(const GameRecord& record, FirmId firm) {
    return firm < record.seats.size() ? &record.seats[firm] : nullptr;
}

std::string who_plays(const Context& ctx, const proto::FinalScore& score) {
    const ReportTexts& tr = ctx.tr;
    const SeatInfo* seat = seat_of(ctx.record, score.firm);
    if (score.seat == proto::SeatKind::Bot) {
        return seat != nullptr ? tr.format("report.who_bot",
                                           {{"archetype", archetype_name(tr, seat->archetype)}})
                               : tr.text("report.who_computer");
    }
    if (seat == nullptr) {
        return std::string();
    }
    if (seat->player.empty()) {
        return tr.text("report.who_open");
    }
    if (seat->taken_over) {
        return tr.format(
            "report.who_taken_over",
            {{"player", seat->player}, {"archetype", archetype_name(tr, seat->archetype)}});
    }
    return tr.format("report.who_player", {{"player", seat->player}});
}

std::optional<int> bankrupt_round(const GameRecord& record, FirmId firm) {
    for (const RoundDetail& d : record.details) {
        if (firm < d.firms.size() && d.firms[firm].result.went_bankrupt) {
            return d.round;
        }
    }
    for (const proto::RoundResults& r : record.results) {
        if (firm < r.firms.size() && r.firms[firm].bankrupt) {
            return r.round;
        }
    }
    return std::nullopt;
}

} // namespace

std::string roads_section(const Context& ctx) {
    const ReportTexts& tr = ctx.tr;
    const GameRecord& record = ctx.record;
    std::string out = section_start("roads", tr.text("report.section.roads"));
    out += paragraph(tr.text("report.roads_caption"));
    LineChart chart;
    chart.label = tr.text("report.section.roads");
    chart.width = 900;
    chart.height = 380;
    chart.x_min = 1;
    chart.x_max = std::max(2, record.total_rounds);
    chart.baseline = 0.0;
    chart.x_label = tr.text("roadmap.axis_rounds");
    chart.y_tick = [&tr](double v) { return tr.signed_fixed(v, 0) + " %"; };
    chart.bands = {{kZone, 1e9, std::string(road_colour(Road::HighRoad)), 0.10,
                    tr.text("roadmap.high_road_sign")},
                   {-1e9, -kZone, std::string(road_colour(Road::LowRoad)), 0.12,
                    tr.text("roadmap.low_road_sign")}};
    auto point = [&](const std::string& name, int round, double index, Road road) {
        return ChartPoint{
            static_cast<double>(round), index, std::string(road_colour(road)),
            tr.format("report.point_index", {{"firm", name},
                                             {"round", std::to_string(round)},
                                             {"index", tr.signed_fixed(index, 1) + " %"},
                                             {"road", road_name(tr, road)}})};
    };
    for (const auto& score : record.game_over.scores) {
        if (score.history.empty()) {
            continue;
        }
        ChartSeries s;
        s.label = score.name;
        s.colour = std::string(palette::kMuted);
        s.width = 2;
        s.segments_by_point = true;
        const FirmRecord& base = score.history.front();
        for (const FirmRecord& r : score.history) {
            s.points.push_back(point(score.name, r.round,
                                     income_index(base.wage, base.unit_value, r.wage, r.unit_value),
                                     r.road));
        }
        chart.series.push_back(std::move(s));
    }
    const auto& cluster = record.game_over.cluster_history;
    if (!cluster.empty()) {
        ChartSeries s;
        s.label = tr.text("roadmap.legend.cluster");
        s.colour = std::string(palette::kText);
        s.width = 4.5;
        const ClusterRecord& base = cluster.front();
        for (const ClusterRecord& r : cluster) {
            s.points.push_back(point(
                s.label, r.round,
                income_index(base.avg_wage, base.unit_value, r.avg_wage, r.unit_value), r.road));
        }
        chart.series.push_back(std::move(s));
    }
    out += "<figure>" + line_chart_svg(chart) + "<figcaption>" +
           escape_html(tr.text("roadmap.axis_index")) + "</figcaption></figure>";
    out += road_legend(tr);
    return out + "</section>";
}

std::string firms_section(const Context& ctx) {
    const ReportTexts& tr = ctx.tr;
    const GameRecord& record = ctx.record;
    std::string out = section_start("firms", tr.text("report.section.firms"));
    out += paragraph(tr.text("report.firms_caption"));
    // Shared axes: every firm's path on the same scale.
    double cap_low = 1;
    double cap_high = 0;
    double wage_low = 1;
    double wage_high = 1;
    for (const auto& score : record.game_over.scores) {
        for (const FirmRecord& r : score.history) {
            cap_low = std::min(cap_low, r.capabilities.average());
            cap_high = std::max(cap_high, r.capabilities.average());
            wage_low = std::min(wage_low, r.wage);
            wage_high = std::max(wage_high, r.wage);
        }
    }
    if (cap_high < cap_low) {
        cap_low = 0;
        cap_high = 1;
    }
    const double cap_pad = std::max(0.02, (cap_high - cap_low) * 0.08);
    const double wage_pad = std::max(0.02, (wage_high - wage_low) * 0.08);
    out += "<div class=\"firms\">";
    std::size_t index = 0;
    for (const auto& score : record.game_over.scores) {
        const FirmGame* game =
            index < record.input.firms.size() ? &record.input.firms[index] : nullptr;
        ++index;
        out += "<article class=\"firm\"><h3>" + escape_html(score.name) + "</h3>";
        const std::string who = who_plays(ctx, score);
        if (!who.empty()) {
            out += paragraph(who, "who");
        }
        PathChart chart;
        chart.label = score.name;
        chart.x_min = std::floor((cap_low - cap_pad) * 50.0) / 50.0;
        chart.x_max = std::ceil((cap_high + cap_pad) * 50.0) / 50.0;
        chart.y_min = std::floor((wage_low - wage_pad) * 20.0) / 20.0;
        chart.y_max = std::ceil((wage_high + wage_pad) * 20.0) / 20.0;
        chart.y_baseline = 1.0;
        chart.x_label = tr.text("report.axis_capability");
        chart.y_label = tr.text("report.axis_wage");
        chart.x_tick = [&tr](double v) { return tr.fixed(v, 2); };
        chart.y_tick = [&tr](double v) { return tr.fixed(v, 2); };
        ChartSeries s;
        s.label = score.name;
        s.colour = std::string(palette::kMuted);
        s.width = 2.2;
        s.segments_by_point = true;
        for (const FirmRecord& r : score.history) {
            s.points.push_back({r.capabilities.average(), r.wage, std::string(road_colour(r.road)),
                                tr.format("report.point_firm",
                                          {{"round", std::to_string(r.round)},
                                           {"capability", tr.fixed(r.capabilities.average(), 3)},
                                           {"wage", tr.fixed(r.wage, 3)},
                                           {"road", road_name(tr, r.road)}})});
        }
        chart.series.push_back(std::move(s));
        out += path_chart_svg(chart);
        out += "<p class=\"facts\">" + road_badge(tr, score.road);
        if (game != nullptr && !game->history.empty()) {
            const FirmRecord& last = game->history.back();
            const Capabilities start =
                game->start_capabilities.value_or(game->history.front().capabilities);
            const double start_wage = game->start_wage.value_or(game->history.front().wage);
            out += " · " + escape_html(tr.format(
                               "report.firm_facts",
                               {{"capability", capability_points(tr, last.capabilities.average() -
                                                                         start.average())},
                                {"wage", tr.signed_percent(relative(start_wage, last.wage), 1)},
                                {"score", tr.fixed(score.score.total, 0)}}));
        }
        if (const auto round = bankrupt_round(record, score.firm)) {
            out += " · <span class=\"down\">" +
                   escape_html(tr.format("report.bankrupt", {{"round", std::to_string(*round)}})) +
                   "</span>";
        }
        out += "</p></article>";
    }
    out += "</div>";
    return out + "</section>";
}

} // namespace hr::debrief::report
