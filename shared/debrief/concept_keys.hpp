#pragma once
// Where the game's concepts are explained: the glossary entry of each concept value (roads,
// joint-action types, governance types, upgrading types) and the glossary's order, shared by the
// client's screens and the report so that both name every concept with the same words.
#include "core/concepts.hpp"

#include <string_view>
#include <vector>

namespace hr::debrief {

// Glossary keys such as "glossary.high_road": add ".term" for the name, ".tip" for the tooltip.
std::string_view glossary_key(Road road);
std::string_view glossary_key(JointActionType type);
std::string_view glossary_key(Governance governance);
std::string_view glossary_key(UpgradeType type);

struct GlossaryGroup {
    std::string_view id;                 // glossary_group.<id> is its heading
    std::vector<std::string_view> terms; // glossary.<term>.term / .tip
};

// The order in which the glossary teaches: roads first, policy last.
const std::vector<GlossaryGroup>& glossary_groups();

} // namespace hr::debrief
