// The timeline: the shocks that hit the cluster and the facilitator's policy decisions, round by
// round, above the public money spent on each lever; then the same items as a numbered list.
#include "debrief/export_ids.hpp"
#include "debrief/html_text.hpp"
#include "debrief/report_sections.hpp"

#include <algorithm>
#include <map>

namespace hr::debrief::report {

namespace {

constexpr std::array<std::string_view, kPolicyLevers> kLeverColours{"#2a9d90", "#f2c14e", "#b3ddff",
                                                                    "#e8edf3", "#cf5f19"};
constexpr std::string_view kShockColour = "#e06c6c";
constexpr std::string_view kPolicyColour = "#f2c14e";

struct Item {
    int round = 0;
    bool shock = true;
    std::string what;
    std::string details;
};

std::string lever_name(const ReportTexts& tr, std::size_t lever) {
    return tr.text("debrief.lever." + std::string(kLeverIds[lever]));
}

std::string firm_names(const GameRecord& record, const std::vector<FirmId>& firms) {
    std::string out;
    for (FirmId f : firms) {
        for (const auto& s : record.game_over.scores) {
            if (s.firm == f) {
                out += (out.empty() ? "" : ", ") + s.name;
            }
        }
    }
    return out;
}

std::string policy_text(const ReportTexts& tr, const GameRecord& record, const PolicySettings& p) {
    std::vector<std::string> parts;
    if (p.cofinancing_share > 0) {
        parts.push_back(tr.format("report.policy.cofinancing",
                                  {{"share", tr.percent(p.cofinancing_share, 0)}}));
    }
    if (p.grant_per_firm > 0) {
        parts.push_back(tr.format(
            "report.policy.grants",
            {{"amount", tr.k_dollars(p.grant_per_firm, 1)},
             {"who", p.grant_recipients.empty() ? tr.text("report.policy.grants_all")
                                                : firm_names(record, p.grant_recipients)}}));
    }
    if (p.service_centre) {
        parts.push_back(tr.text("report.policy.service_centre"));
    }
    if (p.training_programme > 0) {
        parts.push_back(tr.format("report.policy.training",
                                  {{"amount", tr.k_dollars(p.training_programme, 1)}}));
    }
    if (p.export_promotion > 0) {
        parts.push_back(tr.format("report.policy.export_promotion",
                                  {{"amount", tr.k_dollars(p.export_promotion, 1)}}));
    }
    if (parts.empty()) {
        return tr.text("report.policy.none");
    }
    std::string out;
    for (const std::string& part : parts) {
        out += (out.empty() ? "" : "; ") + part;
    }
    return out;
}

std::string event_title(const GameRecord& record, const ReportTexts& tr, const std::string& id) {
    const EventSpec* spec = record.scenario ? record.scenario->event(id) : nullptr;
    return spec != nullptr ? spec->title.in(tr.code()) : id;
}

std::string event_description(const GameRecord& record, const ReportTexts& tr,
                              const std::string& id) {
    const EventSpec* spec = record.scenario ? record.scenario->event(id) : nullptr;
    return spec != nullptr ? spec->description.in(tr.code()) : std::string();
}

std::vector<Item> items_of(const Context& ctx) {
    const ReportTexts& tr = ctx.tr;
    const GameRecord& record = ctx.record;
    std::vector<Item> items;
    for (const PolicyChange& c : record.policy_changes) {
        const char* key = c.from_scenario ? "report.policy_start"
                          : c.pending     ? "report.policy_pending"
                                          : "report.policy_change";
        items.push_back({c.round, false, tr.format(key, {{"round", std::to_string(c.round)}}),
                         policy_text(tr, record, c.policy)});
    }
    for (const proto::RoundResults& r : record.results) {
        for (const AppliedEvent& e : r.events) {
            items.push_back(
                {r.round, true,
                 event_title(record, tr, e.id) + " — " +
                     tr.text(e.injected ? "report.event_injected" : "report.event_scheduled"),
                 event_description(record, tr, e.id)});
        }
    }
    for (const PendingEvent& e : record.pending_events) {
        items.push_back(
            {e.round, true,
             event_title(record, tr, e.id) + " — " +
                 tr.format("report.event_pending", {{"round", std::to_string(e.round)}}),
             event_description(record, tr, e.id)});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return a.round != b.round ? a.round < b.round : (a.shock ? 0 : 1) < (b.shock ? 0 : 1);
    });
    return items;
}

// One marker per round and kind, naming the items it stands for.
MarkerRow marker_row(const std::vector<Item>& items, bool shocks, const std::string& label) {
    MarkerRow row;
    row.label = label;
    row.colour = std::string(shocks ? kShockColour : kPolicyColour);
    row.diamond = !shocks;
    std::map<int, MarkerRow::Mark> by_round;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].shock != shocks) {
            continue;
        }
        MarkerRow::Mark& mark = by_round[items[i].round];
        mark.x = items[i].round;
        mark.text += (mark.text.empty() ? "" : ",") + std::to_string(i + 1);
        mark.title += (mark.title.empty() ? "" : "\n") + items[i].what;
    }
    for (auto& [round, mark] : by_round) {
        row.marks.push_back(std::move(mark));
    }
    return row;
}

} // namespace

