#pragma once
// A what-if replay written on one line, for the command line and scripts:
//   "from=4,all=upgrader"                 every seat an upgrader bot from round 4
//   "from=3,2=low-roader,5=cooperator"    firms 2 and 5 given to bots, the others as played
//   "from=4,all=upgrader,difficulty=hard" the bots' difficulty (default normal)
// Archetype ids as in core/archetype.hpp. The plan is checked against the game by the core
// (validate in core/what_if.hpp); this only reads the text.
#include "core/what_if.hpp"

#include <string>
#include <string_view>
#include <variant>

namespace hr::debrief {

// The plan, or what is wrong with the text. `firms` is the game's number of seats (for "all").
std::variant<WhatIfPlan, std::string> parse_what_if(std::string_view text, int firms);

} // namespace hr::debrief
