#pragma once
// The glossary entry of each concept value (roads, joint-action types, governance types, upgrading
// types), so that every picture and table names them with the same words and tooltips.
#include "debrief/concept_keys.hpp"
#include "translations.hpp"

#include <string>
#include <string_view>

namespace hr::client {

using debrief::glossary_key;

// The concept's name in the current language.
template <typename Concept> const std::string& concept_name(const Translations& tr, Concept c) {
    return tr.text(std::string(glossary_key(c)) + ".term");
}

} // namespace hr::client
