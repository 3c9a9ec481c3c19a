#pragma once
// The debrief's export for the teacher: one CSV row per firm and round with its indicators, its
// joint actions and contracts, and one JSON document of the whole game (scores, histories, the
// cluster, each round's events, joint actions and public spending, the research answers).
#include "debrief_answers.hpp"
#include "protocol/messages.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace hr::client {

struct GameRecord {
    std::string room_code;
    std::string scenario;
    proto::GameOver game_over;
    std::vector<proto::RoundResults> results;
    DebriefInput input;
};

// ~/HighRoad-exports (the current directory when HOME is not set).
std::filesystem::path default_export_dir();

// The CSV text: a header line and one line per firm and round, RFC 4180 quoting.
std::string firm_rounds_csv(const GameRecord& game);
// The JSON text, indented.
std::string game_json(const GameRecord& game, const DebriefAnswers& answers);

struct ExportOutcome {
    std::vector<std::filesystem::path> files; // written, in order: CSV, JSON
    std::string problem;                      // empty when both were written
};

// Writes <code>-firm-rounds.csv and <code>-game.json into `dir`, creating it.
ExportOutcome export_game(const GameRecord& game, const DebriefAnswers& answers,
                          const std::filesystem::path& dir);

} // namespace hr::client
