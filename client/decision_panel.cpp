#include "decision_panel.hpp"

#include "concept_names.hpp"
#include "concept_term.hpp"
#include "decision_issues.hpp"
#include "figures.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cmath>

namespace hr::client {

namespace {

constexpr float kLabelWidth = 158.0f;
constexpr float kValueWidth = 118.0f;

bool member_of_active_label(const RoundFrame& f) {
    if (f.shadow == nullptr) {
        return false;
    }
    return std::any_of(f.shadow->joint_actions.begin(), f.shadow->joint_actions.end(),
                       [&](const JointAction& a) {
                           return a.type == JointActionType::CollectiveLabel && a.active &&
                                  std::binary_search(a.members.begin(), a.members.end(), f.firm);
                       });
}

const BuyerOffer* offer_by_id(const RoundFrame& f, OfferId id) {
    for (const BuyerOffer& o : f.own().offers) {
        if (o.id == id) {
            return &o;
        }
    }
    return nullptr;
}

bool running(const Contract& c, int round) {
    return c.first_round <= round && c.last_round >= round;
}

// Volume tied up in contracts this round: the running ones and the offers accepted in the draft.
double contracted_volume(const RoundFrame& f, const Decision& d) {
    double volume = 0;
    for (const Contract& c : f.own().contracts) {
        volume += running(c, f.round) ? c.terms.volume : 0.0;
    }
    for (const OfferId id : d.accept) {
        if (const BuyerOffer* o = offer_by_id(f, id)) {
            volume += o->volume;
        }
    }
    return volume;
}

bool brand_blocked_by_clause(const RoundFrame& f, const Decision& d) {
    for (const Contract& c : f.own().contracts) {
        if (running(c, f.round) && c.terms.clauses.no_own_brand) {
            return true;
        }
    }
    return std::any_of(d.accept.begin(), d.accept.end(), [&](OfferId id) {
        const BuyerOffer* o = offer_by_id(f, id);
        return o != nullptr && o->clauses.no_own_brand;
    });
}

// The firm's unit cost in $ a unit: last round's, or the model's estimate before the first round.
double unit_cost(const RoundFrame& f) {
    if (!f.model.results.empty() && f.model.results.back().own) {
        return f.model.results.back().own->unit_cost;
    }
    const ModelParams& p = f.scenario().params;
    const proto::FirmPrivate& own = f.own();
    const double productivity =
        p.a0 * (1 + own.capabilities[UpgradeType::Process]) * (0.85 + 0.3 * own.workforce.skill);
    const double labour = own.workforce.wage * static_cast<double>(p.w0) / productivity;
    const double inputs =
        static_cast<double>(p.m0) * (1 + 0.5 * own.capabilities[UpgradeType::Product]);
    return (labour + inputs) / 1000.0;
}

bool sold_last_round(const RoundFrame& f, SalesChannel channel) {
    if (f.model.results.empty() || !f.model.results.back().own) {
        return false;
    }
    return f.model.results.back().own->volume[static_cast<std::size_t>(channel)] > 0;
}

// Starts a lever row of a three-column table: the label cell is current.
void begin_row() {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
}

void value_cell(std::string_view text, theme::Rgb colour = theme::kTextMuted) {
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ui::coloured(colour, text);
}

bool begin_lever_table(const char* id, float scale) {
    // Rows as tight as the sliders: the table reads its cell padding when it begins.
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(6.0f * scale, 2.0f * scale));
    const bool open = ImGui::BeginTable(id, 3, ImGuiTableFlags_SizingFixedFit);
    ImGui::PopStyleVar();
    if (!open) {
        return false;
    }
    ImGui::TableSetupColumn("##label", ImGuiTableColumnFlags_WidthFixed, kLabelWidth * scale);
    ImGui::TableSetupColumn("##control", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("##value", ImGuiTableColumnFlags_WidthFixed, kValueWidth * scale);
    return true;
}

// Issues of one field, in the row under the control.
void row_issues(const Translations& tr, const std::vector<ValidationIssue>& issues,
                std::string_view field) {
    if (issues_for(issues, field).empty()) {
        return;
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TableNextColumn();
    draw_field_issues(tr, issues, field);
}

} // namespace

void draw_field_issues(const Translations& tr, const std::vector<ValidationIssue>& issues,
                       std::string_view field) {
    for (const ValidationIssue* issue : issues_for(issues, field)) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kDanger));
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(("\u2022 " + issue_text(tr, *issue)).c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
}

void DecisionPanel::start_round(const RoundFrame& f) {
    draft_round_ = f.round;
    sent_.reset();
    sent_seq_ = 0;
    if (f.model.own->decision && f.model.own->decision->round == f.round) {
        // Taken back after a reconnection: what the server holds is what counts.
        draft_ = *f.model.own->decision;
        sent_ = draft_;
        sent_seq_ = f.model.own->decision_seq;
    } else {
        draft_ = Decision{};
        draft_.firm = f.firm;
        draft_.round = f.round;
        draft_.markup = f.scenario().params.default_markup;
        // Keep selling where the firm sold last round; the rules still have the last word.
        draft_.sell_own_brand = sold_last_round(f, SalesChannel::OwnBrand);
        draft_.sell_adjacent = sold_last_round(f, SalesChannel::AdjacentSector);
    }
    draft_.propose.clear();
    draft_.join.clear();
    draft_.leave.clear();
}

void DecisionPanel::prepare(const RoundFrame& f) {
    if (f.round != draft_round_) {
        start_round(f);
    }
    if (f.shadow != nullptr) {
        issues_ = validate(*f.shadow, f.firm, draft_);
        cost_ = preview_cost(*f.shadow, f.firm, draft_);
    } else {
        issues_.clear();
        cost_ = DecisionCost{};
    }
}

bool DecisionPanel::acknowledged(const SessionModel& model) const {
    return sent_ && model.last_ack && model.last_ack->round == draft_round_ &&
           model.last_ack->seq == sent_seq_;
}

void DecisionPanel::draw_levers(const RoundFrame& f) {
    ImGui::BeginDisabled(!f.can_act);
    draw_wages(f);
    ImGui::Dummy(ImVec2(0, f.px(4)));
    draw_investment(f);
    ImGui::Dummy(ImVec2(0, f.px(4)));
    draw_sales(f);
    ImGui::EndDisabled();
}

void DecisionPanel::draw_wages(const RoundFrame& f) {
    const Translations& tr = f.tr;
    ui::section(f.fonts, tr("decide.wages"));
    if (!begin_lever_table("##wages", f.scale)) {
        return;
    }
    const ModelParams& p = f.scenario().params;
    const double limit = p.max_wage_change * 100.0;
    begin_row();
    ui::concept_label(tr, tr.text("decide.wage_change"), "glossary.wage");
    ImGui::TableNextColumn();
    float percent = static_cast<float>(draft_.wage_change * 100.0);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat("##wage_change", &percent, static_cast<float>(-limit),
                           static_cast<float>(limit), "%+.0f %%")) {
        draft_.wage_change = std::round(static_cast<double>(percent)) / 100.0;
    }
    const double wage = f.own().workforce.wage * (1.0 + draft_.wage_change);
    value_cell(tr.format("decide.new_wage", {{"wage", level_text(tr, wage)}}),
               draft_.wage_change < 0   ? theme::kRoads.low_road
               : draft_.wage_change > 0 ? theme::kRoads.high_road
                                        : theme::kTextMuted);
    row_issues(tr, issues_, "wage_change");
    ImGui::EndTable();
    ui::muted(draft_.wage_change < 0 ? tr("decide.wage_cut_hint") : tr("decide.wage_hint"));
}

