// The final scores, best first, with the parts they are made of.
#include "debrief/html_text.hpp"
#include "debrief/report_sections.hpp"

#include <algorithm>
#include <array>

namespace hr::debrief::report {

namespace {

// The client's colours for the parts of a score: profit, firm value, community income; losses.
constexpr std::array<std::string_view, 3> kPartColours{"#f2c14e", "#3fa796", "#b3ddff"};
constexpr std::string_view kLossColour = "#e06c6c";

std::string span(double from, double to, double low, double high, std::string_view colour,
                 const std::string& title) {
    const double scale = 100.0 / std::max(1e-9, high - low);
    return "<span style=\"left:" + svg_number((from - low) * scale) +
           "%;width:" + svg_number((to - from) * scale) + "%;background:" + std::string(colour) +
           "\" title=\"" + escape_html(title) + "\"></span>";
}

} // namespace

std::string scores_section(const Context& ctx) {
    const ReportTexts& tr = ctx.tr;
    const GameRecord& record = ctx.record;
    std::string out = section_start("scores", tr.text("report.section.scores"));
    std::vector<const proto::FinalScore*> ranked;
    for (const auto& s : record.game_over.scores) {
        ranked.push_back(&s);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto* a, const auto* b) { return a->score.total > b->score.total; });
    const ScoreWeights weights = record.scenario ? record.scenario->score : ScoreWeights{};
    auto parts_of = [&](const proto::FinalScore& s) {
        return std::array<double, 3>{weights.profit * s.score.profit,
                                     weights.firm_value * s.score.firm_value,
                                     weights.community_income * s.score.community_income};
    };
    double low = 0;
    double high = 1;
    for (const auto* s : ranked) {
        double up = 0;
        double down = 0;
        for (double v : parts_of(*s)) {
            (v >= 0 ? up : down) += v;
        }
        high = std::max(high, up);
        low = std::min(low, down);
    }
    out += "<table><thead><tr><th class=\"num\">#</th>";
    for (const char* key : {"debrief.scores.firm", "debrief.scores.road"}) {
        out += "<th>" + escape_html(tr.text(key)) + "</th>";
    }
    for (const char* key : {"debrief.scores.profit", "debrief.scores.firm_value",
                            "debrief.scores.community_income", "debrief.scores.total"}) {
        out += "<th class=\"num\">" + escape_html(tr.text(key)) + "</th>";
    }
    out += "<th>" + escape_html(tr.text("debrief.scores.parts")) + "</th></tr></thead><tbody>";
    int rank = 0;
    for (const auto* s : ranked) {
        out += "<tr><td class=\"num muted\">" + std::to_string(++rank) + "</td><td>" +
               escape_html(s->name);
        if (s->seat == proto::SeatKind::Bot) {
            out += " <span class=\"muted\">(" + escape_html(tr.text("debrief.scores.bot")) +
                   ")</span>";
        }
        out += "</td><td>" + road_badge(tr, s->road) + "</td>";
        out += change_cell(s->score.profit, tr.fixed(s->score.profit, 0));
        out += "<td class=\"num\">" + escape_html(tr.fixed(s->score.firm_value, 0)) + "</td>";
        out += "<td class=\"num\">" + escape_html(tr.fixed(s->score.community_income, 0)) + "</td>";
        out += "<td class=\"num\"><strong>" + escape_html(tr.fixed(s->score.total, 0)) +
               "</strong></td>";
        const auto parts = parts_of(*s);
        const std::string tip =
            tr.format("debrief.scores.parts_tip", {{"profit", tr.fixed(parts[0], 0)},
                                                   {"value", tr.fixed(parts[1], 0)},
                                                   {"community", tr.fixed(parts[2], 0)}});
        out += "<td><span class=\"parts\">";
        double up = 0;
        double down = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (parts[i] >= 0) {
                out += span(up, up + parts[i], low, high, kPartColours[i], tip);
                up += parts[i];
            } else {
                out += span(down + parts[i], down, low, high, kLossColour, tip);
                down += parts[i];
            }
        }
        if (low < 0) {
            out += "<span class=\"zero\" style=\"left:" + svg_number(-low * 100.0 / (high - low)) +
                   "%\"></span>";
        }
        out += "</span></td></tr>";
    }
    out += "</tbody></table>";
    out += paragraph(
        tr.format("debrief.scores.note", {{"profit", tr.fixed(weights.profit, 1)},
                                          {"value", tr.fixed(weights.firm_value, 1)},
                                          {"community", tr.fixed(weights.community_income, 1)}}),
        "note");
    return out + "</section>";
}

} // namespace hr::debrief::report
