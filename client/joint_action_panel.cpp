#include "joint_action_panel.hpp"

#include "concept_names.hpp"
#include "concept_term.hpp"
#include "decision_issues.hpp"
#include "figures.hpp"

#include <algorithm>
#include <cmath>

namespace hr::client {

namespace {

bool is_board_request(std::uint16_t about) {
    using proto::MessageType;
    return about == static_cast<std::uint16_t>(MessageType::ProposeJointAction) ||
           about == static_cast<std::uint16_t>(MessageType::JoinJointAction) ||
           about == static_cast<std::uint16_t>(MessageType::LeaveJointAction);
}

bool same_error(const proto::Error& a, const proto::Error& b) {
    return a.code == b.code && a.about == b.about && a.ref == b.ref && a.text == b.text &&
           a.issues == b.issues;
}

bool marketing(JointActionType t) {
    return t == JointActionType::CollectiveLabel || t == JointActionType::TradeFair;
}

std::optional<Money> own_share(const RoundFrame& f, JointActionId id) {
    for (const JoinRequest& m : f.own().memberships) {
        if (m.action == id) {
            return m.max_share;
        }
    }
    return std::nullopt;
}

int thousands_up(Money m) {
    return static_cast<int>((std::max<Money>(0, m) + 999) / 1000);
}

// "Calçados Sul, Firm 3 and you"
std::string member_names(const RoundFrame& f, const std::vector<FirmId>& members) {
    std::string out;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i > 0) {
            out += ", ";
        }
        out += members[i] == f.firm ? f.tr.text("joint.you") : firm_name(f.model, f.tr, members[i]);
    }
    return out.empty() ? f.tr.text("joint.no_members") : out;
}

void status_pill(const RoundFrame& f, const proto::PublicJointAction& a) {
    const Translations& tr = f.tr;
    if (a.vetoed) {
        ui::pill(tr("joint.status.vetoed"), theme::kRoads.downgrading, theme::kText);
    } else if (a.active) {
        ui::pill(tr.format("joint.status.active", {{"rounds", std::to_string(a.rounds_active)}}),
                 theme::kAccent, theme::kText);
    } else if (a.pending) {
        ui::pill(tr("joint.status.new"), theme::kHighlight, theme::kBackground);
    } else {
        ui::pill(tr("joint.status.waiting"), theme::kField, theme::kText);
    }
}

} // namespace

const std::vector<proto::PublicJointAction>& board_now(const SessionModel& model, int round) {
    if (model.board && model.board->round == round) {
        return model.board->actions;
    }
    return model.snapshot->joint_actions;
}

std::size_t JointActionPanel::count(const SessionModel& model, int round) {
    return model.snapshot ? board_now(model, round).size() : 0;
}

Money members_cost(const Scenario& scenario, const PolicySettings& policy,
                   const proto::PublicJointAction& action) {
    const JointActionSpec* spec = scenario.joint_action(action.type);
    const Money total = action.total_cost;
    Money public_part = spec != nullptr && spec->needs_policy
                            ? std::min(total, scenario.policy.service_centre_cost)
                            : 0;
    public_part += static_cast<Money>(static_cast<double>(std::max<Money>(0, total - public_part)) *
                                      policy.cofinancing_share);
    return std::max<Money>(0, total - public_part);
}

void JointActionPanel::sent(const SessionModel& model) {
    awaiting_ = true;
    error_before_ = model.last_error;
}

void JointActionPanel::draw_last_error(const RoundFrame& f) {
    const auto& error = f.model.last_error;
    if (!awaiting_ || !error || !is_board_request(error->about) ||
        (error_before_ && same_error(*error, *error_before_))) {
        return;
    }
    ui::coloured(theme::kDanger, error_text(f.tr, *error));
}

void JointActionPanel::draw(const RoundFrame& f, SessionActions& session) {
    const Translations& tr = f.tr;
    ui::muted(tr("joint.intro"));
    if (f.model.snapshot->policy.cofinancing_share > 0) {
        concept_term(tr, "glossary.co_financing");
        ImGui::SameLine();
        ui::muted(tr.format(
            "joint.cofinancing",
            {{"share", percent(f.model.snapshot->policy.cofinancing_share, 0, f.lang())}}));
    }
    draw_last_error(f);
    std::vector<const proto::PublicJointAction*> actions;
    for (const proto::PublicJointAction& a : board_now(f.model, f.round)) {
        actions.push_back(&a);
    }
    // Running actions first, then those that wait for members, then this round's proposals.
    std::stable_sort(actions.begin(), actions.end(), [](const auto* a, const auto* b) {
        const auto rank = [](const proto::PublicJointAction& x) {
            return x.active ? 0 : x.vetoed ? 3 : x.pending ? 2 : 1;
        };
        return rank(*a) < rank(*b);
    });
    for (const proto::PublicJointAction* a : actions) {
        draw_action(f, session, *a);
    }
    draw_proposal_form(f, session);
}

