// What if…: the game as played and a what-if replay of it side by side (core/what_if.hpp): the
// question in words, the cluster's indicators of both over the rounds, the key differences at
// the end, and each firm's road and score in both.
#include "core/what_if_summary.hpp"
#include "debrief/html_text.hpp"
#include "debrief/report_sections.hpp"

#include <algorithm>
#include <cmath>

namespace hr::debrief::report {

namespace {

constexpr std::string_view kReplayColour = "#f2c14e";

std::string_view measure_key(WhatIfMeasure m) {
    switch (m) {
    case WhatIfMeasure::AverageWage:
        return "charts.wage";
    case WhatIfMeasure::UnitValue:
        return "charts.unit_value";
    case WhatIfMeasure::Exports:
        return "charts.exports";
    case WhatIfMeasure::Employment:
        return "report.metric.employment";
    case WhatIfMeasure::Capability:
        return "report.metric.capability_average";
    case WhatIfMeasure::ValueAddedPerWorker:
        return "report.metric.value_added";
    case WhatIfMeasure::ClusterShareOfPrice:
        return "report.metric.share_of_price";
    case WhatIfMeasure::ActiveFirms:
        return "report.metric.active_firms";
    }
    return "charts.wage";
}

std::string measure_text(const ReportTexts& tr, WhatIfMeasure m, double v) {
    switch (m) {
    case WhatIfMeasure::AverageWage:
    case WhatIfMeasure::Capability:
        return tr.fixed(v, 3);
    case WhatIfMeasure::UnitValue:
    case WhatIfMeasure::ValueAddedPerWorker:
        return tr.fixed(v, 1);
    case WhatIfMeasure::ClusterShareOfPrice:
        return tr.percent(v, 1);
    case WhatIfMeasure::Exports:
    case WhatIfMeasure::Employment:
    case WhatIfMeasure::ActiveFirms:
        return tr.fixed(v, 0);
    }
    return tr.fixed(v, 2);
}

std::string firm_name(const GameRecord& record, FirmId firm) {
    for (const auto& s : record.game_over.scores) {
        if (s.firm == firm) {
            return s.name;
        }
    }
    return std::to_string(firm);
}

std::string bot_name(const ReportTexts& tr, const BotSeat& bot) {
    return archetype_name(tr, bot.archetype);
}

// The question the replay answers, in words.
std::string question(const Context& ctx, const WhatIfPlan& plan, int firms) {
    const ReportTexts& tr = ctx.tr;
    const std::string round = std::to_string(plan.from_round);
    const bool everyone = static_cast<int>(plan.bots.size()) == firms && !plan.bots.empty() &&
                          std::all_of(plan.bots.begin(), plan.bots.end(), [&](const WhatIfBot& b) {
                              return b.bot == plan.bots.front().bot;
                          });
    if (everyone) {
        return tr.format("report.whatif.plan_everyone",
                         {{"bot", bot_name(tr, plan.bots.front().bot)}, {"round", round}});
    }
    std::string seats;
    for (const WhatIfBot& b : plan.bots) {
        seats += (seats.empty() ? "" : "; ") +
                 tr.format("report.whatif.seat",
                           {{"firm", firm_name(ctx.record, b.firm)}, {"bot", bot_name(tr, b.bot)}});
    }
    return tr.format("report.whatif.plan_seats", {{"round", round}, {"seats", seats}});
}

std::string chart(const Context& ctx, const WhatIfOutcome& w, WhatIfMeasure m) {
    const ReportTexts& tr = ctx.tr;
    const std::string title = tr.text(measure_key(m));
    LineChart chart;
    chart.label = title;
    chart.width = 440;
    chart.height = 210;
    chart.x_min = 1;
    chart.x_max = std::max(2, static_cast<int>(w.original.rounds.size()));
    chart.x_label = tr.text("roadmap.axis_rounds");
    chart.y_tick = [&tr, m](double v) { return measure_text(tr, m, v); };
    auto series = [&](const WhatIfPath& path, const std::string& label, std::string_view colour,
                      bool dashed) {
        ChartSeries s;
        s.label = label;
        s.colour = std::string(colour);
        s.dashed = dashed;
        s.width = 2.5;
        for (const WhatIfRound& r : path.rounds) {
            const double v = measure(r.cluster, m);
            s.points.push_back(
                {static_cast<double>(r.round),
                 v,
                 {},
                 label + " · " +
                     tr.format("report.point_cluster", {{"round", std::to_string(r.round)},
                                                        {"value", measure_text(tr, m, v)},
                                                        {"road", road_name(tr, r.cluster.road)}})});
        }
        return s;
    };
    chart.series.push_back(
        series(w.original, tr.text("report.whatif.original"), palette::kText, false));
    chart.series.push_back(series(w.replay, tr.text("report.whatif.replay"), kReplayColour, true));
    return "<figure class=\"small\"><figcaption>" + escape_html(title) + "</figcaption>" +
           line_chart_svg(chart) + "</figure>";
}

} // namespace

std::string what_if_section(const Context& ctx) {
    const ReportTexts& tr = ctx.tr;
    const WhatIfOutcome& w = *ctx.what_if;
    const WhatIfSummary summary = summarize(w.plan, w.original, w.replay);
    std::string out = section_start("whatif", tr.text("report.section.whatif"));
    out += paragraph(question(ctx, w.plan, static_cast<int>(ctx.record.game_over.scores.size())),
                     "answer");
    if (summary.identical) {
        out += paragraph(tr.text("report.whatif.identical"), "answer");
    }
    out += "<p>" + escape_html(tr.text("report.whatif.road_original")) + " " +
           road_badge(tr, summary.original_road) + " · " +
           escape_html(tr.text("report.whatif.road_replay")) + " " +
           road_badge(tr, summary.replay_road) + "</p>";
    out += "<p class=\"legend\"><span class=\"road\"><span class=\"dot\" style=\"background:" +
           std::string(palette::kText) + "\"></span>" +
           escape_html(tr.text("report.whatif.original")) +
           "</span><span class=\"road\"><span class=\"dot\" style=\"background:" +
           std::string(kReplayColour) + "\"></span>" +
           escape_html(tr.text("report.whatif.replay")) + "</span></p>";
    out += "<div class=\"grid\">";
    for (WhatIfMeasure m : {WhatIfMeasure::AverageWage, WhatIfMeasure::Capability,
                            WhatIfMeasure::UnitValue, WhatIfMeasure::Exports}) {
        out += chart(ctx, w, m);
    }
    out += "</div>";

    out += "<table><thead><tr><th>" + escape_html(tr.text("report.whatif.col.measure")) +
           "</th><th class=\"num\">" + escape_html(tr.text("report.whatif.original")) +
           "</th><th class=\"num\">" + escape_html(tr.text("report.whatif.replay")) +
           "</th><th class=\"num\">" + escape_html(tr.text("report.whatif.col.change")) +
           "</th></tr></thead><tbody>";
    for (const WhatIfChange& c : summary.changes) {
        out += "<tr><td>" + escape_html(tr.text(measure_key(c.measure))) +
               "</td><td class=\"num\">" + escape_html(measure_text(tr, c.measure, c.original)) +
               "</td><td class=\"num\">" + escape_html(measure_text(tr, c.measure, c.replay)) +
               "</td>" + change_cell(c.relative, tr.signed_percent(c.relative, 1)) + "</tr>";
    }
    out += "</tbody></table>";

    out += "<table><thead><tr><th>" + escape_html(tr.text("debrief.scores.firm")) + "</th><th>" +
           escape_html(tr.text("report.whatif.col.road_original")) + "</th><th>" +
           escape_html(tr.text("report.whatif.col.road_replay")) + "</th><th class=\"num\">" +
           escape_html(tr.text("report.whatif.col.score_original")) + "</th><th class=\"num\">" +
           escape_html(tr.text("report.whatif.col.score_replay")) + "</th></tr></thead><tbody>";
    for (const WhatIfFirmChange& f : summary.firms) {
        auto road = [&](Road r, bool bankrupt) {
            return road_badge(tr, r) +
                   (bankrupt ? " <span class=\"down\">(" +
                                   escape_html(tr.text("report.whatif.bankrupt")) + ")</span>"
                             : std::string());
        };
        out += "<tr><td>" + escape_html(firm_name(ctx.record, f.firm));
        if (f.by_bot) {
            out += " <span class=\"muted\">(" + escape_html(tr.text("report.whatif.by_bot")) +
                   ")</span>";
        }
        out += "</td><td>" + road(f.original_road, f.original_bankrupt) + "</td><td>" +
               road(f.replay_road, f.replay_bankrupt) + "</td><td class=\"num\">" +
               escape_html(tr.fixed(f.original_score, 0)) + "</td>" +
               change_cell(f.replay_score - f.original_score, tr.fixed(f.replay_score, 0)) +
               "</tr>";
    }
    out += "</tbody></table>";
    out +=
        paragraph(tr.format("report.whatif.note", {{"round", std::to_string(w.plan.from_round)},
                                                   {"adapted", std::to_string(summary.adapted)}}),
                  "note");
    return out + "</section>";
}

} // namespace hr::debrief::report
