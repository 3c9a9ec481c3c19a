#pragma once
// The whole game as one JSON document (format "highroad-game", docs/EXPORT.md): the room, every
// firm with its score, its history and (from the server's record) its decisions and results
// round by round, the cluster's history, each round's events, joint actions and public spending,
// the contracts, the policy changes, the answers to the three research questions and, when one is
// given, a what-if replay of the game.
#include "core/what_if.hpp"
#include "debrief/game_record.hpp"

#include <string>

namespace hr::debrief {

// Indented, with a final line break.
std::string game_json(const GameRecord& record, const DebriefAnswers& answers,
                      const WhatIfOutcome* what_if = nullptr);

} // namespace hr::debrief