void JointActionPanel::draw_action(const RoundFrame& f, SessionActions& session,
                                   const proto::PublicJointAction& a) {
    const Translations& tr = f.tr;
    const float s = f.scale;
    const Money need = members_cost(f.scenario(), f.model.snapshot->policy, a);
    const int members = static_cast<int>(a.members.size());
    const std::optional<Money> mine = own_share(f, a.id);
    const bool member = mine.has_value() ||
                        std::find(a.members.begin(), a.members.end(), f.firm) != a.members.end();

    ImGui::PushID(static_cast<int>(a.id));
    ui::Box box(s);
    concept_term(tr, glossary_key(a.type), f.fonts.bold);
    ImGui::SameLine();
    status_pill(f, a);
    if (a.type == JointActionType::CollectiveLabel) {
        ImGui::SameLine();
        ui::muted(tr.format("joint.reputation", {{"value", level_text(tr, a.reputation)}}));
    }

    ui::muted(tr.format("joint.members", {{"count", std::to_string(members)},
                                          {"needed", std::to_string(a.min_members)},
                                          {"names", member_names(f, a.members)}}));
    ui::muted(tr.format(
        "joint.funding",
        {{"pledged", money_text(tr, a.pledged)},
         {"cost", money_text(tr, need)},
         {"each", money_text(tr, need / std::max(1, std::max(members, a.min_members)))}}));

    // The last line: the funding bar, and the request controls at its right.
    const float button = 96.0f * s;
    const std::string pledge =
        tr.format("joint.your_pledge", {{"share", money_text(tr, mine.value_or(0))}});
    const float pledge_width = ImGui::CalcTextSize(pledge.c_str()).x;
    const float controls = member ? button + pledge_width + 10.0f * s : button + 136.0f * s;
    const float fraction =
        need > 0 ? static_cast<float>(static_cast<double>(a.pledged) / static_cast<double>(need))
                 : 1.0f;
    const bool funded = a.pledged >= need && members >= a.min_members;
    const float line_y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(line_y + (ImGui::GetFrameHeight() - 8.0f * s) * 0.5f);
    ui::meter(fraction, funded ? theme::kRoads.high_road : theme::kHighlight,
              ImVec2(std::max(40.0f * s, box.inner_width() - controls - 24.0f * s), 8.0f * s));
    if (member) {
        ImGui::SameLine(box.inner_right() - controls);
        ImGui::SetCursorPosY(line_y);
        ImGui::AlignTextToFramePadding();
        ui::coloured(theme::kHighlight, pledge);
        ImGui::SameLine(box.inner_right() - button);
        ImGui::SetCursorPosY(line_y);
        if (ui::action_button(tr("joint.leave"), button, false, f.can_act)) {
            session.send(proto::LeaveJointAction{f.round, a.id});
            sent(f.model);
        }
    } else {
        const bool barred = f.own().acquired && marketing(a.type);
        const int slots = std::max(members + 1, std::max(1, a.min_members));
        const auto it = share_k_.try_emplace(a.id, thousands_up(need / slots)).first;
        ImGui::SameLine(box.inner_right() - controls);
        ImGui::SetCursorPosY(line_y);
        ImGui::SetNextItemWidth(controls - button - 8.0f * s);
        ImGui::BeginDisabled(!f.can_act || barred);
        ImGui::SliderInt("##share", &it->second, 0, std::max(10, thousands_up(need)), "%d k$");
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
            ImGui::SetTooltip("%s", tr("joint.share_tip"));
        }
        ImGui::SameLine(box.inner_right() - button);
        ImGui::SetCursorPosY(line_y);
        if (ui::action_button(tr("joint.join"), button, true, f.can_act && !a.vetoed && !barred,
                              barred ? tr("joint.barred") : tr("joint.cannot_join"))) {
            session.send(proto::JoinJointAction{
                f.round, a.id, static_cast<Money>(std::max(0, it->second)) * 1000});
            sent(f.model);
        }
    }
    box.end(member ? theme::kPanelRaised : theme::kPanel,
            member ? theme::kAccentActive : theme::kBorder);
    ImGui::PopID();
}

void JointActionPanel::draw_proposal_form(const RoundFrame& f, SessionActions& session) {
    const Translations& tr = f.tr;
    const float s = f.scale;
    const auto& specs = f.scenario().joint_actions;
    if (specs.empty()) {
        return;
    }
    ImGui::Dummy(ImVec2(0, 4.0f * s));
    ui::section(f.fonts, tr("joint.propose_title"));
    propose_index_ = std::clamp(propose_index_, 0, static_cast<int>(specs.size()) - 1);
    const JointActionSpec& chosen = specs[static_cast<std::size_t>(propose_index_)];
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.45f);
    ImGui::BeginDisabled(!f.can_act);
    if (ImGui::BeginCombo("##propose_type", concept_name(tr, chosen.type).c_str())) {
        for (std::size_t i = 0; i < specs.size(); ++i) {
            const bool selected = static_cast<int>(i) == propose_index_;
            if (ImGui::Selectable(concept_name(tr, specs[i].type).c_str(), selected)) {
                propose_index_ = static_cast<int>(i);
                propose_share_k_ = 0;
            }
            if (ImGui::IsItemHovered()) {
                concept_tooltip(tr, glossary_key(specs[i].type));
            }
        }
        ImGui::EndCombo();
    }
    proto::PublicJointAction probe;
    probe.type = chosen.type;
    probe.total_cost = chosen.total_cost;
    const Money need = members_cost(f.scenario(), f.model.snapshot->policy, probe);
    if (propose_share_k_ == 0) {
        propose_share_k_ = thousands_up(need / std::max(1, chosen.min_members));
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(130.0f * s);
    ImGui::SliderInt("##propose_share", &propose_share_k_, 0, std::max(10, thousands_up(need)),
                     "%d k$");
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("%s", tr("joint.share_tip"));
    }
    ImGui::SameLine();
    const bool barred = f.own().acquired && marketing(chosen.type);
    if (ui::action_button(tr("joint.propose"), 0, true, f.can_act && !barred,
                          barred ? tr("joint.barred") : tr("decide.closed"))) {
        session.send(proto::ProposeJointAction{f.round, chosen.type,
                                               static_cast<Money>(propose_share_k_) * 1000});
        sent(f.model);
    }
    ui::muted(tr.format("joint.propose_terms", {{"cost", money_text(tr, need)},
                                                {"needed", std::to_string(chosen.min_members)}}));
}

} // namespace hr::client
