#include "round_view.hpp"

#include "concept_names.hpp"
#include "concept_term.hpp"
#include "figures.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cmath>

namespace hr::client {

std::optional<RoundFrame> make_round_frame(const SessionModel& model, const GameState* shadow,
                                           const Translations& tr, const FontSet& fonts,
                                           float scale) {
    if (!model.own || !model.scenario || !model.snapshot) {
        return std::nullopt;
    }
    RoundFrame frame{model, shadow, tr, fonts};
    frame.scale = scale;
    frame.firm = model.own->firm.firm;
    frame.round = model.own->round;
    const proto::RoomPhase phase = model.snapshot->phase;
    frame.can_act = (phase == proto::RoomPhase::Running || phase == proto::RoomPhase::Paused) &&
                    !model.own->firm.bankrupt;
    return frame;
}

namespace ui {

namespace {

void dotted_underline(ImVec2 min, ImVec2 max, ImU32 colour) {
    const float dot = std::max(1.0f, ImGui::GetFontSize() / 10.0f);
    const float y = max.y + std::max(1.0f, ImGui::GetFontSize() / 10.0f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (float x = min.x; x + dot <= max.x; x += dot * 2.5f) {
        draw->AddRectFilled(ImVec2(x, y - dot * 0.5f), ImVec2(x + dot, y + dot * 0.5f), colour);
    }
}

} // namespace

void begin_card(const char* id, ImVec2 size, float scale, bool scroll) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::to_imvec4(theme::kPanel));
    ImGui::PushStyleColor(ImGuiCol_Border, theme::to_imvec4(theme::kBorder, 0.7f));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 12.0f * scale);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14.0f * scale, 12.0f * scale));
    ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysUseWindowPadding;
    if (!scroll) {
        flags |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    }
    ImGui::BeginChild(id, size, true, flags);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

void end_card() {
    ImGui::EndChild();
}

Box::Box(float scale) : pad_(12.0f * scale) {
    start_ = ImGui::GetCursorScreenPos();
    right_ = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    splitter_.Split(ImGui::GetWindowDrawList(), 2);
    splitter_.SetCurrentChannel(ImGui::GetWindowDrawList(), 1);
    ImGui::SetCursorScreenPos(ImVec2(start_.x + pad_, start_.y + pad_ * 0.8f));
    ImGui::BeginGroup();
    // The wrap position is window-local, unlike SameLine() offsets inside the group.
    ImGui::PushTextWrapPos(right_ - pad_ - ImGui::GetWindowPos().x + ImGui::GetScrollX());
}

float Box::inner_right() const {
    return inner_width();
}

void Box::end(theme::Rgb fill, theme::Rgb border) {
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad_ * 0.8f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    splitter_.SetCurrentChannel(draw, 0);
    const float rounding = pad_ * 0.8f;
    draw->AddRectFilled(start_, ImVec2(right_, bottom), theme::to_imu32(fill), rounding);
    draw->AddRect(start_, ImVec2(right_, bottom), theme::to_imu32(border), rounding, 0, 1.5f);
    splitter_.Merge(draw);
    ImGui::SetCursorScreenPos(start_);
    ImGui::Dummy(ImVec2(right_ - start_.x, bottom - start_.y));
}

namespace {

void section_title(const FontSet& fonts, const char* text) {
    ImGui::PushFont(fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kTextMuted));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// A rule under the title line, from where the line started to the right edge.
void section_rule(float left) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float y = ImGui::GetItemRectMax().y + 3.0f;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(left, y), ImVec2(right, y),
                                        theme::to_imu32(theme::kBorder), 1.0f);
    ImGui::Dummy(ImVec2(0, 2.0f));
}

} // namespace

void section(const FontSet& fonts, const char* text) {
    const float left = ImGui::GetCursorScreenPos().x;
    section_title(fonts, text);
    section_rule(left);
}

void section(const FontSet& fonts, const char* text, const Translations& tr,
             std::string_view glossary_key) {
    const float left = ImGui::GetCursorScreenPos().x;
    section_title(fonts, text);
    // The concept at the right end of the title line, as a tag for what the section is about.
    const float width = ImGui::CalcTextSize(tr(std::string(glossary_key) + ".term")).x;
    ImGui::SameLine(std::max(ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x +
                                 ImGui::GetStyle().ItemSpacing.x + ImGui::GetScrollX(),
                             ImGui::GetContentRegionMax().x - width));
    concept_term(tr, glossary_key);
    section_rule(left);
}

void coloured(theme::Rgb colour, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(colour));
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopStyleColor();
}

void muted(std::string_view text) {
    wrapped(theme::kTextMuted, text);
}

void wrapped(theme::Rgb colour, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(colour));
    // Wraps at the wrap position in force, else at the edge of the window or table cell.
    ImGui::TextWrapped("%.*s", static_cast<int>(text.size()), text.data());
    ImGui::PopStyleColor();
}

void right_aligned(std::string_view text, theme::Rgb colour) {
    const float width = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    const float right = ImGui::GetContentRegionMax().x;
    // Never over the item before it: past its end, the value moves to its own line.
    const float after = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x +
                        ImGui::GetStyle().ItemSpacing.x + ImGui::GetScrollX();
    if (after <= right - width) {
        ImGui::SameLine(right - width);
    } else {
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - width));
    }
    coloured(colour, text);
}

