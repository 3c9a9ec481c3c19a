#pragma once
// The debrief's tables, drawn with ImGui: the final scores with their parts, and the three
// research questions answered in sentences and tables with this game's numbers.
#include "core/scenario.hpp"
#include "debrief/debrief_answers.hpp"
#include "fonts.hpp"
#include "protocol/messages.hpp"
#include "translations.hpp"

#include <optional>
#include <string_view>

namespace hr::client {

void draw_final_scores(const Translations& tr, const FontSet& fonts,
                       const proto::GameOver& game_over, std::optional<FirmId> own_firm,
                       const ScoreWeights& weights);

inline constexpr int kResearchQuestions = 3;
// The translation key of question 0, 1 or 2's title.
std::string_view research_question_key(int question);
// One question's answer: sentences with this game's numbers, then its table.
void draw_research_answer(const Translations& tr, const FontSet& fonts,
                          const debrief::DebriefAnswers& answers, int question);

// "+6.2": a capability change in points of the world frontier (1 point = 0.01).
std::string capability_points(double change, Language lang);

} // namespace hr::client
