// Measures one round of a 12-firm room: resolve_round (which also validates every decision) on a
// mid-game state of the shipped sinos-valley scenario, with every firm investing, joining joint
// actions, accepting offers and selling in several channels.
//   highroad-bench-round [scenario.json] [samples]
#include "core/rules.hpp"
#include "core/scenario_loader.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace hr;

Decision busy_decision(const GameState& s, FirmId f) {
    Decision d = default_decision(s, f);
    d.wage_change = 0.02;
    d.invest = {20000, 20000, s.firms[f].acquired ? 0 : 15000, 5000};
    d.training = 3000;
    for (const auto& action : s.joint_actions) {
        const bool marketing = action.type == JointActionType::CollectiveLabel ||
                               action.type == JointActionType::TradeFair;
        if (action.catalogue && !(marketing && s.firms[f].acquired)) {
            d.join.push_back({action.id, 15000});
        }
    }
    for (const auto& offer : s.offers) {
        if (offer.firm == f && !offer.clauses.exclusivity) {
            d.accept.push_back(offer.id);
        }
    }
    d.sell_own_brand = true;
    d.sell_adjacent = true;
    // Keep only what the rules allow, as a server would.
    for (const auto& issue : validate(s, f, d)) {
        if (issue.field == "sell_own_brand") {
            d.sell_own_brand = false;
        } else if (issue.field == "sell_adjacent") {
            d.sell_adjacent = false;
        }
    }
    return validate(s, f, d).empty() ? d : default_decision(s, f);
}

std::vector<std::optional<Decision>> busy_decisions(const GameState& s) {
    std::vector<std::optional<Decision>> out(s.firms.size());
    for (const auto& firm : s.firms) {
        if (!firm.bankrupt) {
            out[firm.id] = busy_decision(s, firm.id);
        }
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    const std::string path =
        argc > 1 ? argv[1] : std::string(HIGHROAD_ASSETS_DIR) + "/scenarios/sinos-valley.json";
    const int samples = argc > 2 ? std::max(11, std::atoi(argv[2])) : 2001;
    std::ifstream in(path);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", path.c_str());
        return 1;
    }
    std::stringstream text;
    text << in.rdbuf();
    ScenarioLoad load = parse_scenario(text.str(), path);
    if (!load.scenario) {
        std::fprintf(stderr, "%s\n", describe(load.errors.front()).c_str());
        return 1;
    }
    const auto scenario = std::make_shared<const Scenario>(std::move(*load.scenario));

    // A mid-game state: five rounds of history, running contracts and joint actions.
    GameState state = new_game(scenario, 20240611, 12);
    FacilitatorActions policy;
    policy.policy = PolicySettings{};
    policy.policy->cofinancing_share = 0.3;
    policy.policy->service_centre = true;
    for (int r = 0; r < 5; ++r) {
        state = resolve_round(state, busy_decisions(state), r == 0 ? policy : FacilitatorActions{})
                    .state;
    }
    const auto decisions = busy_decisions(state);

    // Each sample times a batch of rounds so the clock's resolution does not matter. The
    // thread's CPU time is the measure: on a shared machine, wall time also counts the time other
    // processes hold the core. Wall time is printed beside it.
    constexpr int kBatch = 20;
    const auto cpu_now = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e6 + static_cast<double>(t.tv_nsec) / 1e3;
    };
    std::vector<double> cpu;
    std::vector<double> wall;
    cpu.reserve(static_cast<std::size_t>(samples));
    wall.reserve(static_cast<std::size_t>(samples));
    std::uint64_t sink = 0;
    std::vector<GameState> batch;
    for (int i = 0; i < samples; ++i) {
        // The server and the simulator hand their state over to the next round, as here; the
        // copies that stand for it are made before the clock starts.
        batch.assign(kBatch, state);
        const double cpu_start = cpu_now();
        const auto start = std::chrono::steady_clock::now();
        for (GameState& before : batch) {
            const RoundOutcome out = resolve_round(std::move(before), decisions);
            sink += static_cast<std::uint64_t>(out.state.round);
        }
        const auto stop = std::chrono::steady_clock::now();
        cpu.push_back((cpu_now() - cpu_start) / kBatch);
        wall.push_back(std::chrono::duration<double, std::micro>(stop - start).count() / kBatch);
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    const auto at = [](const std::vector<double>& v, double q) {
        return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
    };
    std::printf("resolve_round, 12 firms, round %d of %s (%d samples of %d rounds)\n",
                state.round + 1, scenario->id.c_str(), samples, kBatch);
    std::printf("  cpu:  median %.2f us  p10 %.2f us  p90 %.2f us\n", at(cpu, 0.5), at(cpu, 0.1),
                at(cpu, 0.9));
    std::printf("  wall: median %.2f us  p10 %.2f us  p90 %.2f us\n", at(wall, 0.5), at(wall, 0.1),
                at(wall, 0.9));
    return sink == 0 ? 1 : 0;
}
