#include "offers_panel.hpp"

#include "concept_names.hpp"
#include "concept_term.hpp"
#include "decision_issues.hpp"
#include "decision_panel.hpp"
#include "figures.hpp"

#include <algorithm>
#include <array>

namespace hr::client {

namespace {

bool accepted(const Decision& d, OfferId id) {
    return std::find(d.accept.begin(), d.accept.end(), id) != d.accept.end();
}

// The issues about this offer: validate names accepted offers by their place in d.accept.
std::vector<ValidationIssue> offer_issues(const Decision& d, OfferId id,
                                          const std::vector<ValidationIssue>& issues) {
    std::vector<ValidationIssue> out;
    for (const ValidationIssue& issue : issues) {
        const auto index = field_index(issue.field, "accept");
        if (index && *index < d.accept.size() && d.accept[*index] == id) {
            out.push_back({"offer", issue.message});
        }
    }
    return out;
}

// A small label over a value, as one cell of the offer's figures.
// One figure of the offer as "label  value" on a line of a table cell.
void figure(const char* label, const std::string& value, theme::Rgb colour = theme::kText) {
    ImGui::TableNextColumn();
    ui::coloured(theme::kTextMuted, label);
    ImGui::SameLine();
    ui::coloured(colour, value);
}

void clause_pills(const RoundFrame& f, const BuyerOffer& o) {
    const Translations& tr = f.tr;
    struct Pill {
        bool on;
        const char* key;
        theme::Rgb colour;
    };
    const std::array<Pill, 5> pills{{
        {o.requires_certification, "offers.clause.certification", theme::kField},
        {o.clauses.exclusivity, "offers.clause.exclusivity", theme::kField},
        {o.clauses.no_own_brand, "offers.clause.no_own_brand", theme::kRoads.low_road},
        {o.clauses.no_own_design, "offers.clause.no_own_design", theme::kRoads.downgrading},
        {o.clauses.technical_help, "offers.clause.technical_help", theme::kAccent},
    }};
    bool first = true;
    for (const Pill& p : pills) {
        if (!p.on) {
            continue;
        }
        if (!first) {
            ImGui::SameLine();
        }
        first = false;
        ui::pill(tr(p.key), p.colour, theme::kText);
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", tr(std::string(p.key) + "_tip"));
        }
    }
    if (o.clauses.acquisition) {
        if (!first) {
            ImGui::SameLine();
        }
        ui::pill(tr.format("offers.clause.acquisition",
                           {{"price", money_text(tr, o.acquisition_price)}}),
                 theme::kRoads.downgrading, theme::kText);
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", tr("offers.clause.acquisition_tip"));
        }
    }
}

void accept_buttons(const RoundFrame& f, Decision& draft, const BuyerOffer& o) {
    const Translations& tr = f.tr;
    const bool on = accepted(draft, o.id);
    const float width = 104.0f * f.scale;
    ImGui::BeginDisabled(!f.can_act);
    ImGui::PushStyleColor(ImGuiCol_Button, theme::to_imvec4(on ? theme::kAccent : theme::kField));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::to_imvec4(theme::kAccentHover));
    if (ImGui::Button(tr("offers.accept"), ImVec2(width, 0)) && !on) {
        draft.accept.push_back(o.id);
    }
    ImGui::PopStyleColor(2);
    ImGui::SameLine(0, 4.0f * f.scale);
    ImGui::PushStyleColor(ImGuiCol_Button,
                          theme::to_imvec4(on ? theme::kField : theme::kFieldActive));
    if (ImGui::Button(tr("offers.decline"), ImVec2(width, 0)) && on) {
        std::erase(draft.accept, o.id);
    }
    ImGui::PopStyleColor();
    ImGui::EndDisabled();
}

void offer_card(const RoundFrame& f, Decision& draft, const BuyerOffer& o,
                const std::vector<ValidationIssue>& issues) {
    const Translations& tr = f.tr;
    const Language lang = f.lang();
    const bool on = accepted(draft, o.id);
    ImGui::PushID(static_cast<int>(o.id));
    ui::Box box(f.scale);
    ImGui::PushFont(f.fonts.bold);
    ImGui::TextUnformatted(buyer_name(tr, f.scenario(), o.buyer_id).c_str());
    ImGui::PopFont();
    if (const BuyerProfile* buyer = f.scenario().buyer(o.buyer_id);
        buyer != nullptr && ImGui::IsItemHovered()) {
        const std::string& about = buyer->description.in(language_code(lang));
        if (!about.empty()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
            ImGui::TextUnformatted(about.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    const float buttons = 2 * 104.0f * f.scale + 4.0f * f.scale;
    ImGui::SameLine(box.inner_right() - buttons);
    accept_buttons(f, draft, o);

    concept_term(tr, glossary_key(o.governance));
    ImGui::SameLine();
    ui::muted(governance_sentence(tr, o.governance));

    if (ImGui::BeginTable("##figures", 2, ImGuiTableFlags_SizingStretchSame,
                          ImVec2(box.inner_width(), 0))) {
        figure(tr("offers.volume"),
               tr.format("offers.volume_value", {{"value", fixed(o.volume, 0, lang)}}));
        const Money world = f.shadow != nullptr ? f.shadow->market.p_comp : 0;
        std::string price = price_text(tr, o.unit_price);
        if (world > 0) {
            price +=
                "  (" +
                signed_percent(static_cast<double>(o.unit_price) / static_cast<double>(world) - 1.0,
                               0, lang) +
                ")";
        }
        figure(tr("offers.price"), price);
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", tr("offers.price_tip"));
        }
        const double product = f.own().capabilities[UpgradeType::Product];
        figure(tr("offers.standard"),
               tr.format("offers.standard_value", {{"standard", level_text(tr, o.quality_standard)},
                                                   {"yours", level_text(tr, product)}}),
               product >= o.quality_standard ? theme::kRoads.high_road : theme::kRoads.low_road);
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", tr("offers.standard_tip"));
        }
        figure(tr("offers.duration"),
               tr.format(o.duration == 1 ? "offers.one_round" : "offers.rounds",
                         {{"count", std::to_string(o.duration)}}));
        ImGui::EndTable();
    }
    clause_pills(f, o);
    draw_field_issues(tr, offer_issues(draft, o.id, issues), "offer");
    box.end(on ? theme::kPanelRaised : theme::kPanel, on ? theme::kAccentActive : theme::kBorder);
    ImGui::PopID();
}

} // namespace

const char* governance_sentence(const Translations& tr, Governance governance) {
    static constexpr std::array<const char*, kGovernanceTypes> kKeys{
        "offers.governance.market", "offers.governance.network",
        "offers.governance.quasi_hierarchy", "offers.governance.hierarchy"};
    return tr(kKeys[static_cast<std::size_t>(governance)]);
}

void draw_offers(const RoundFrame& f, Decision& draft, const std::vector<ValidationIssue>& issues) {
    const Translations& tr = f.tr;
    const auto& offers = f.own().offers;
    if (offers.empty()) {
        ImGui::Dummy(ImVec2(0, f.px(12)));
        ui::muted(tr("offers.none"));
        return;
    }
    ui::muted(tr("offers.intro"));
    for (const BuyerOffer& o : offers) {
        offer_card(f, draft, o, issues);
    }
}

} // namespace hr::client