void DecisionPanel::draw_investment(const RoundFrame& f) {
    const Translations& tr = f.tr;
    ui::section(f.fonts, tr("decide.investment"), tr, "glossary.upgrading");
    if (!begin_lever_table("##invest", f.scale)) {
        return;
    }
    const proto::FirmPrivate& own = f.own();
    // Sliders reach what the firm could spend in all, in thousands of dollars.
    const Money spendable = std::max<Money>(0, own.cash - own.credit_line);
    const int max_k = std::max(20, static_cast<int>(spendable / 1000));
    static constexpr std::array<const char*, kUpgradeTypes> kLabels{
        "decide.process", "decide.product", "decide.functional", "decide.intersectoral"};
    for (const UpgradeType k : kAllUpgradeTypes) {
        const auto i = static_cast<std::size_t>(k);
        begin_row();
        ui::concept_label(tr, tr.text(kLabels[i]), glossary_key(k));
        ImGui::TableNextColumn();
        int thousands = static_cast<int>(draft_.invest[i] / 1000);
        ImGui::SetNextItemWidth(-1);
        const std::string id = std::string("##invest_") + std::string(to_string(k));
        if (ImGui::SliderInt(id.c_str(), &thousands, 0, max_k, "%d k$")) {
            draft_.invest[i] = static_cast<Money>(std::max(0, thousands)) * 1000;
        }
        value_cell(tr.format("decide.level_now", {{"level", level_text(tr, own.capabilities[k])}}));
        row_issues(tr, issues_, "invest." + std::string(to_string(k)));
    }
    begin_row();
    ui::concept_label(tr, tr.text("decide.training"), "glossary.absorptive_capacity");
    ImGui::TableNextColumn();
    int training = static_cast<int>(draft_.training / 1000);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderInt("##training", &training, 0, std::max(10, max_k / 4), "%d k$")) {
        draft_.training = static_cast<Money>(std::max(0, training)) * 1000;
    }
    value_cell(tr.format("decide.skill_now", {{"skill", level_text(tr, own.workforce.skill)}}));
    row_issues(tr, issues_, "training");
    ImGui::EndTable();
}

