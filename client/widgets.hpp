#pragma once
// The client's own widgets on top of ImGui, so that every screen looks the same: cards, headings,
// labelled fields, big menu buttons.
#include "fonts.hpp"

#include <imgui.h>

namespace hr::client::widgets {

// A centred, rounded panel of the given width (height fits the content) for forms. Always pair
// with end_card().
void begin_card(const char* id, float width);
void end_card();

void heading(const FontSet& fonts, const char* text);
// Text wrapped at spaces only to the right edge of the content region. ImGui's own wrapping also
// breaks after '.' and ',', which splits numbers such as 1.06 or 12,500 over two lines.
void text_wrapped(const char* text);
void muted_wrapped(const char* text);
void error_wrapped(const char* text);
// A bold field label with an optional muted hint under it.
void field_label(const FontSet& fonts, const char* label, const char* hint = nullptr);

// A large button for menus; `primary` uses the accent colour. A disabled button shows
// `disabled_reason` when hovered.
bool menu_button(const FontSet& fonts, const char* label, ImVec2 size, bool primary = false,
                 bool enabled = true, const char* disabled_reason = nullptr);
// A normal-height button in the accent colour, for the main action of a form.
bool primary_button(const char* label, ImVec2 size = ImVec2(0, 0), bool enabled = true,
                    const char* disabled_reason = nullptr);
// A tooltip with wrapped text.
void tooltip(const char* text);

} // namespace hr::client::widgets
