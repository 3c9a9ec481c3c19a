#pragma once
// Versioned save files: a GameState as JSON text. The scenario is referred to by id and handed in
// on load, so a save stays small and always plays by the scenario it names. Every double is
// written with enough digits to read back the same bits, so a loaded game hashes equal to the
// saved one and continues identically.
#include "core/game_state.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace hr {

constexpr int kSaveVersion = 1;

std::string save_game(const GameState& state);

struct LoadedGame {
    std::optional<GameState> state;
    std::string error; // where and why the text was refused, when state is empty
};

// Reads a save made by save_game. Refuses (never throws) text that is not a save of this version,
// names another scenario, or has a missing or wrongly typed field.
LoadedGame load_game(std::string_view text, std::shared_ptr<const Scenario> scenario);

} // namespace hr