void DecisionPanel::draw_sales(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const double capacity = f.own().capacity;
    const double free = std::max(0.0, capacity - contracted_volume(f, draft_));
    ui::section(f.fonts, tr("decide.sales"));
    ui::muted(tr.format("decide.free_capacity", {{"free", fixed(free, 0, f.lang())},
                                                 {"capacity", fixed(capacity, 0, f.lang())}}));
    if (!begin_lever_table("##sales", f.scale)) {
        return;
    }
    begin_row();
    ui::concept_label(tr, tr.text("decide.low_end"), "glossary.low_end_export");
    ImGui::TableNextColumn();
    float markup = static_cast<float>(draft_.markup * 100.0);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat("##markup", &markup, -30.0f, 80.0f, "%+.0f %%")) {
        draft_.markup = std::round(static_cast<double>(markup)) / 100.0;
    }
    const double asking = unit_cost(f) * (1.0 + draft_.markup);
    value_cell(tr.format("decide.asking", {{"price", fixed(asking, 2, f.lang())}}));
    row_issues(tr, issues_, "markup");
    ImGui::EndTable();
    const Money competitors =
        f.shadow != nullptr ? f.shadow->market.p_comp : f.scenario().params.p_comp;
    ui::muted(tr.format("decide.competitors", {{"price", price_text(tr, competitors)},
                                               {"cost", fixed(unit_cost(f), 2, f.lang())}}));
    if (!begin_lever_table("##channels", f.scale)) {
        return;
    }
    draw_own_brand(f);
    draw_adjacent(f);
    ImGui::EndTable();
}

void DecisionPanel::draw_own_brand(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const ModelParams& p = f.scenario().params;
    const proto::FirmPrivate& own = f.own();
    const double f_min = p.f_min - (member_of_active_label(f) ? p.label_fmin_relief : 0.0);
    std::string why_not;
    if (own.acquired) {
        why_not = tr.text("decide.brand_acquired");
    } else if (own.capabilities[UpgradeType::Functional] <= f_min) {
        why_not = tr.format("decide.brand_needs",
                            {{"needed", level_text(tr, f_min)},
                             {"level", level_text(tr, own.capabilities[UpgradeType::Functional])}});
    } else if (brand_blocked_by_clause(f, draft_)) {
        why_not = tr.text("decide.brand_clause");
    }
    begin_row();
    // A box already ticked can always be unticked, even when the rules now refuse it.
    ImGui::BeginDisabled(!why_not.empty() && !draft_.sell_own_brand);
    ImGui::Checkbox("##own_brand", &draft_.sell_own_brand);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ui::concept_label(tr, tr.text("decide.own_brand"), "glossary.own_brand");
    ImGui::TableNextColumn();
    const float reference = static_cast<float>(p.p_brand) / 1000.0f;
    float price = draft_.own_brand_price > 0 ? static_cast<float>(draft_.own_brand_price) / 1000.0f
                                             : reference;
    ImGui::BeginDisabled(!draft_.sell_own_brand);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderFloat("##brand_price", &price, reference * 0.6f, reference * 1.8f, "%.0f $")) {
        draft_.own_brand_price = static_cast<Money>(std::lround(price)) * 1000;
    }
    ImGui::EndDisabled();
    if (!why_not.empty() && !draft_.sell_own_brand) {
        ImGui::TableNextColumn();
        ui::muted(tr("decide.locked"));
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", why_not.c_str());
        }
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TableNextColumn();
        ui::muted(why_not);
    } else {
        value_cell(tr.format("decide.brand_reference", {{"price", fixed(reference, 0, f.lang())}}));
    }
    row_issues(tr, issues_, "sell_own_brand");
    row_issues(tr, issues_, "own_brand_price");
}

void DecisionPanel::draw_adjacent(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const ModelParams& p = f.scenario().params;
    const proto::FirmPrivate& own = f.own();
    std::string why_not;
    if (own.acquired) {
        why_not = tr.text("decide.adjacent_acquired");
    } else if (own.capabilities[UpgradeType::Intersectoral] <= p.i_min) {
        why_not =
            tr.format("decide.adjacent_needs",
                      {{"needed", level_text(tr, p.i_min)},
                       {"level", level_text(tr, own.capabilities[UpgradeType::Intersectoral])}});
    }
    begin_row();
    ImGui::BeginDisabled(!why_not.empty() && !draft_.sell_adjacent);
    ImGui::Checkbox("##adjacent", &draft_.sell_adjacent);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ui::concept_label(tr, tr.text("decide.adjacent"), "glossary.adjacent_sector");
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (why_not.empty()) {
        ui::muted(tr.format("decide.adjacent_price", {{"price", price_text(tr, p.p_adjacent)}}));
    } else {
        ui::muted(why_not);
    }
    ImGui::TableNextColumn();
    row_issues(tr, issues_, "sell_adjacent");
}

