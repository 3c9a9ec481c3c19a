// The three research questions answered with this game's numbers, in the words of the client's
// debrief (debrief.q1 … q3 in the language files) and in the same tables.
#include "debrief/concept_keys.hpp"
#include "debrief/export_ids.hpp"
#include "debrief/html_text.hpp"
#include "debrief/report_sections.hpp"

#include <algorithm>
#include <optional>

namespace hr::debrief::report {

namespace {

std::string cell(const std::string& html, bool number = false) {
    return number ? "<td class=\"num\">" + html + "</td>" : "<td>" + html + "</td>";
}

std::string header(const std::vector<std::string>& texts) {
    std::string out = "<thead><tr>";
    for (std::size_t i = 0; i < texts.size(); ++i) {
        out += i == 0 ? "<th></th>" : "<th class=\"num\">" + escape_html(texts[i]) + "</th>";
    }
    return out + "</tr></thead>";
}

std::string question_one(const ReportTexts& tr, const JointActionAnswer& q) {
    std::string out = "<h3>" + escape_html(tr.text("debrief.q1.title")) + "</h3>";
    if (q.members.firms == 0) {
        return out + paragraph(tr.text("debrief.q1.nobody"));
    }
    if (q.non_members.firms == 0) {
        out += paragraph(
            tr.format("debrief.q1.everybody",
                      {{"member_gain", capability_points(tr, q.members.capability_mean)}}));
    } else {
        const bool yes = q.member_advantage && *q.member_advantage > 0;
        out += paragraph(
            tr.format(yes ? "debrief.q1.yes" : "debrief.q1.no",
                      {{"members", std::to_string(q.members.firms)},
                       {"member_gain", capability_points(tr, q.members.capability_mean)},
                       {"others", std::to_string(q.non_members.firms)},
                       {"other_gain", capability_points(tr, q.non_members.capability_mean)}}),
            "answer");
    }
    out += "<table>" +
           header({"", tr.format("debrief.col.members", {{"n", std::to_string(q.members.firms)}}),
                   tr.format("debrief.col.others", {{"n", std::to_string(q.non_members.firms)}}),
                   tr.text("debrief.col.difference")}) +
           "<tbody>";
    const bool others = q.non_members.firms > 0;
    auto row = [&](const std::string& label, double member, double other, bool wage) {
        auto text = [&](double v) {
            return wage ? tr.signed_percent(v, 1) : capability_points(tr, v);
        };
        out += "<tr>" + cell(label) + change_cell(member, text(member));
        if (others) {
            out +=
                change_cell(other, text(other)) + change_cell(member - other, text(member - other));
        } else {
            out += cell("–", true) + cell("–", true);
        }
        out += "</tr>";
    };
    for (UpgradeType t : kAllUpgradeTypes) {
        row(term(tr, glossary_key(t)), q.members.capability(t), q.non_members.capability(t), false);
    }
    row(escape_html(tr.text("debrief.row.all_capabilities")), q.members.capability_mean,
        q.non_members.capability_mean, false);
    row(term(tr, "glossary.wage"), q.members.wage, q.non_members.wage, true);
    out += "</tbody></table>";
    bool any = false;
    for (const auto& g : q.by_type) {
        any = any || g.firms > 0;
    }
    if (!any) {
        return out;
    }
    out += "<h4>" + escape_html(tr.text("debrief.q1.by_type")) + "</h4><table>" +
           header({"", tr.text("debrief.col.firms"), tr.text("debrief.row.all_capabilities"),
                   tr.text("debrief.col.wage")}) +
           "<tbody>";
    for (std::size_t t = 0; t < kJointActionTypes; ++t) {
        const GroupChange& g = q.by_type[t];
        if (g.firms == 0) {
            continue;
        }
        out += "<tr>" + cell(term(tr, glossary_key(static_cast<JointActionType>(t)))) +
               cell(std::to_string(g.firms), true) +
               change_cell(g.capability_mean, capability_points(tr, g.capability_mean)) +
               change_cell(g.wage, tr.signed_percent(g.wage, 1)) + "</tr>";
    }
    return out + "</tbody></table>";
}

std::string group_name(const ReportTexts& tr, std::optional<Governance> g) {
    return g ? tr.text(std::string(glossary_key(*g)) + ".term") : tr.text("debrief.q2.none_group");
}

std::string question_two(const ReportTexts& tr, const ChainAnswer& q) {
    std::string out = "<h3>" + escape_html(tr.text("debrief.q2.title")) + "</h3>";
    out += paragraph(tr.text("debrief.q2.intro"));
    struct Group {
        std::optional<Governance> governance;
        const GroupChange* change;
    };
    std::vector<Group> groups;
    if (q.no_contract.firms > 0) {
        groups.push_back({std::nullopt, &q.no_contract});
    }
    for (std::size_t g = 0; g < kGovernanceTypes; ++g) {
        if (q.by_governance[g].firms > 0) {
            groups.push_back({static_cast<Governance>(g), &q.by_governance[g]});
        }
    }
    if (groups.empty()) {
        return out;
    }
    if (groups.size() == 1) {
        out += paragraph(
            tr.format("debrief.q2.single", {{"group", group_name(tr, groups[0].governance)}}),
            "answer");
    } else {
        auto by = [](UpgradeType t) {
            return [t](const Group& a, const Group& b) {
                return a.change->capability(t) < b.change->capability(t);
            };
        };
        auto [worst_f, best_f] =
            std::minmax_element(groups.begin(), groups.end(), by(UpgradeType::Functional));
        auto best_p = std::max_element(groups.begin(), groups.end(), by(UpgradeType::Process));
        out += paragraph(
            tr.format("debrief.q2.functional",
                      {{"best", group_name(tr, best_f->governance)},
                       {"best_value",
                        capability_points(tr, best_f->change->capability(UpgradeType::Functional))},
                       {"worst", group_name(tr, worst_f->governance)},
                       {"worst_value", capability_points(tr, worst_f->change->capability(
                                                                 UpgradeType::Functional))}}),
            "answer");
        out += paragraph(
            tr.format("debrief.q2.process",
                      {{"best", group_name(tr, best_p->governance)},
                       {"best_value",
                        capability_points(tr, best_p->change->capability(UpgradeType::Process))}}),
            "answer");
    }
    constexpr UpgradeType kShown[] = {UpgradeType::Process, UpgradeType::Product,
                                      UpgradeType::Functional};
    out += "<table><thead><tr><th></th><th class=\"num\">" +
           escape_html(tr.text("debrief.col.firms")) + "</th>";
    for (UpgradeType t : kShown) {
        out += "<th class=\"num\">" + term(tr, glossary_key(t)) + "</th>";
    }
    out += "<th class=\"num\">" + escape_html(tr.text("debrief.col.wage")) +
           "</th></tr></thead><tbody>";
    for (const Group& g : groups) {
        out += "<tr>" +
               cell(g.governance ? term(tr, glossary_key(*g.governance))
                                 : escape_html(tr.text("debrief.q2.none_group"))) +
               cell(std::to_string(g.change->firms), true);
        for (UpgradeType t : kShown) {
            out += change_cell(g.change->capability(t),
                               capability_points(tr, g.change->capability(t)));
        }
        out += change_cell(g.change->wage, tr.signed_percent(g.change->wage, 1)) + "</tr>";
    }
    return out + "</tbody></table>";
}

std::string question_three(const ReportTexts& tr, const PolicyAnswer& q) {
    std::string out = "<h3>" + escape_html(tr.text("debrief.q3.title")) + "</h3>";
    if (q.spent <= 0) {
        return out + paragraph(tr.text("debrief.q3.nothing"), "answer");
    }
    out += paragraph(
        tr.format("debrief.q3.spent", {{"spent", tr.k_dollars(q.spent, 0)},
                                       {"budget", tr.k_dollars(q.budget, 0)},
                                       {"group", tr.k_dollars(q.group_support, 0)},
                                       {"individual", tr.k_dollars(q.individual_support, 0)}}),
        "answer");
    out += paragraph(tr.format("debrief.q3.result",
                               {{"capability", capability_points(tr, q.cluster.capability_mean)},
                                {"wage", tr.signed_percent(q.cluster.wage, 1)}}),
                     "answer");
    if (q.k_per_capability_point) {
        out += paragraph(tr.format("debrief.q3.per_point",
                                   {{"cost", tr.fixed(*q.k_per_capability_point, 1) + " k$"}}),
                         "answer");
    } else {
        out += paragraph(tr.text("debrief.q3.no_gain"), "answer");
    }
    out += "<table><thead><tr><th>" + escape_html(tr.text("debrief.col.lever")) +
           "</th><th class=\"num\">" + escape_html(tr.text("debrief.col.spent")) + "</th><th>" +
           escape_html(tr.text("debrief.col.share")) + "</th></tr></thead><tbody>";
    for (std::size_t l = 0; l < kPolicyLevers; ++l) {
        const double share =
            static_cast<double>(q.spent_by_lever[l]) / static_cast<double>(q.spent);
        out += "<tr>" + cell(escape_html(tr.text("debrief.lever." + std::string(kLeverIds[l])))) +
               cell(escape_html(tr.k_dollars(q.spent_by_lever[l], 0)), true) +
               "<td><span class=\"bar\"><span style=\"width:" +
               svg_number(std::clamp(share, 0.0, 1.0) * 100.0) + "%\"></span></span> " +
               escape_html(tr.percent(share, 0)) + "</td></tr>";
    }
    out += "</tbody></table>";
    return out + paragraph(tr.text("debrief.q3.caveat"), "note");
}

} // namespace

std::string questions_section(const Context& ctx) {
    const ReportTexts& tr = ctx.tr;
    std::string out = section_start("questions", tr.text("report.section.questions"));
    out += "<div class=\"question\">" + question_one(tr, ctx.answers.joint_actions) + "</div>";
    out += "<div class=\"question\">" + question_two(tr, ctx.answers.chains) + "</div>";
    out += "<div class=\"question\">" + question_three(tr, ctx.answers.policy) + "</div>";
    out += paragraph(tr.text("debrief.units"), "note");
    return out + "</section>";
}

} // namespace hr::debrief::report
