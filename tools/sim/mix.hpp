#pragma once
// The bot mix of a simulated cluster, written "low-roader:4,upgrader:4,free-rider:2": archetype
// ids with their number of firms, optionally with a difficulty ("upgrader:4:hard").
#include "core/archetype.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace hr::sim {

struct MixEntry {
    Archetype archetype = Archetype::Upgrader;
    int count = 1;
    Difficulty difficulty = Difficulty::Normal;
    friend bool operator==(const MixEntry&, const MixEntry&) = default;
};

struct Mix {
    std::vector<MixEntry> entries;
    int total() const;
    // One seat per firm, in the order written: firm 0 is the first seat of the first entry.
    std::vector<MixEntry> seats() const;
    // Back to the written form, with every difficulty spelled out.
    std::string text() const;
};

// Throws UsageError naming the faulty part: an empty mix or part, an unknown archetype or
// difficulty, a count that is not a whole number from 1 to 16, more than 16 firms.
Mix parse_mix(std::string_view text, Difficulty default_difficulty = Difficulty::Normal);

} // namespace hr::sim
