#pragma once
// The glossary: every concept of the game (DESIGN §1) with its plain-language explanation,
// grouped by theme, searchable, in the current language.
#include "debrief/concept_keys.hpp"
#include "fonts.hpp"
#include "translations.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace hr::client {

using debrief::glossary_groups;
using debrief::GlossaryGroup;

// Lower case and without accents, so that "jerarquia" finds "Jerarquía". Folds ASCII and the
// Latin-1 letters; other bytes pass through unchanged.
std::string fold_for_search(std::string_view text);

class GlossaryWindow {
  public:
    void open() { open_ = true; }
    void toggle() { open_ = !open_; }
    bool is_open() const { return open_; }
    void draw(const Translations& tr, const FontSet& fonts);

  private:
    bool open_ = false;
    std::string query_;
};

} // namespace hr::client
