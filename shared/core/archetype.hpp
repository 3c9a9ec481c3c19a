#pragma once
// The kinds of bot a firm can be played by (issue 4), and how hard they play. Each archetype has a
// stable id (scenario files, command lines, messages) and a one-line description a player reads
// to know whom they play against: the client shows the translation key, the English text is the
// fallback for tools and logs.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace hr {

enum class Archetype : std::uint8_t {
    LowRoader,          // cuts wages, competes on price, takes any volume
    Upgrader,           // process and product upgrading
    BrandBuilder,       // functional upgrading, own brand, collective label
    LoyalSubcontractor, // takes quasi-hierarchy and luxury contracts, lets design go
    FreeRider,          // joins nothing, lives on spill-overs
    Cooperator,         // proposes and joins joint actions
    Adaptive            // changes course from its own results
};
constexpr std::size_t kArchetypes = 7;
constexpr std::array<Archetype, kArchetypes> kAllArchetypes{
    Archetype::LowRoader,    Archetype::Upgrader,
    Archetype::BrandBuilder, Archetype::LoyalSubcontractor,
    Archetype::FreeRider,    Archetype::Cooperator,
    Archetype::Adaptive};

// Easy bots decide with noise, look one round ahead at most and ignore market research; hard bots
// decide without noise, keep a cash reserve for what is coming and use every signal they have.
enum class Difficulty : std::uint8_t { Easy, Normal, Hard };
constexpr std::size_t kDifficulties = 3;
constexpr std::array<Difficulty, kDifficulties> kAllDifficulties{
    Difficulty::Easy, Difficulty::Normal, Difficulty::Hard};

struct ArchetypeInfo {
    Archetype archetype;
    std::string_view id;              // "low-roader"
    std::string_view name_key;        // "bot.low-roader.name"
    std::string_view name_en;         // "Low-roader"
    std::string_view description_key; // "bot.low-roader.description"
    std::string_view description_en;  // one line, plain language
};

const ArchetypeInfo& info(Archetype a);
std::string_view to_string(Archetype a);
std::string_view to_string(Difficulty d);
// The translation key of a difficulty's name: "bot.difficulty.easy".
std::string_view name_key(Difficulty d);

// Parsing of the same ids; nullopt for an unknown id.
std::optional<Archetype> archetype_from(std::string_view s);
std::optional<Difficulty> difficulty_from(std::string_view s);

} // namespace hr
