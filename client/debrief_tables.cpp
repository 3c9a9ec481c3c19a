#include "debrief_tables.hpp"

#include "concept_names.hpp"
#include "concept_term.hpp"
#include "figures.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <array>
#include <imgui.h>
#include <numeric>
#include <string>
#include <vector>

namespace hr::client {

namespace {

// The glossary entry of the wage level (its ".term" and ".tip" are the texts).
constexpr std::string_view kWageConcept = "glossary.wage";

constexpr std::array<std::string_view, debrief::kPolicyLevers> kLeverKeys{
    "debrief.lever.cofinancing", "debrief.lever.grants", "debrief.lever.service_centre",
    "debrief.lever.training", "debrief.lever.export_promotion"};

ImU32 road_u32(Road road) {
    return theme::to_imu32(theme::road_colour(road));
}

// A coloured dot in line with the text that follows.
void road_dot(Road road) {
    const float size = ImGui::GetTextLineHeight() * 0.62f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float mid = at.y + ImGui::GetTextLineHeight() / 2;
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + size / 2, mid), size / 2,
                                                road_u32(road));
    ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, size * 0.6f);
}

void right_aligned(const std::string& text, ImVec4 colour = theme::to_imvec4(theme::kText)) {
    const float width = ImGui::CalcTextSize(text.c_str()).x;
    const float room = ImGui::GetContentRegionAvail().x;
    if (room > width) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - width);
    }
    ImGui::TextColored(colour, "%s", text.c_str());
}

ImVec4 change_colour(double v) {
    if (v > 1e-9) {
        return theme::to_imvec4(theme::kRoads.high_road);
    }
    if (v < -1e-9) {
        return theme::to_imvec4(theme::kRoads.low_road);
    }
    return theme::to_imvec4(theme::kTextMuted);
}

// Three stacked parts of a score, from a shared zero so that losses go left of it.
void score_bar(const std::array<double, 3>& parts, double most_negative, double most_positive) {
    static const std::array<theme::Rgb, 3> colours{theme::kHighlight, theme::Rgb{0x3F, 0xA7, 0x96},
                                                   theme::kRoads.high_road};
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = ImGui::GetTextLineHeight() * 0.7f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float top = at.y + (ImGui::GetTextLineHeight() - height) / 2;
    const double span = std::max(1e-9, most_positive - most_negative);
    const auto px = [&](double v) {
        return at.x + static_cast<float>((v - most_negative) / span) * width;
    };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    double positive = 0;
    double negative = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        double v = parts[i];
        if (v >= 0) {
            draw->AddRectFilled(ImVec2(px(positive), top), ImVec2(px(positive + v), top + height),
                                theme::to_imu32(colours[i]));
            positive += v;
        } else {
            draw->AddRectFilled(ImVec2(px(negative + v), top), ImVec2(px(negative), top + height),
                                theme::to_imu32(theme::kDanger));
            negative += v;
        }
    }
    if (most_negative < 0) {
        draw->AddLine(ImVec2(px(0), top - 2), ImVec2(px(0), top + height + 2),
                      theme::to_imu32(theme::kTextMuted));
    }
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
}

// A share as a bar across the cell with its percentage at the right end.
void share_bar(double share, const std::string& label) {
    const float text_w = ImGui::CalcTextSize("100 %").x;
    const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
    const float room = std::max(0.0f, ImGui::GetContentRegionAvail().x - text_w - gap);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = ImGui::GetTextLineHeight() * 0.55f;
    const float top = at.y + (ImGui::GetTextLineHeight() - height) / 2;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + room, top + height),
                        theme::to_imu32(theme::kField), height / 2);
    const float filled = room * static_cast<float>(std::clamp(share, 0.0, 1.0));
    if (filled >= height) { // thinner than its rounding, a bar would show as a stray dot
        draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + filled, top + height),
                            theme::to_imu32(theme::kAccentHover), height / 2);
    }
    ImGui::Dummy(ImVec2(room + gap, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, 0);
    right_aligned(label, theme::to_imvec4(theme::kTextMuted));
}

void card_heading(const FontSet& fonts, const char* text) {
    ImGui::PushFont(fonts.heading);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}

void sentence(const std::string& text) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

bool begin_table(const char* id, int columns) {
    return ImGui::BeginTable(id, columns,
                             ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                 ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX);
}

void header_cell(const char* text, bool right = true) {
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kTextMuted));
    if (right) {
        right_aligned(text, theme::to_imvec4(theme::kTextMuted));
    } else {
        ImGui::TextUnformatted(text);
    }
    ImGui::PopStyleColor();
}

void change_cell(double v, const std::string& text) {
    ImGui::TableNextColumn();
    right_aligned(text, change_colour(v));
}