void DecisionPanel::draw_submit_bar(const RoundFrame& f, SessionActions& session) {
    const Translations& tr = f.tr;
    const float s = f.scale;
    const proto::FirmPrivate& own = f.own();
    const Money outlays = cost_.investment + cost_.training + cost_.joint_action_shares;
    const Money spendable = std::max<Money>(1, own.cash - own.credit_line);
    const bool over = cost_.cash_after_outlays < cost_.credit_line;

    const float button_width = 160.0f * s;
    const float left_width = ImGui::GetContentRegionAvail().x - button_width - 18.0f * s;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(f.px(8), f.px(5)));
    ImGui::BeginGroup();
    ImGui::PushFont(f.fonts.bold);
    ImGui::TextUnformatted(tr("decide.outlays"));
    ImGui::SameLine();
    ui::coloured(over ? theme::kDanger : theme::kText, money_text(tr, outlays));
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", tr.format("decide.outlay_parts",
                                          {{"investment", money_text(tr, cost_.investment)},
                                           {"training", money_text(tr, cost_.training)},
                                           {"joint", money_text(tr, cost_.joint_action_shares)}})
                                    .c_str());
    }
    const std::string after =
        tr.format("decide.cash_after", {{"cash", money_text(tr, cost_.cash_after_outlays)}});
    ImGui::SameLine(0, f.px(14));
    ui::coloured(over ? theme::kDanger : theme::kTextMuted, after);
    // The bar is what the firm may spend in all (cash plus credit); the gold tick is its cash.
    const float fraction =
        static_cast<float>(static_cast<double>(outlays) / static_cast<double>(spendable));
    const float cash_mark = static_cast<float>(static_cast<double>(std::max<Money>(0, own.cash)) /
                                               static_cast<double>(spendable));
    ui::meter(fraction, over ? theme::kDanger : theme::kAccentHover, ImVec2(left_width, f.px(8)),
              cash_mark, theme::kHighlight);
    if (ImGui::IsItemHovered()) {
        concept_tooltip(tr, "glossary.credit_line");
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + left_width);
    draw_status(f);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::PopStyleVar();

    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_width);
    const bool changed = !sent_ || !(*sent_ == draft_);
    const bool can_submit = f.can_act && issues_.empty() && f.shadow != nullptr;
    const char* label = sent_ && !changed ? tr("decide.submitted") : tr("decide.submit");
    ImGui::PushFont(f.fonts.heading);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(f.px(10), f.px(14)));
    const bool pressed =
        widgets::primary_button(label, ImVec2(button_width, 0), can_submit && changed,
                                !f.can_act         ? tr("decide.closed")
                                : !issues_.empty() ? tr("decide.fix_first")
                                                   : tr("decide.already_sent"));
    ImGui::PopStyleVar();
    ImGui::PopFont();
    if (pressed) {
        sent_seq_ = session.model().next_seq;
        sent_ = draft_;
        session.submit(draft_);
    }
}

void DecisionPanel::draw_status(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const SessionModel& m = f.model;
    const bool changed = !sent_ || !(*sent_ == draft_);
    const bool refused =
        sent_ && m.last_error && m.last_error->ref == sent_seq_ &&
        m.last_error->about == static_cast<std::uint16_t>(proto::MessageType::SubmitDecision);
    if (refused) {
        ui::coloured(theme::kDanger, error_text(tr, *m.last_error));
        for (const ValidationIssue& issue : m.last_error->issues) {
            if (issues_for(issues_, issue.field).empty()) {
                ui::coloured(theme::kDanger, "\u2022 " + issue_text(tr, issue));
            }
        }
    } else if (!f.can_act) {
        ui::muted(tr("decide.closed"));
    } else if (!issues_.empty()) {
        ui::coloured(theme::kDanger,
                     tr.format("decide.problems", {{"count", std::to_string(issues_.size())}}));
        for (const ValidationIssue* issue : issues_for(issues_, "invest")) {
            if (issue->field == "invest") {
                ui::coloured(theme::kDanger, "\u2022 " + issue_text(tr, *issue));
            }
        }
        for (const char* field : {"firm", "round"}) {
            draw_field_issues(tr, issues_, field);
        }
    } else if (sent_ && !changed && acknowledged(m)) {
        ui::coloured(theme::kRoads.high_road, tr("decide.received"));
    } else if (sent_ && !changed) {
        ui::muted(tr("decide.sending"));
    } else if (sent_) {
        ui::coloured(theme::kHighlight, tr("decide.unsent_changes"));
    } else {
        ui::muted(tr("decide.not_sent"));
    }
}

} // namespace hr::client
