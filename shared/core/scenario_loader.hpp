#pragma once
// Reads a scenario from JSON text (docs/SCENARIOS.md documents the schema). Core never touches
// files: the caller reads the file and passes its text and name. A bad file is rejected with every
// problem found, each naming the file, the field (a JSON path) and the reason; nothing throws.
#include "core/scenario.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hr {

constexpr int kScenarioSchemaVersion = 1;

struct ScenarioError {
    std::string file;
    std::string field;  // JSON path, e.g. "buyers[2].governance"; empty for the whole document
    std::string reason; // English, plain
    friend bool operator==(const ScenarioError&, const ScenarioError&) = default;
};

struct ScenarioLoad {
    std::optional<Scenario> scenario; // set only when errors is empty
    std::vector<ScenarioError> errors;
};

ScenarioLoad parse_scenario(std::string_view json_text, std::string_view file_name);

// "file: field: reason", for logs and command lines.
std::string describe(const ScenarioError& error);

// The scenario as JSON text in the schema parse_scenario reads; parsing it gives the same scenario.
std::string scenario_to_json(const Scenario& scenario);

// The scenarios shipped in assets/scenarios/, as ids (the file is "<id>.json").
std::vector<std::string> builtin_scenario_ids();

} // namespace hr
