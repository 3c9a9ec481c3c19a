#pragma once
// The first pass over a scenario file's text, before it becomes a JSON tree: size, syntax (with
// line and column), nesting depth and duplicate keys. A streaming pass, so that a hostile file
// (huge, deeply nested, full of repeated keys) costs linear time and bounded memory.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hr {

constexpr std::size_t kMaxScenarioBytes = std::size_t{4} << 20;
constexpr std::size_t kMaxScenarioDepth = 32; // real scenarios nest 4 levels

struct TextProblem {
    std::string field; // JSON path, empty for the whole document
    std::string reason;
};

struct TextCheck {
    bool parseable = true; // false: the text is not JSON the loader can read further
    std::vector<TextProblem> problems;
};

TextCheck check_scenario_text(std::string_view text, std::size_t max_problems);

// JSON paths as the loader reports them: "buyers", "buyers[2]", "buyers[2].governance".
std::string field_path(std::string_view parent, std::string_view key);
std::string element_path(std::string_view parent, std::size_t index);

} // namespace hr
