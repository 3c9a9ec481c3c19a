#include "scenario_library.hpp"

#include "core/scenario_loader.hpp"
#include "logger.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace hr::server {

ScenarioLibrary ScenarioLibrary::load(const std::string& folder) {
    ScenarioLibrary library;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        if (entry.path().extension() != ".json") {
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        const std::string file = entry.path().filename().string();
        ScenarioLoad loaded = parse_scenario(text.str(), file);
        if (!loaded.scenario) {
            for (const auto& e : loaded.errors) {
                log().error("scenario skipped: " + describe(e));
            }
            continue;
        }
        library.add(entry.path().stem().string(), std::move(*loaded.scenario));
    }
    if (ec) {
        log().error("cannot read the scenario folder " + folder + ": " + ec.message());
    }
    return library;
}

void ScenarioLibrary::add(std::string id, Scenario scenario) {
    scenarios_[std::move(id)] = std::make_shared<const Scenario>(std::move(scenario));
}

std::shared_ptr<const Scenario> ScenarioLibrary::find(const std::string& id) const {
    const auto it = scenarios_.find(id);
    return it == scenarios_.end() ? nullptr : it->second;
}

std::vector<std::string> ScenarioLibrary::ids() const {
    std::vector<std::string> out;
    for (const auto& [id, scenario] : scenarios_) {
        out.push_back(id);
    }
    return out;
}

} // namespace hr::server