void stat_row(std::string_view label, std::string_view value, theme::Rgb colour) {
    ImGui::TextUnformatted(label.data(), label.data() + label.size());
    right_aligned(value, colour);
}

void concept_label(const Translations& tr, std::string_view text, std::string_view glossary_key) {
    coloured(theme::kHighlight, text);
    const bool hovered = ImGui::IsItemHovered();
    dotted_underline(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                     theme::to_imu32(theme::kHighlight, hovered ? 1.0f : 0.6f));
    if (hovered) {
        concept_tooltip(tr, glossary_key);
    }
}

void concept_row(const Translations& tr, std::string_view glossary_key, std::string_view value,
                 theme::Rgb colour) {
    concept_term(tr, glossary_key);
    right_aligned(value, colour);
}

void pill(std::string_view text, theme::Rgb background, theme::Rgb text_colour) {
    const ImVec2 pad(ImGui::GetFontSize() * 0.55f, ImGui::GetFontSize() * 0.12f);
    const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 max(pos.x + size.x + 2 * pad.x, pos.y + size.y + 2 * pad.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, max, theme::to_imu32(background), (max.y - pos.y) * 0.5f);
    draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), theme::to_imu32(text_colour), text.data(),
                  text.data() + text.size());
    ImGui::Dummy(ImVec2(max.x - pos.x, max.y - pos.y));
}

void road_pill(const Translations& tr, Road road) {
    const std::string key(glossary_key(road));
    const theme::Rgb colour = theme::road_colour(road);
    // Dark text on the bright roads, light text on the dark ones: both stay readable.
    const theme::Rgb text = theme::lightness(colour) > 60 ? theme::kBackground : theme::kText;
    pill(tr.text(key + ".term"), colour, text);
    if (ImGui::IsItemHovered()) {
        concept_tooltip(tr, key);
    }
}

void meter(float fraction, theme::Rgb colour, ImVec2 size, std::optional<float> marker,
           theme::Rgb marker_colour) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = size.y * 0.5f;
    draw->AddRectFilled(pos, max, theme::to_imu32(theme::kField), rounding);
    const float f = std::clamp(fraction, 0.0f, 1.0f);
    if (f > 0.0f) {
        draw->AddRectFilled(pos, ImVec2(pos.x + std::max(size.y, size.x * f), max.y),
                            theme::to_imu32(colour), rounding);
    }
    if (marker) {
        const float x = pos.x + size.x * std::clamp(*marker, 0.0f, 1.0f);
        draw->AddLine(ImVec2(x, pos.y - 3.0f), ImVec2(x, max.y + 3.0f),
                      theme::to_imu32(marker_colour), 2.0f);
    }
    ImGui::Dummy(size);
}

bool action_button(const char* label, float width, bool primary, bool enabled,
                   const char* disabled_reason) {
    if (primary) {
        return widgets::primary_button(label, ImVec2(width, 0), enabled, disabled_reason);
    }
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label, ImVec2(width, 0));
    ImGui::EndDisabled();
    if (!enabled && disabled_reason != nullptr &&
        ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        widgets::tooltip(disabled_reason);
    }
    return pressed && enabled;
}

} // namespace ui

std::string money_text(const Translations& tr, Money money) {
    return k_dollars(money, 1, tr.language());
}

std::string price_text(const Translations& tr, Money per_thousand) {
    return tr.format(
        "round.price_per_unit",
        {{"price", fixed(static_cast<double>(per_thousand) / 1000.0, 2, tr.language())}});
}

std::string level_text(const Translations& tr, double level) {
    return fixed(level, 2, tr.language());
}

std::string change_text(const Translations& tr, double relative) {
    return signed_percent(relative, 0, tr.language());
}

std::string units_text(const Translations& tr, double thousands) {
    return tr.format("round.thousand_units", {{"value", fixed(thousands, 0, tr.language())}});
}

std::string road_numbers(const Translations& tr, const RoadVerdict& verdict) {
    const Language lang = tr.language();
    return tr.format("round.road_numbers",
                     {{"exports", signed_percent(verdict.export_change, 0, lang)},
                      {"wages", signed_percent(verdict.wage_change, 0, lang)},
                      {"unit_value", signed_percent(verdict.unit_value_change, 0, lang)},
                      {"capability", signed_fixed(verdict.capability_change, 2, lang)}});
}

std::string buyer_name(const Translations& tr, const Scenario& scenario, const std::string& id) {
    if (const BuyerProfile* buyer = scenario.buyer(id)) {
        const std::string& name = buyer->name.in(language_code(tr.language()));
        if (!name.empty()) {
            return name;
        }
    }
    return id;
}

std::string firm_name(const SessionModel& model, const Translations& tr, FirmId firm) {
    if (model.snapshot) {
        for (const proto::PublicFirm& f : model.snapshot->firms) {
            if (f.firm == firm) {
                return f.name;
            }
        }
    }
    return tr.format("round.firm_number", {{"number", std::to_string(firm + 1)}});
}

} // namespace hr::client
