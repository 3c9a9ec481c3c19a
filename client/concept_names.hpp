#pragma once
// The glossary entry of each concept value (roads, joint-action types, governance types, upgrading
// types), so that every picture and table names them with the same words and tooltips.
#include "core/concepts.hpp"
#include "translations.hpp"

#include <string>
#include <string_view>

namespace hr::client {

// Glossary keys such as "glossary.high_road": add ".term" for the name, ".tip" for the tooltip.
std::string_view glossary_key(Road road);
std::string_view glossary_key(JointActionType type);
std::string_view glossary_key(Governance governance);
std::string_view glossary_key(UpgradeType type);

// The concept's name in the current language.
template <typename Concept> const std::string& concept_name(const Translations& tr, Concept c) {
    return tr.text(std::string(glossary_key(c)) + ".term");
}

} // namespace hr::client
