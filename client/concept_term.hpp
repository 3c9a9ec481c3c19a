#pragma once
// Concept words (DESIGN §1) on screen: drawn in gold with a dotted underline, and explained in
// plain language on hover. The text lives under glossary.<id>.term and glossary.<id>.tip.
#include "translations.hpp"

#include <imgui.h>
#include <string_view>

namespace hr::client {

// Draws the term for `glossary_key` ("glossary.cluster") as one item, so that it flows with
// ImGui::SameLine() like any text. Returns true while it is hovered. `font` defaults to the
// current font.
bool concept_term(const Translations& tr, std::string_view glossary_key, ImFont* font = nullptr);

// The same at an absolute screen position (labels on SFML drawings); `centred` aligns the
// middle of the text on `pos`.
bool concept_term_at(const Translations& tr, std::string_view glossary_key, ImVec2 pos,
                     ImFont* font = nullptr, bool centred = false);

// The tooltip alone, for a widget that stands for a concept (a chart, a coloured swatch).
void concept_tooltip(const Translations& tr, std::string_view glossary_key);

} // namespace hr::client
