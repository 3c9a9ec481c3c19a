#pragma once
// The scenarios shipped in assets/scenarios, read from disk by the tests (the core never touches
// files) and parsed by the real loader.
#include "core/scenario_loader.hpp"

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>

namespace hr::test {

inline std::shared_ptr<const Scenario> shipped_scenario(const std::string& id) {
    const std::string path = std::string(HIGHROAD_ASSETS_DIR) + "/scenarios/" + id + ".json";
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    std::stringstream text;
    text << in.rdbuf();
    ScenarioLoad load = parse_scenario(text.str(), path);
    if (!load.scenario) {
        throw std::runtime_error(load.errors.empty() ? path : describe(load.errors.front()));
    }
    return std::make_shared<const Scenario>(std::move(*load.scenario));
}

} // namespace hr::test
