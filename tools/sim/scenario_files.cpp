#include "scenario_files.hpp"

#include "core/scenario_loader.hpp"
#include "usage_error.hpp"

#include <fstream>
#include <set>
#include <sstream>

namespace hr::sim {

namespace fs = std::filesystem;

namespace {

fs::path executable_dir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path{} : exe.parent_path();
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw UsageError("cannot read scenario file " + file.string());
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string known_ids(const std::vector<fs::path>& dirs) {
    std::set<std::string> ids;
    for (const auto& dir : dirs) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(dir / "scenarios", ec)) {
            if (entry.path().extension() == ".json") {
                ids.insert(entry.path().stem().string());
            }
        }
    }
    std::string out;
    for (const auto& id : ids) {
        out += out.empty() ? "" : ", ";
        out += id;
    }
    return out.empty() ? "none found" : out;
}

} // namespace

std::vector<fs::path> assets_dirs(const fs::path& assets_flag) {
    std::vector<fs::path> candidates;
    if (!assets_flag.empty()) {
        candidates.push_back(assets_flag);
    }
    const fs::path exe = executable_dir();
    if (!exe.empty()) {
        candidates.push_back(exe / ".." / ".." / "assets");
        candidates.push_back(exe / ".." / "share" / "highroad" / "assets");
    }
    candidates.emplace_back(HIGHROAD_ASSETS_DIR);
    std::vector<fs::path> out;
    for (const auto& c : candidates) {
        std::error_code ec;
        if (fs::is_directory(c, ec)) {
            out.push_back(fs::weakly_canonical(c, ec));
        }
    }
    return out;
}

LoadedScenario load_scenario(const std::string& name, const fs::path& assets_flag, int rounds) {
    if (rounds < 0) {
        throw UsageError("the number of rounds cannot be negative");
    }
    LoadedScenario out;
    if (name.size() > 5 && name.ends_with(".json")) {
        out.file = name;
        std::error_code ec;
        if (!fs::is_regular_file(out.file, ec)) {
            throw UsageError("scenario file not found: " + name);
        }
    } else {
        const auto dirs = assets_dirs(assets_flag);
        for (const auto& dir : dirs) {
            std::error_code ec;
            const fs::path candidate = dir / "scenarios" / (name + ".json");
            if (fs::is_regular_file(candidate, ec)) {
                out.file = candidate;
                break;
            }
        }
        if (out.file.empty()) {
            throw UsageError("unknown scenario \"" + name + "\"; known: " + known_ids(dirs) +
                             " (or give a path to a .json file, or --assets DIR)");
        }
    }
    ScenarioLoad load = parse_scenario(read_text(out.file), out.file.filename().string());
    if (!load.scenario) {
        std::string why = "scenario " + out.file.string() + " has errors:";
        for (const auto& e : load.errors) {
            why += "\n  " + describe(e);
        }
        throw UsageError(why);
    }
    if (rounds > 0) {
        load.scenario->rounds = rounds;
    }
    out.scenario = std::make_shared<const Scenario>(std::move(*load.scenario));
    return out;
}

} // namespace hr::sim
