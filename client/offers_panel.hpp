#pragma once
// The buyers' offers on the firm's table this round: who the buyer is, its governance explained in
// one plain sentence, volume, price, quality standard, certification, duration and clauses, and
// the choice to accept or decline each, written into the decision draft.
#include "round_view.hpp"

#include "core/rules.hpp"

#include <vector>

namespace hr::client {

void draw_offers(const RoundFrame& f, Decision& draft, const std::vector<ValidationIssue>& issues);

// The one-sentence explanation of a governance type, in the current language.
const char* governance_sentence(const Translations& tr, Governance governance);

} // namespace hr::client
