// Arbitrary text into the scenario loader, as a facilitator's hand-edited file may be. It must
// never crash or throw: a bad file gives errors, a good one a scenario. What it accepts must
// survive a trip through scenario_to_json: written and read again, it reads and writes the same.
#include "core/scenario_loader.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const hr::ScenarioLoad load = hr::parse_scenario(text, "fuzz.json");
    if (load.scenario.has_value() != load.errors.empty()) {
        std::abort();
    }
    if (!load.scenario) {
        return 0;
    }
    const std::string written = hr::scenario_to_json(*load.scenario);
    const hr::ScenarioLoad again = hr::parse_scenario(written, "written.json");
    if (!again.scenario || hr::scenario_to_json(*again.scenario) != written) {
        std::abort();
    }
    return 0;
}