std::string group_name(const Translations& tr, std::optional<Governance> g) {
    return g ? concept_name(tr, *g) : tr.text("debrief.q2.none_group");
}

void question_one(const Translations& tr, const FontSet& fonts,
                  const debrief::JointActionAnswer& q) {
    const Language lang = tr.language();
    card_heading(fonts, tr("debrief.q1.title"));
    if (q.members.firms == 0) {
        sentence(tr.text("debrief.q1.nobody"));
        return;
    }
    if (q.non_members.firms == 0) {
        sentence(tr.format("debrief.q1.everybody",
                           {{"member_gain", capability_points(q.members.capability_mean, lang)}}));
    } else {
        const bool yes = q.member_advantage && *q.member_advantage > 0;
        sentence(
            tr.format(yes ? "debrief.q1.yes" : "debrief.q1.no",
                      {{"members", std::to_string(q.members.firms)},
                       {"member_gain", capability_points(q.members.capability_mean, lang)},
                       {"others", std::to_string(q.non_members.firms)},
                       {"other_gain", capability_points(q.non_members.capability_mean, lang)}}));
    }
    ImGui::Spacing();
    if (begin_table("q1", 4)) {
        ImGui::TableSetupColumn("##what", ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn("##members", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("##others", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("##difference", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        header_cell("", false);
        header_cell(
            tr.format("debrief.col.members", {{"n", std::to_string(q.members.firms)}}).c_str());
        header_cell(
            tr.format("debrief.col.others", {{"n", std::to_string(q.non_members.firms)}}).c_str());
        header_cell(tr("debrief.col.difference"));
        auto row = [&](auto label, double member, double other, bool percent_change) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            label();
            auto text = [&](double v) {
                return percent_change ? signed_percent(v, 1, lang) : capability_points(v, lang);
            };
            change_cell(member, text(member));
            if (q.non_members.firms > 0) {
                change_cell(other, text(other));
                change_cell(member - other, text(member - other));
            } else {
                change_cell(0, "–");
                change_cell(0, "–");
            }
        };
        for (UpgradeType t : kAllUpgradeTypes) {
            row([&] { concept_term(tr, glossary_key(t)); }, q.members.capability(t),
                q.non_members.capability(t), false);
        }
        row([&] { ImGui::TextUnformatted(tr("debrief.row.all_capabilities")); },
            q.members.capability_mean, q.non_members.capability_mean, false);
        row([&] { concept_term(tr, kWageConcept); }, q.members.wage, q.non_members.wage, true);
        ImGui::EndTable();
    }
    // Which kinds of joint action the members were in.
    bool any = false;
    for (const auto& g : q.by_type) {
        any = any || g.firms > 0;
    }
    if (!any) {
        return;
    }
    ImGui::Spacing();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(tr("debrief.q1.by_type"));
    ImGui::PopFont();
    if (begin_table("q1types", 4)) {
        ImGui::TableSetupColumn("##type", ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn("##firms", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("##capability", ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("##wage", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        header_cell("", false);
        header_cell(tr("debrief.col.firms"));
        header_cell(tr("debrief.row.all_capabilities"));
        header_cell(tr("debrief.col.wage"));
        for (std::size_t t = 0; t < kJointActionTypes; ++t) {
            const debrief::GroupChange& g = q.by_type[t];
            if (g.firms == 0) {
                continue;
            }
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            concept_term(tr, glossary_key(static_cast<JointActionType>(t)));
            ImGui::TableNextColumn();
            right_aligned(std::to_string(g.firms));
            change_cell(g.capability_mean, capability_points(g.capability_mean, lang));
            change_cell(g.wage, signed_percent(g.wage, 1, lang));
        }
        ImGui::EndTable();
    }
}

void question_two(const Translations& tr, const FontSet& fonts, const debrief::ChainAnswer& q) {
    const Language lang = tr.language();
    card_heading(fonts, tr("debrief.q2.title"));
    sentence(tr.text("debrief.q2.intro"));
    struct Group {
        std::optional<Governance> governance;
        const debrief::GroupChange* change;
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
        return;
    }
    if (groups.size() == 1) {
        sentence(tr.format("debrief.q2.single", {{"group", group_name(tr, groups[0].governance)}}));
    } else {
        auto by = [](UpgradeType t) {
            return [t](const Group& a, const Group& b) {
                return a.change->capability(t) < b.change->capability(t);
            };
        };
        auto [worst_f, best_f] =
            std::minmax_element(groups.begin(), groups.end(), by(UpgradeType::Functional));
        auto best_p = std::max_element(groups.begin(), groups.end(), by(UpgradeType::Process));
        sentence(tr.format(
            "debrief.q2.functional",
            {{"best", group_name(tr, best_f->governance)},
             {"best_value",
              capability_points(best_f->change->capability(UpgradeType::Functional), lang)},
             {"worst", group_name(tr, worst_f->governance)},
             {"worst_value",
              capability_points(worst_f->change->capability(UpgradeType::Functional), lang)}}));
        sentence(tr.format(
            "debrief.q2.process",
            {{"best", group_name(tr, best_p->governance)},
             {"best_value",
              capability_points(best_p->change->capability(UpgradeType::Process), lang)}}));
    }
    ImGui::Spacing();
    if (begin_table("q2", 6)) {
        ImGui::TableSetupColumn("##group", ImGuiTableColumnFlags_WidthStretch, 2.2f);
        for (int i = 0; i < 5; ++i) {
            ImGui::TableSetupColumn("##v", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        }
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        header_cell("", false);
        header_cell(tr("debrief.col.firms"));
        for (UpgradeType t :
             {UpgradeType::Process, UpgradeType::Product, UpgradeType::Functional}) {
            ImGui::TableNextColumn();
            const std::string& name = concept_name(tr, t);
            float width = ImGui::CalcTextSize(name.c_str()).x;
            float room = ImGui::GetContentRegionAvail().x;
            ImGui::PushTextWrapPos(0);
            if (room > width) {
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room - width);
            }
            concept_term(tr, glossary_key(t));
            ImGui::PopTextWrapPos();
        }
        header_cell(tr("debrief.col.wage"));
        for (const auto& g : groups) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (g.governance) {
                concept_term(tr, glossary_key(*g.governance));
            } else {
                ImGui::TextUnformatted(tr("debrief.q2.none_group"));
            }
            ImGui::TableNextColumn();
            right_aligned(std::to_string(g.change->firms));
            for (UpgradeType t :
                 {UpgradeType::Process, UpgradeType::Product, UpgradeType::Functional}) {
                change_cell(g.change->capability(t),
                            capability_points(g.change->capability(t), lang));
            }
            change_cell(g.change->wage, signed_percent(g.change->wage, 1, lang));
        }
        ImGui::EndTable();
    }
}

void question_three(const Translations& tr, const FontSet& fonts, const debrief::PolicyAnswer& q) {
    const Language lang = tr.language();
    card_heading(fonts, tr("debrief.q3.title"));
    if (q.spent <= 0) {
        sentence(tr.text("debrief.q3.nothing"));
        return;
    }
    sentence(
        tr.format("debrief.q3.spent", {{"spent", k_dollars(q.spent, 0, lang)},
                                       {"budget", k_dollars(q.budget, 0, lang)},
                                       {"group", k_dollars(q.group_support, 0, lang)},
                                       {"individual", k_dollars(q.individual_support, 0, lang)}}));
    sentence(tr.format("debrief.q3.result",
                       {{"capability", capability_points(q.cluster.capability_mean, lang)},
                        {"wage", signed_percent(q.cluster.wage, 1, lang)}}));
    if (q.k_per_capability_point) {
        sentence(tr.format("debrief.q3.per_point",
                           {{"cost", fixed(*q.k_per_capability_point, 1, lang) + " k$"}}));
    } else {
        sentence(tr.text("debrief.q3.no_gain"));
    }
    ImGui::Spacing();
    if (begin_table("q3", 3)) {
        ImGui::TableSetupColumn("##lever", ImGuiTableColumnFlags_WidthStretch, 2.6f);
        ImGui::TableSetupColumn("##spent", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("##share", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        header_cell(tr("debrief.col.lever"), false);
        header_cell(tr("debrief.col.spent"));
        header_cell(tr("debrief.col.share"));
        for (std::size_t l = 0; l < debrief::kPolicyLevers; ++l) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(tr(kLeverKeys[l]));
            ImGui::TableNextColumn();
            right_aligned(k_dollars(q.spent_by_lever[l], 0, lang));
            ImGui::TableNextColumn();
            const double share =
                static_cast<double>(q.spent_by_lever[l]) / static_cast<double>(q.spent);
            share_bar(share, percent(share, 0, lang));
        }
        ImGui::EndTable();
    }
    widgets::muted_wrapped(tr("debrief.q3.caveat"));
}

} // namespace

std::string capability_points(double change, Language lang) {
    return signed_fixed(change * 100.0, 1, lang);
}

void draw_final_scores(const Translations& tr, const FontSet& fonts,
                       const proto::GameOver& game_over, std::optional<FirmId> own_firm,
                       const ScoreWeights& weights) {
    const Language lang = tr.language();
    std::vector<const proto::FinalScore*> ranked;
    for (const auto& s : game_over.scores) {
        ranked.push_back(&s);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto* a, const auto* b) { return a->score.total > b->score.total; });
    auto parts_of = [&](const proto::FinalScore& s) {
        return std::array<double, 3>{weights.profit * s.score.profit,
                                     weights.firm_value * s.score.firm_value,
                                     weights.community_income * s.score.community_income};
    };
    double most_negative = 0;
    double most_positive = 1;
    for (const auto* s : ranked) {
        double pos = 0;
        double neg = 0;
        for (double v : parts_of(*s)) {
            (v >= 0 ? pos : neg) += v;
        }
        most_positive = std::max(most_positive, pos);
        most_negative = std::min(most_negative, neg);
    }

    if (ImGui::BeginTable("scores", 8,
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                              ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableSetupColumn("##rank", ImGuiTableColumnFlags_WidthFixed,
                                ImGui::CalcTextSize("00").x);
        ImGui::TableSetupColumn("##firm", ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn("##road", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("##profit", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthStretch, 1.1f);
        ImGui::TableSetupColumn("##community", ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn("##total", ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn("##parts", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        header_cell("#", false);
        header_cell(tr("debrief.scores.firm"), false);
        header_cell(tr("debrief.scores.road"), false);
        header_cell(tr("debrief.scores.profit"));
        header_cell(tr("debrief.scores.firm_value"));
        header_cell(tr("debrief.scores.community_income"));
        header_cell(tr("debrief.scores.total"));
        header_cell(tr("debrief.scores.parts"), false);
        int rank = 0;
        for (const auto* s : ranked) {
            ++rank;
            const bool own = own_firm && *own_firm == s->firm;
            ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetTextLineHeight() * 1.8f);
            if (own) {
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0,
                                       theme::to_imu32(theme::kHighlight, 0.12f));
            }
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%d", rank);
            ImGui::TableNextColumn();
            ImGui::PushFont(own ? fonts.bold : fonts.body);
            ImGui::TextColored(own ? theme::to_imvec4(theme::kHighlight)
                                   : theme::to_imvec4(theme::kText),
                               "%s", s->name.c_str());
            ImGui::PopFont();
            if (own || s->seat == proto::SeatKind::Bot) {
                ImGui::SameLine();
                ImGui::TextDisabled("(%s)",
                                    own ? tr("debrief.scores.you") : tr("debrief.scores.bot"));
            }
            ImGui::TableNextColumn();
            road_dot(s->road);
            concept_term(tr, glossary_key(s->road));
            ImGui::TableNextColumn();
            right_aligned(fixed(s->score.profit, 0, lang), s->score.profit < 0
                                                               ? theme::to_imvec4(theme::kDanger)
                                                               : theme::to_imvec4(theme::kText));
            ImGui::TableNextColumn();
            right_aligned(fixed(s->score.firm_value, 0, lang));
            ImGui::TableNextColumn();
            right_aligned(fixed(s->score.community_income, 0, lang));
            ImGui::TableNextColumn();
            ImGui::PushFont(fonts.bold);
            right_aligned(fixed(s->score.total, 0, lang));
            ImGui::PopFont();
            ImGui::TableNextColumn();
            score_bar(parts_of(*s), most_negative, most_positive);
            if (ImGui::IsItemHovered()) {
                widgets::tooltip(tr.format("debrief.scores.parts_tip",
                                           {{"profit", fixed(parts_of(*s)[0], 0, lang)},
                                            {"value", fixed(parts_of(*s)[1], 0, lang)},
                                            {"community", fixed(parts_of(*s)[2], 0, lang)}})
                                     .c_str());
            }
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    widgets::muted_wrapped(
        tr.format("debrief.scores.note", {{"profit", fixed(weights.profit, 1, lang)},
                                          {"value", fixed(weights.firm_value, 1, lang)},
                                          {"community", fixed(weights.community_income, 1, lang)}})
            .c_str());
}

std::string_view research_question_key(int question) {
    static constexpr std::array<std::string_view, kResearchQuestions> keys{
        "debrief.q1.title", "debrief.q2.title", "debrief.q3.title"};
    return keys[static_cast<std::size_t>(std::clamp(question, 0, kResearchQuestions - 1))];
}

void draw_research_answer(const Translations& tr, const FontSet& fonts,
                          const debrief::DebriefAnswers& answers, int question) {
    switch (question) {
    case 0:
        question_one(tr, fonts, answers.joint_actions);
        break;
    case 1:
        question_two(tr, fonts, answers.chains);
        break;
    default:
        question_three(tr, fonts, answers.policy);
        break;
    }
    ImGui::Spacing();
    widgets::muted_wrapped(tr("debrief.units"));
}

} // namespace hr::client
