#pragma once
// The ids the exports write for values that have no id in the core: seats, decision sources,
// policy levers, how a game ended. Stable: docs/EXPORT.md lists them, and spreadsheets and
// scripts read them.
#include "debrief/debrief_answers.hpp"
#include "protocol/messages.hpp"

#include <array>
#include <string_view>

namespace hr::debrief {

// RoundResult::public_spent_by_lever's order.
inline constexpr std::array<std::string_view, kPolicyLevers> kLeverIds{
    "cofinancing", "grants", "service_centre", "training", "export_promotion"};

std::string_view seat_id(proto::SeatKind seat);
std::string_view source_id(proto::DecisionSource source);
std::string_view end_id(proto::GameEnd end);

} // namespace hr::debrief