std::string timeline_section(const Context& ctx) {
    const ReportTexts& tr = ctx.tr;
    const GameRecord& record = ctx.record;
    std::string out = section_start("timeline", tr.text("report.section.timeline"));
    out += paragraph(tr.text("report.timeline_caption"));
    const std::vector<Item> items = items_of(ctx);
    BarChart chart;
    chart.label = tr.text("report.section.timeline");
    chart.width = 900;
    chart.height = 300;
    chart.x_min = 1;
    chart.x_max = std::max(2, record.total_rounds);
    chart.x_label = tr.text("roadmap.axis_rounds");
    chart.y_tick = [&tr](double v) { return tr.fixed(v / 1000.0, 0) + " k$"; };
    for (std::string_view c : kLeverColours) {
        chart.layer_colours.emplace_back(c);
    }
    chart.rows.push_back(marker_row(items, true, tr.text("report.row_shocks")));
    chart.rows.push_back(marker_row(items, false, tr.text("report.row_policy")));
    for (const proto::RoundResults& r : record.results) {
        BarChart::Bar bar;
        bar.x = r.round;
        for (std::size_t l = 0; l < kPolicyLevers; ++l) {
            bar.values.push_back(static_cast<double>(r.public_spent_by_lever[l]));
            bar.titles.push_back(tr.format("report.spent_in_round",
                                           {{"lever", lever_name(tr, l)},
                                            {"amount", tr.k_dollars(r.public_spent_by_lever[l], 1)},
                                            {"round", std::to_string(r.round)}}));
        }
        chart.bars.push_back(std::move(bar));
    }
    out += "<figure>" + bar_chart_svg(chart) + "<figcaption>" +
           escape_html(tr.text("report.spending_caption")) + "</figcaption></figure>";
    out += "<p class=\"legend\">";
    for (std::size_t l = 0; l < kPolicyLevers; ++l) {
        out += "<span class=\"road\"><span class=\"dot square\" style=\"background:" +
               std::string(kLeverColours[l]) + "\"></span>" + escape_html(lever_name(tr, l)) +
               "</span>";
    }
    out += "</p>";
    if (!record.has_detail) {
        out += paragraph(tr.text("report.policy_unknown"), "note");
    }
    if (items.empty()) {
        out += paragraph(tr.text("report.timeline_empty"));
        return out + "</section>";
    }
    out += "<table class=\"timeline\"><thead><tr><th>#</th><th>" +
           escape_html(tr.text("report.col.round")) + "</th><th>" +
           escape_html(tr.text("report.col.what")) + "</th></tr></thead><tbody>";
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        out += "<tr><td class=\"num\"><span class=\"mark " +
               std::string(item.shock ? "shock" : "policy") + "\">" + std::to_string(i + 1) +
               "</span></td><td class=\"num\">" + std::to_string(item.round) + "</td><td><strong>" +
               escape_html(item.what) + "</strong>";
        if (!item.details.empty()) {
            out += "<br><span class=\"muted\">" + escape_html(item.details) + "</span>";
        }
        out += "</td></tr>";
    }
    out += "</tbody></table>";
    return out + "</section>";
}

} // namespace hr::debrief::report
