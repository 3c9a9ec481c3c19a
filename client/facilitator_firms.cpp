// The facilitator's table of every firm's numbers: public indicators from the snapshot, private
// ones (cash, profit, capabilities) from the facilitator's view.
#include "concept_term.hpp"
#include "facilitator_screen.hpp"
#include "room_widgets.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <array>
#include <cstdio>

namespace hr::client {

namespace {

const char* road_key(Road road) {
    switch (road) {
    case Road::HighRoad:
        return "glossary.high_road";
    case Road::LowRoad:
        return "glossary.low_road";
    case Road::Stagnation:
        return "glossary.stagnation";
    case Road::Downgrading:
        return "glossary.downgrading";
    }
    return "glossary.stagnation";
}

std::string thousands(double k) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", k);
    return text;
}

// "$457k", "$5.48M", "-$12k": short enough for a column of a projected table.
std::string short_money(Money m) {
    const double k = to_k(m < 0 ? -m : m);
    char text[32];
    if (k >= 1000.0) {
        std::snprintf(text, sizeof text, "$%.2fM", k / 1000.0);
    } else {
        std::snprintf(text, sizeof text, "$%.0fk", k);
    }
    return (m < 0 ? "-" : "") + std::string(text);
}

// A road as a pill in its colour, explained on hover.
void road_pill(const Translations& tr, Road road) {
    const std::string term = std::string(road_key(road)) + ".term";
    const theme::Rgb colour = theme::road_colour(road);
    const bool dark = theme::lightness(colour) < 50.0;
    room::pill(tr(term), colour, dark ? theme::kText : theme::kBackground);
    if (ImGui::IsItemHovered()) {
        concept_tooltip(tr, road_key(road));
    }
}

// Four small bars, one per kind of upgrading, with the levels on hover.
void capability_bars(const Translations& tr, const Capabilities& c, float scale) {
    static constexpr std::array<const char*, kUpgradeTypes> kKeys{
        "glossary.process_upgrading", "glossary.product_upgrading", "glossary.functional_upgrading",
        "glossary.intersectoral_upgrading"};
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float bar = 9.0f * scale;
    const float gap = 4.0f * scale;
    const float height = ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
        const float x = pos.x + static_cast<float>(k) * (bar + gap);
        const float level = static_cast<float>(std::clamp(c.level[k], 0.0, 1.0));
        draw->AddRectFilled(ImVec2(x, pos.y), ImVec2(x + bar, pos.y + height),
                            theme::to_imu32(theme::kField));
        draw->AddRectFilled(ImVec2(x, pos.y + height * (1.0f - level)),
                            ImVec2(x + bar, pos.y + height),
                            theme::to_imu32(theme::kRoads.high_road));
    }
    ImGui::Dummy(ImVec2(4 * bar + 3 * gap, height));
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
            const std::string line = std::string(tr(std::string(kKeys[k]) + ".term")) + ": " +
                                     thousands(c.level[k] * 100) + " %";
            ImGui::TextUnformatted(line.c_str());
        }
        ImGui::EndTooltip();
    }
}

// A column header that explains its concept on hover.
void header(const Translations& tr, const char* label_key, const char* concept_key) {
    ImGui::TableNextColumn();
    ImGui::TableHeader(tr(label_key));
    if (concept_key != nullptr && ImGui::IsItemHovered()) {
        concept_tooltip(tr, concept_key);
    }
}

} // namespace

