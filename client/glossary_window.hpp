#pragma once
// The glossary: every concept of the game (DESIGN §1) with its plain-language explanation,
// grouped by theme, searchable, in the current language.
#include "fonts.hpp"
#include "translations.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace hr::client {

struct GlossaryGroup {
    std::string_view id;                 // glossary_group.<id> is its heading
    std::vector<std::string_view> terms; // glossary.<term>.term / .tip
};

// The order in which the glossary teaches: roads first, policy last.
const std::vector<GlossaryGroup>& glossary_groups();

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
