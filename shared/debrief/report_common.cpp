#include "debrief/concept_keys.hpp"
#include "debrief/html_text.hpp"
#include "debrief/report_sections.hpp"

namespace hr::debrief::report {

std::string_view road_colour(Road road) {
    switch (road) {
    case Road::HighRoad:
        return "#b3ddff";
    case Road::Stagnation:
        return "#ababab";
    case Road::LowRoad:
        return "#cf5f19";
    case Road::Downgrading:
        return "#7440a0";
    }
    return "#ababab";
}

std::string term(const ReportTexts& tr, std::string_view glossary_key) {
    const std::string key(glossary_key);
    return "<span class=\"term\" title=\"" + escape_html(tr.text(key + ".tip")) + "\">" +
           escape_html(tr.text(key + ".term")) + "</span>";
}

std::string road_term(const ReportTexts& tr, Road road) {
    return term(tr, glossary_key(road));
}

const std::string& road_name(const ReportTexts& tr, Road road) {
    return tr.text(std::string(glossary_key(road)) + ".term");
}

std::string road_badge(const ReportTexts& tr, Road road) {
    return "<span class=\"road\"><span class=\"dot\" style=\"background:" +
           std::string(road_colour(road)) + "\"></span>" + road_term(tr, road) + "</span>";
}

std::string road_legend(const ReportTexts& tr) {
    std::string out = "<p class=\"legend\">";
    for (Road road : {Road::HighRoad, Road::Stagnation, Road::LowRoad, Road::Downgrading}) {
        out += road_badge(tr, road);
    }
    return out + "</p>";
}

std::string capability_points(const ReportTexts& tr, double change) {
    return tr.signed_fixed(change * 100.0, 1);
}

std::string change_cell(double value, const std::string& text) {
    const char* css = value > 1e-9 ? "up" : (value < -1e-9 ? "down" : "flat");
    return "<td class=\"num " + std::string(css) + "\">" + escape_html(text) + "</td>";
}

std::string section_start(std::string_view id, const std::string& title) {
    return "<section id=\"" + std::string(id) + "\"><h2>" + escape_html(title) + "</h2>";
}

std::string paragraph(const std::string& text, std::string_view css_class) {
    if (css_class.empty()) {
        return "<p>" + escape_html(text) + "</p>";
    }
    return "<p class=\"" + std::string(css_class) + "\">" + escape_html(text) + "</p>";
}

std::string archetype_name(const ReportTexts& tr, Archetype archetype) {
    return tr.text("bot." + std::string(to_string(archetype)) + ".name");
}

} // namespace hr::debrief::report
