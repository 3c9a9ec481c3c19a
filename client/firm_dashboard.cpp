#include "firm_dashboard.hpp"

#include "concept_names.hpp"
#include "concept_term.hpp"
#include "figures.hpp"

#include <algorithm>
#include <array>

namespace hr::client {

namespace {

constexpr std::array<const char*, kUpgradeTypes> kShortNames{
    "decide.process", "decide.product", "decide.functional", "decide.intersectoral"};

const std::optional<FirmResult>& last_result(const SessionModel& model) {
    static const std::optional<FirmResult> none;
    return model.results.empty() ? none : model.results.back().own;
}

theme::Rgb change_colour(double change) {
    return change > 0.0005    ? theme::kRoads.high_road
           : change < -0.0005 ? theme::kRoads.low_road
                              : theme::kTextMuted;
}

void draw_money(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const proto::FirmPrivate& own = f.own();
    ui::muted(tr("dashboard.cash"));
    ImGui::PushFont(f.fonts.heading);
    ui::coloured(own.cash < 0 ? theme::kDanger : theme::kText, money_text(tr, own.cash));
    ImGui::PopFont();
    if (const auto& last = last_result(f.model)) {
        const Money change = last->cash_after - last->cash_before;
        ui::coloured(change_colour(static_cast<double>(change)),
                     tr.format("dashboard.since_last",
                               {{"change", (change > 0 ? "+" : "") + money_text(tr, change)}}));
    }
    ui::concept_row(tr, "glossary.credit_line", money_text(tr, own.credit_line));
    ui::stat_row(tr.text("dashboard.capacity"), units_text(tr, own.capacity));
    ui::stat_row(tr.text("dashboard.cumulative_profit"), money_text(tr, own.cumulative_profit),
                 own.cumulative_profit < 0 ? theme::kDanger : theme::kText);
}

void draw_workforce(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const Workforce& w = f.own().workforce;
    ui::section(f.fonts, tr("dashboard.workforce"));
    ui::concept_row(tr, "glossary.wage", level_text(tr, w.wage));
    ui::concept_label(tr, tr.text("dashboard.skill"), "glossary.absorptive_capacity");
    ui::right_aligned(level_text(tr, w.skill));
    ui::stat_row(tr.text("dashboard.employment"),
                 tr.format("dashboard.workers", {{"count", fixed(w.employment, 0, f.lang())}}));
}

void draw_status(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const proto::FirmPrivate& own = f.own();
    concept_term(tr, "glossary.certification");
    ui::right_aligned(own.certified ? tr.text("dashboard.yes") : tr.text("dashboard.no"),
                      own.certified ? theme::kRoads.high_road : theme::kTextMuted);
    ui::stat_row(tr.text("dashboard.own_design"),
                 own.own_design ? tr.text("dashboard.yes") : tr.text("dashboard.design_lost"),
                 own.own_design ? theme::kText : theme::kRoads.low_road);
    if (own.acquired) {
        ui::coloured(theme::kHighlight, tr("dashboard.acquired"));
    }
}

void draw_contracts(const RoundFrame& f) {
    const Translations& tr = f.tr;
    ui::section(f.fonts, tr("dashboard.contracts"));
    const auto& contracts = f.own().contracts;
    if (contracts.empty()) {
        ui::muted(tr("dashboard.no_contracts"));
        return;
    }
    for (const Contract& c : contracts) {
        ImGui::PushID(static_cast<int>(c.id));
        ui::wrapped(theme::kText, buyer_name(tr, f.scenario(), c.terms.buyer_id));
        ui::concept_label(tr, concept_name(tr, c.terms.governance),
                          glossary_key(c.terms.governance));
        ui::muted(tr.format(
            "dashboard.contract_terms",
            {{"volume", fixed(c.terms.volume, 0, f.lang())},
             {"price", fixed(static_cast<double>(c.terms.unit_price) / 1000.0, 2, f.lang())},
             {"last", std::to_string(c.last_round)}}));
        ImGui::PopID();
    }
}

void draw_road(const RoundFrame& f) {
    const Translations& tr = f.tr;
    ui::section(f.fonts, tr("dashboard.road"));
    const auto& last = last_result(f.model);
    if (!last) {
        ui::muted(tr("dashboard.road_after_first"));
        return;
    }
    ui::road_pill(tr, last->road.road);
    ui::muted(road_numbers(tr, last->road));
}

} // namespace

void draw_capability_bars(const RoundFrame& f, const std::optional<FirmResult>& last) {
    const Translations& tr = f.tr;
    const ModelParams& p = f.scenario().params;
    const proto::FirmPrivate& own = f.own();
    // One line each: the name, the bar against the frontier (1 at its right end), the level with
    // an arrow for last round's move.
    float label = 0;
    for (const char* key : kShortNames) {
        label = std::max(label, ImGui::CalcTextSize(tr(key)).x);
    }
    const float value = ImGui::CalcTextSize("\u2191 0.00").x;
    const float gap = f.px(8);
    for (const UpgradeType k : kAllUpgradeTypes) {
        const auto i = static_cast<std::size_t>(k);
        const double level = own.capabilities[k];
        const float x0 = ImGui::GetCursorPosX();
        ui::concept_label(tr, tr.text(kShortNames[i]), glossary_key(k));
        double change = 0;
        if (last) {
            change = last->upgrading[i].after - last->upgrading[i].before;
        }
        // The threshold that opens a channel: own brand needs functional, the adjacent sector
        // needs intersectoral.
        std::optional<float> threshold;
        if (k == UpgradeType::Functional) {
            threshold = static_cast<float>(p.f_min);
        } else if (k == UpgradeType::Intersectoral) {
            threshold = static_cast<float>(p.i_min);
        }
        ImGui::SameLine(x0 + label + gap);
        const float bar = ImGui::GetContentRegionAvail().x - value - gap;
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y + (ImGui::GetTextLineHeight() - f.px(8)) * 0.5f);
        ui::meter(static_cast<float>(level), theme::kAccentHover, ImVec2(bar, f.px(8)), threshold,
                  theme::kHighlight);
        if (ImGui::IsItemHovered()) {
            const std::string tip = tr.format(
                "dashboard.capability_tip",
                {{"level", level_text(tr, level)}, {"change", signed_fixed(change, 2, f.lang())}});
            const char* extra = k == UpgradeType::Functional      ? "dashboard.threshold_brand"
                                : k == UpgradeType::Intersectoral ? "dashboard.threshold_adjacent"
                                                                  : nullptr;
            ImGui::SetTooltip("%s%s%s", tip.c_str(), extra != nullptr ? "\n" : "",
                              extra != nullptr ? tr(extra) : "");
        }
        ImGui::SameLine();
        ImGui::SetCursorPosY(y);
        const char* arrow = change > 0.0005 ? "\u2191 " : change < -0.0005 ? "\u2193 " : "  ";
        ui::right_aligned(std::string(last ? arrow : "") + level_text(tr, level),
                          change_colour(change));
    }
}

void draw_firm_dashboard(const RoundFrame& f) {
    const Translations& tr = f.tr;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(f.px(8), f.px(4)));
    draw_money(f);
    draw_workforce(f);
    ui::section(f.fonts, tr("dashboard.capabilities"), tr, "glossary.world_frontier");
    draw_capability_bars(f, last_result(f.model));
    ui::section(f.fonts, tr("dashboard.status"));
    draw_status(f);
    draw_contracts(f);
    draw_road(f);
    ImGui::PopStyleVar();
}

} // namespace hr::client
