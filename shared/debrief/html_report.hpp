#pragma once
// The debrief as one standalone HTML file for the teacher: no external resources (inline CSS,
// inline SVG charts, no scripts), in the facilitator's language. Sections: the roads taken (every
// firm's income index), each firm's road through capability and wages, the cluster's indicators
// over the rounds, the timeline of shocks and policy decisions with the public spending, the
// three research questions answered with this game's numbers, the final scores, a what-if
// replay beside the game when one is given, and the glossary.
#include "core/what_if.hpp"
#include "debrief/game_record.hpp"
#include "debrief/report_texts.hpp"

#include <string>

namespace hr::debrief {

// `what_if` (may be null): a replay of this game (core/what_if.hpp) shown beside it.
std::string html_report(const GameRecord& record, const DebriefAnswers& answers,
                        const ReportTexts& texts, const WhatIfOutcome* what_if = nullptr);

} // namespace hr::debrief
