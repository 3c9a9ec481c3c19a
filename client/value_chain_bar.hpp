#pragma once
// The value-chain bar (DESIGN §1, §6): the six stages from design to retail as one horizontal bar,
// each stage as wide as its share of the final price and coloured by who captures it (the firm,
// a cluster supplier, the buyer, an outside supplier), with percentages, and the firm's and the
// cluster's captured shares called out under it.
#include "core/round_result.hpp"
#include "translations.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <array>
#include <optional>

namespace hr::client {

// The colour of each captor, on a lightness ladder like the road colours.
sf::Color captor_colour(Captor captor);

class ValueChainBar {
  public:
    void draw(sf::RenderTarget& target, const ValueChainSplit& split, sf::FloatRect area,
              float scale, const Translations& tr,
              std::optional<ChainStage> hovered = std::nullopt);
    std::optional<ChainStage> hit_test(sf::Vector2f point) const;
    // The segment the last drawing gave a stage (zero width for a stage with no share).
    sf::FloatRect segment(ChainStage stage) const {
        return segments_[static_cast<std::size_t>(stage)];
    }

  private:
    std::array<sf::FloatRect, kChainStages> segments_{};
};

void value_chain_tooltip(const Translations& tr, const ValueChainSplit& split, ChainStage stage);

} // namespace hr::client
