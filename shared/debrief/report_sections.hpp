#pragma once
// The sections of the HTML report (html_report.cpp puts them together), each a piece of HTML
// with its charts as inline SVG. Internal to the library.
#include "core/what_if.hpp"
#include "debrief/game_record.hpp"
#include "debrief/report_texts.hpp"
#include "debrief/svg_chart.hpp"

#include <string>
#include <string_view>

namespace hr::debrief::report {

struct Context {
    const GameRecord& record;
    const DebriefAnswers& answers;
    const ReportTexts& tr;
    const WhatIfOutcome* what_if = nullptr; // a what-if replay to show beside the game
};

// ---- report_common.cpp
// The road colours of the client (client/theme.hpp): a lightness ladder that stays readable for
// every kind of colour blindness and in greyscale.
std::string_view road_colour(Road road);
// A concept's name with its glossary explanation on hover ("glossary.x" key).
std::string term(const ReportTexts& tr, std::string_view glossary_key);
std::string road_term(const ReportTexts& tr, Road road);
// The road's name as plain text.
const std::string& road_name(const ReportTexts& tr, Road road);
// A coloured dot and the road's name.
std::string road_badge(const ReportTexts& tr, Road road);
// The legend of the four roads.
std::string road_legend(const ReportTexts& tr);
// "+1.2" points of capability from a change in frontier units.
std::string capability_points(const ReportTexts& tr, double change);
// A table cell with a signed number, coloured by its sign.
std::string change_cell(double value, const std::string& text);
std::string section_start(std::string_view id, const std::string& title);
std::string paragraph(const std::string& text, std::string_view css_class = {});
// The bot archetype's name, e.g. "Upgrader".
std::string archetype_name(const ReportTexts& tr, Archetype archetype);

// ---- the sections, in the report's order
std::string roads_section(const Context& ctx);     // report_roads.cpp
std::string firms_section(const Context& ctx);     // report_roads.cpp
std::string cluster_section(const Context& ctx);   // report_cluster.cpp
std::string timeline_section(const Context& ctx);  // report_timeline.cpp
std::string questions_section(const Context& ctx); // report_questions.cpp
std::string scores_section(const Context& ctx);    // report_scores.cpp
std::string what_if_section(const Context& ctx);   // report_what_if.cpp; needs ctx.what_if
std::string glossary_section(const Context& ctx);  // report_glossary.cpp

// ---- report_style.cpp
std::string style_sheet();

} // namespace hr::debrief::report
