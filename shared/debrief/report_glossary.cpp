// The glossary: every concept of the game in plain words, in the order the client teaches them.
#include "debrief/concept_keys.hpp"
#include "debrief/html_text.hpp"
#include "debrief/report_sections.hpp"

namespace hr::debrief::report {

std::string glossary_section(const Context& ctx) {
    const ReportTexts& tr = ctx.tr;
    std::string out = section_start("glossary", tr.text("glossary_ui.title"));
    out += paragraph(tr.text("glossary_ui.intro"));
    out += "<div class=\"glossary\">";
    for (const GlossaryGroup& group : glossary_groups()) {
        out += "<div><h3>" + escape_html(tr.text("glossary_group." + std::string(group.id))) +
               "</h3><dl>";
        for (std::string_view id : group.terms) {
            const std::string key = "glossary." + std::string(id);
            out += "<dt id=\"term-" + std::string(id) + "\">" +
                   escape_html(tr.text(key + ".term")) + "</dt><dd>" +
                   escape_html(tr.text(key + ".tip")) + "</dd>";
        }
        out += "</dl></div>";
    }
    out += "</div>";
    return out + "</section>";
}

} // namespace hr::debrief::report
