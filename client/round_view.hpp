#pragma once
// What every panel of the round and results screens reads in a frame (the session, the shadow
// state, translations, fonts, scale), and the small drawing pieces they share: cards, section
// titles, label-value rows, pills, meters and concept labels.
#include "core/game_state.hpp"
#include "core/round_result.hpp"
#include "fonts.hpp"
#include "session_model.hpp"
#include "theme.hpp"
#include "translations.hpp"

#include <imgui.h>
#include <optional>
#include <string>
#include <string_view>

namespace hr::client {

struct RoundFrame {
    const SessionModel& model;
    const GameState* shadow; // nullptr until the model is complete
    const Translations& tr;
    const FontSet& fonts;
    float scale = 1.0f;
    FirmId firm = 0;
    int round = 0;        // the open round
    bool can_act = false; // the round is open and the firm is still in business

    Language lang() const { return tr.language(); }
    const proto::FirmPrivate& own() const { return model.own->firm; }
    const Scenario& scenario() const { return *model.scenario; }
    float px(float design) const { return design * scale; }
};

// The frame for a player's session, or nothing when the model lacks its firm or scenario.
std::optional<RoundFrame> make_round_frame(const SessionModel& model, const GameState* shadow,
                                           const Translations& tr, const FontSet& fonts,
                                           float scale);

namespace ui {

// A rounded child panel; always pair with end_card().
void begin_card(const char* id, ImVec2 size, float scale, bool scroll = true);
void end_card();

// A framed box around the widgets drawn between its construction and end(), as wide as the
// content region: offers and joint actions are drawn in them. The widgets inside should keep to
// inner_width(); text wraps there by itself.
class Box {
  public:
    explicit Box(float scale);
    Box(const Box&) = delete;
    Box& operator=(const Box&) = delete;
    void end(theme::Rgb fill, theme::Rgb border);
    float inner_width() const { return right_ - start_.x - 2 * pad_; }
    // The inner right edge as a SameLine() offset: inside the box's group, offsets count from
    // the group's start.
    float inner_right() const;

  private:
    ImDrawListSplitter splitter_;
    float pad_ = 0;
    ImVec2 start_;
    float right_ = 0;
};

// A title inside a card, in bold with a thin rule under it; with a glossary key, the concept's
// term sits at the right end of the title line.
void section(const FontSet& fonts, const char* text);
void section(const FontSet& fonts, const char* text, const Translations& tr,
             std::string_view glossary_key);

// Text in a colour.
void coloured(theme::Rgb colour, std::string_view text);
void muted(std::string_view text);
// Text in a colour, wrapped at the edge of the window (or the wrap position in force).
void wrapped(theme::Rgb colour, std::string_view text);

// Puts the next text flush with the right edge of the content region, on the current line.
void right_aligned(std::string_view text, theme::Rgb colour = theme::kText);
// A label on the left and its value on the right of one line.
void stat_row(std::string_view label, std::string_view value, theme::Rgb colour = theme::kText);

// A short label that stands for a concept: drawn like concept_term (gold, dotted underline) with
// the glossary's tooltip, but with the given text.
void concept_label(const Translations& tr, std::string_view text, std::string_view glossary_key);
// The same, as the label of a stat row.
void concept_row(const Translations& tr, std::string_view glossary_key, std::string_view value,
                 theme::Rgb colour = theme::kText);

// A rounded label, on the current line.
void pill(std::string_view text, theme::Rgb background, theme::Rgb text_colour);
// The road's pill in its colour, with the glossary's tooltip.
void road_pill(const Translations& tr, Road road);

// A horizontal bar filled to `fraction` (0 … 1), with an optional tick at `marker`.
void meter(float fraction, theme::Rgb colour, ImVec2 size, std::optional<float> marker = {},
           theme::Rgb marker_colour = theme::kText);

// A button `width` wide (0: as wide as its text), in the accent colour when `primary`; a
// disabled one explains itself with `disabled_reason` on hover.
bool action_button(const char* label, float width, bool primary, bool enabled,
                   const char* disabled_reason = nullptr);

} // namespace ui

// Numbers as players read them, in the current language.
std::string money_text(const Translations& tr, Money money);        // "152.3 k$"
std::string price_text(const Translations& tr, Money per_thousand); // "$26.00 a unit"
std::string level_text(const Translations& tr, double level);       // "0.34"
std::string change_text(const Translations& tr, double relative);   // "+5 %"
std::string units_text(const Translations& tr, double thousands);   // "120 thousand units"

// "Exports +35 %, wages -12 %, unit value -8 %, capabilities +0.05"
std::string road_numbers(const Translations& tr, const RoadVerdict& verdict);
// The scenario's name of a buyer in the current language, or its id.
std::string buyer_name(const Translations& tr, const Scenario& scenario, const std::string& id);
// A firm's name from the snapshot, or "Firm N".
std::string firm_name(const SessionModel& model, const Translations& tr, FirmId firm);

} // namespace hr::client
