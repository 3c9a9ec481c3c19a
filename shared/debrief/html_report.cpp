#include "debrief/html_report.hpp"

#include "debrief/html_text.hpp"
#include "debrief/report_sections.hpp"

#include <iomanip>
#include <sstream>
#include <vector>

namespace hr::debrief {

namespace {

using report::Context;
using report::paragraph;

std::string scenario_title(const GameRecord& record, const ReportTexts& tr) {
    if (record.scenario) {
        return record.scenario->title.in(tr.code());
    }
    return record.scenario_id;
}

std::string hex(std::uint64_t v) {
    std::ostringstream out;
    out << std::hex << std::setw(16) << std::setfill('0') << v;
    return out.str();
}

std::string status(const Context& ctx) {
    const ReportTexts& tr = ctx.tr;
    const GameRecord& record = ctx.record;
    const int played = record.rounds_played();
    std::string out;
    if (!record.finished) {
        out += paragraph(tr.format("report.status_running", {{"rounds", std::to_string(played)}}),
                         "warning");
    } else if (record.game_over.end == proto::GameEnd::EndedByFacilitator) {
        out += paragraph(
            tr.format("report.status_ended_early", {{"rounds", std::to_string(played)}}), "note");
    }
    if (!record.game_over.cluster_history.empty()) {
        out += "<p>" + escape_html(tr.text("report.cluster_road")) + " " +
               report::road_badge(tr, record.game_over.cluster_history.back().road) + "</p>";
    }
    if (!record.has_detail) {
        out += paragraph(tr.text("report.source_client"), "note");
    }
    if (!record.problems.empty()) {
        out += "<div class=\"warning\"><p>" + escape_html(tr.text("report.problems")) + "</p><ul>";
        for (const std::string& p : record.problems) {
            out += "<li>" + escape_html(p) + "</li>";
        }
        out += "</ul></div>";
    }
    return out;
}

std::string contents(const ReportTexts& tr, bool what_if) {
    std::vector<std::pair<std::string_view, std::string_view>> sections{
        {"roads", "report.section.roads"},         {"firms", "report.section.firms"},
        {"cluster", "report.section.cluster"},     {"timeline", "report.section.timeline"},
        {"questions", "report.section.questions"}, {"scores", "report.section.scores"}};
    if (what_if) {
        sections.emplace_back("whatif", "report.section.whatif");
    }
    sections.emplace_back("glossary", "glossary_ui.title");
    std::string out = "<nav><strong>" + escape_html(tr.text("report.contents")) + "</strong><ol>";
    for (const auto& [id, key] : sections) {
        out +=
            "<li><a href=\"#" + std::string(id) + "\">" + escape_html(tr.text(key)) + "</a></li>";
    }
    return out + "</ol></nav>";
}

} // namespace

std::string html_report(const GameRecord& record, const DebriefAnswers& answers,
                        const ReportTexts& texts, const WhatIfOutcome* what_if) {
    const bool show_what_if = what_if != nullptr && record.rounds_played() > 0;
    const Context ctx{record, answers, texts, show_what_if ? what_if : nullptr};
    const ReportTexts& tr = texts;
    const std::string title = tr.text("report.title");
    const std::string scenario = scenario_title(record, tr);
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escape_html(tr.code()) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>" +
                      escape_html(title + " — " + scenario) + "</title>\n<style>" +
                      report::style_sheet() + "</style>\n</head>\n<body>\n<main>\n<header><h1>" +
                      escape_html(title) + "</h1>";
    out += paragraph(
        tr.format("report.subtitle", {{"scenario", scenario},
                                      {"room", record.room_code},
                                      {"rounds", std::to_string(record.rounds_played())},
                                      {"total", std::to_string(record.total_rounds)},
                                      {"firms", std::to_string(record.game_over.scores.size())}}),
        "subtitle");
    out += status(ctx) + contents(tr, show_what_if) + "</header>\n";
    if (record.rounds_played() == 0) {
        out += paragraph(tr.text("report.no_rounds"), "warning");
    } else {
        out += report::roads_section(ctx) + "\n";
        out += report::firms_section(ctx) + "\n";
        out += report::cluster_section(ctx) + "\n";
        out += report::timeline_section(ctx) + "\n";
        out += report::questions_section(ctx) + "\n";
        out += report::scores_section(ctx) + "\n";
        if (show_what_if) {
            out += report::what_if_section(ctx) + "\n";
        }
    }
    out += report::glossary_section(ctx) + "\n";
    out += "<footer>" +
           escape_html(tr.format("report.footer", {{"room", record.room_code},
                                                   {"hash", hex(record.game_over.state_hash)}})) +
           "</footer>\n</main>\n</body>\n</html>\n";
    return out;
}

} // namespace hr::debrief
