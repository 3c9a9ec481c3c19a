#pragma once
// The road the firm is on, drawn as a fork (DESIGN §1): one road in from the left that splits
// into the high road rising, stagnation running flat, the low road falling and downgrading
// falling further, each in its road colour and named with its concept term. The firm rides on
// its branch; a ring marks where the cluster as a whole is.
#include "translations.hpp"

#include "core/concepts.hpp"

#include <imgui.h>
#include <optional>

namespace hr::client {

// Draws the fork at the cursor, `size` large, as one ImGui item.
void draw_road_fork(const Translations& tr, ImVec2 size, Road firm, std::optional<Road> cluster,
                    float scale);

} // namespace hr::client
