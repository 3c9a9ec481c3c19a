// The cluster over the rounds: one small chart per indicator, each round's dot coloured by the
// road the cluster was on.
#include "debrief/concept_keys.hpp"
#include "debrief/html_text.hpp"
#include "debrief/report_sections.hpp"

#include <array>
#include <functional>

namespace hr::debrief::report {

namespace {

struct Metric {
    std::string_view key;
    std::function<double(const ClusterRecord&)> value;
    std::function<std::string(const ReportTexts&, double)> text;
};

// One colour per upgrading type, apart from the road colours.
constexpr std::array<std::string_view, kUpgradeTypes> kCapabilityColours{"#2a9d90", "#f2c14e",
                                                                         "#e8edf3", "#e06c6c"};

LineChart chart_for(const Context& ctx, const std::string& label) {
    LineChart chart;
    chart.label = label;
    chart.width = 440;
    chart.height = 210;
    chart.x_min = 1;
    chart.x_max = std::max(2, ctx.record.total_rounds);
    chart.x_label = ctx.tr.text("roadmap.axis_rounds");
    return chart;
}

std::string figure(const std::string& title, const std::string& svg, const std::string& extra) {
    return "<figure class=\"small\"><figcaption>" + escape_html(title) + "</figcaption>" + svg +
           extra + "</figure>";
}

} // namespace

std::string cluster_section(const Context& ctx) {
    const ReportTexts& tr = ctx.tr;
    const auto& history = ctx.record.game_over.cluster_history;
    std::string out = section_start("cluster", tr.text("report.section.cluster"));
    out += paragraph(tr.text("report.cluster_caption"));
    const std::array<Metric, 8> metrics{{
        {"charts.wage", [](const ClusterRecord& c) { return c.avg_wage; },
         [](const ReportTexts& t, double v) { return t.fixed(v, 3); }},
        {"charts.unit_value", [](const ClusterRecord& c) { return c.unit_value; },
         [](const ReportTexts& t, double v) { return t.fixed(v, 1); }},
        {"charts.exports", [](const ClusterRecord& c) { return c.exports; },
         [](const ReportTexts& t, double v) { return t.fixed(v, 0); }},
        {"report.metric.employment", [](const ClusterRecord& c) { return c.employment; },
         [](const ReportTexts& t, double v) { return t.fixed(v, 0); }},
        {"report.metric.value_added",
         [](const ClusterRecord& c) { return c.value_added_per_worker; },
         [](const ReportTexts& t, double v) { return t.fixed(v, 1); }},
        {"report.metric.share_of_price",
         [](const ClusterRecord& c) { return c.cluster_share_of_price; },
         [](const ReportTexts& t, double v) { return t.percent(v, 0); }},
        {"report.metric.skill_pool", [](const ClusterRecord& c) { return c.skill_pool; },
         [](const ReportTexts& t, double v) { return t.fixed(v, 2); }},
        {"report.metric.active_firms",
         [](const ClusterRecord& c) { return static_cast<double>(c.active_firms); },
         [](const ReportTexts& t, double v) { return t.fixed(v, 0); }},
    }};
    out += "<div class=\"grid\">";
    for (const Metric& m : metrics) {
        const std::string title = tr.text(m.key);
        LineChart chart = chart_for(ctx, title);
        chart.y_tick = [&tr, &m](double v) { return m.text(tr, v); };
        ChartSeries s;
        s.label = title;
        s.colour = std::string(palette::kMuted);
        s.width = 2.5;
        s.segments_by_point = true;
        for (const ClusterRecord& c : history) {
            const double v = m.value(c);
            s.points.push_back(
                {static_cast<double>(c.round), v, std::string(road_colour(c.road)),
                 tr.format("report.point_cluster", {{"round", std::to_string(c.round)},
                                                    {"value", m.text(tr, v)},
                                                    {"road", road_name(tr, c.road)}})});
        }
        chart.series.push_back(std::move(s));
        out += figure(title, line_chart_svg(chart), {});
    }
    // The four capabilities on one chart, against the world frontier.
    const std::string title = tr.text("report.metric.capabilities");
    LineChart chart = chart_for(ctx, title);
    chart.y_tick = [&tr](double v) { return tr.fixed(v, 2); };
    std::string legend = "<p class=\"legend\">";
    for (UpgradeType t : kAllUpgradeTypes) {
        ChartSeries s;
        s.colour = std::string(kCapabilityColours[static_cast<std::size_t>(t)]);
        s.label = tr.text(std::string(glossary_key(t)) + ".term");
        s.width = 2;
        for (const ClusterRecord& c : history) {
            s.points.push_back(
                {static_cast<double>(c.round),
                 c.avg_capabilities[t],
                 {},
                 tr.format("report.point_cluster",
                           {{"round", std::to_string(c.round)},
                            {"value", s.label + " " + tr.fixed(c.avg_capabilities[t], 3)},
                            {"road", road_name(tr, c.road)}})});
        }
        legend += "<span class=\"road\"><span class=\"dot\" style=\"background:" + s.colour +
                  "\"></span>" + term(tr, glossary_key(t)) + "</span>";
        chart.series.push_back(std::move(s));
    }
    out += figure(title, line_chart_svg(chart), legend + "</p>");
    out += "</div>";
    out += road_legend(tr);
    return out + "</section>";
}

} // namespace hr::debrief::report
