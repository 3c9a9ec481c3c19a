#pragma once
// Finds and loads a scenario for the simulator: an id ("sinos-valley") is looked up as
// scenarios/<id>.json in the assets folders, in this order: --assets, the folder next to the
// executable (../../assets from build/<preset>/bin, ../share/highroad/assets when installed),
// and the source tree's assets (HIGHROAD_ASSETS_DIR); anything ending in .json is read as a path.
#include "core/scenario.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace hr::sim {

struct LoadedScenario {
    std::shared_ptr<const Scenario> scenario;
    std::filesystem::path file;
};

// The assets folders searched, in order, that exist.
std::vector<std::filesystem::path> assets_dirs(const std::filesystem::path& assets_flag);

// Throws UsageError for an unknown id (listing the known ones), an unreadable file or a scenario
// with errors (each one listed). `rounds` > 0 overrides the scenario's number of rounds.
LoadedScenario load_scenario(const std::string& name, const std::filesystem::path& assets_flag,
                             int rounds = 0);

} // namespace hr::sim