void FacilitatorScreen::draw_firms(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    if (!m.snapshot || !m.facilitator) {
        widgets::muted_wrapped(tr("facilitator.no_numbers"));
        return;
    }
    const auto& firms = m.snapshot->firms;
    const auto& view = *m.facilitator;
    if (view.last_results.empty()) {
        widgets::muted_wrapped(tr("facilitator.first_round_hint"));
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    ImGui::PushStyleColor(ImGuiCol_TableRowBg, theme::to_imvec4(theme::kPanel, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, theme::to_imvec4(theme::kPanelRaised, 0.55f));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(6.0f * s, 6.0f * s));
    if (ImGui::BeginTable("##firm_numbers", 8, flags,
                          ImVec2(0, ImGui::GetContentRegionAvail().y))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("firm", ImGuiTableColumnFlags_WidthStretch);
        for (int i = 0; i < 7; ++i) {
            ImGui::TableSetupColumn("n", ImGuiTableColumnFlags_WidthFixed);
        }
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        ImGui::PushFont(fonts.bold);
        header(tr, "facilitator.col_firm", nullptr);
        header(tr, "facilitator.col_road", "glossary.high_road");
        header(tr, "facilitator.col_cash", "glossary.credit_line");
        header(tr, "facilitator.col_profit", nullptr);
        header(tr, "facilitator.col_wage", "glossary.wage");
        header(tr, "facilitator.col_exports", "glossary.low_end_export");
        header(tr, "facilitator.col_unit_value", "glossary.unit_value");
        header(tr, "facilitator.col_capabilities", "glossary.upgrading");
        ImGui::PopFont();
        for (std::size_t i = 0; i < firms.size(); ++i) {
            const proto::PublicFirm& pub = firms[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushFont(fonts.bold);
            ImGui::TextUnformatted(pub.name.c_str());
            ImGui::PopFont();
            if (pub.bankrupt) {
                ImGui::SameLine();
                room::pill(tr("facilitator.bankrupt"), theme::kDanger, theme::kBackground);
            }
            ImGui::TableNextColumn();
            // A road is a trend: there is none before the first round's results.
            if (view.last_results.empty()) {
                ImGui::TextDisabled("-");
            } else {
                road_pill(tr, pub.road);
            }
            ImGui::TableNextColumn();
            if (i < view.firms.size()) {
                const std::string cash = short_money(view.firms[i].cash);
                ImGui::PushStyleColor(
                    ImGuiCol_Text,
                    theme::to_imvec4(view.firms[i].cash < 0 ? theme::kDanger : theme::kText));
                ImGui::TextUnformatted(cash.c_str());
                ImGui::PopStyleColor();
            }
            ImGui::TableNextColumn();
            if (i < view.last_results.size()) {
                const Money profit = view.last_results[i].profit;
                const std::string text = short_money(profit);
                ImGui::PushStyleColor(ImGuiCol_Text,
                                      theme::to_imvec4(profit < 0 ? theme::kDanger : theme::kText));
                ImGui::TextUnformatted(text.c_str());
                ImGui::PopStyleColor();
            } else {
                ImGui::TextDisabled("-");
            }
            ImGui::TableNextColumn();
            ImGui::Text("%.0f %%", pub.wage * 100.0);
            ImGui::TableNextColumn();
            ImGui::Text("%.0fk", pub.exports);
            ImGui::TableNextColumn();
            ImGui::Text("$%.2f", pub.unit_value);
            ImGui::TableNextColumn();
            if (i < view.firms.size()) {
                capability_bars(tr, view.firms[i].capabilities, s);
            }
        }
        if (m.snapshot->cluster) {
            const ClusterRecord& c = *m.snapshot->cluster;
            ImGui::TableNextRow();
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0,
                                   theme::to_imu32(theme::kAccent, 0.3f));
            ImGui::TableNextColumn();
            concept_term(tr, "glossary.cluster", fonts.bold);
            ImGui::TableNextColumn();
            road_pill(tr, c.road);
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
            ImGui::TableNextColumn();
            ImGui::Text("%.0f %%", c.avg_wage * 100.0);
            ImGui::TableNextColumn();
            ImGui::Text("%.0fk", c.exports);
            ImGui::TableNextColumn();
            ImGui::Text("$%.2f", c.unit_value);
            ImGui::TableNextColumn();
            capability_bars(tr, c.avg_capabilities, s);
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

} // namespace hr::client
