#include "decision_plan.hpp"

#include "core/bot.hpp"
#include "core/rules.hpp"
#include "core/scenario_loader.hpp"
#include "protocol/message_codec.hpp"

#include <atomic>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace hr::swarm {

std::shared_ptr<const Scenario> load_scenario(const std::filesystem::path& dir,
                                              const std::string& id) {
    const std::filesystem::path file = dir / (id + ".json");
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read scenario file " + file.string());
    }
    std::ostringstream text;
    text << in.rdbuf();
    ScenarioLoad load = parse_scenario(text.str(), file.string());
    if (!load.scenario) {
        throw std::runtime_error(load.errors.empty() ? "cannot load " + file.string()
                                                     : describe(load.errors.front()));
    }
    return std::make_shared<const Scenario>(std::move(*load.scenario));
}

RoomPlan plan_room(const std::shared_ptr<const Scenario>& scenario, std::uint64_t seed, int firms,
                   int rounds) {
    RoomPlan plan;
    plan.seed = seed;
    GameState state = new_game(scenario, seed, firms);
    state.total_rounds = rounds;
    while (!state.finished()) {
        std::vector<std::optional<Decision>> decisions(state.firms.size());
        auto& frames = plan.frames.emplace_back();
        for (const Firm& firm : state.firms) {
            Decision d = default_decision(state, firm.id);
            if (firm.bankrupt) {
                // The server plays the default for a bankrupt firm and does not wait for it.
                frames.emplace_back();
                decisions[firm.id] = std::move(d);
                continue;
            }
            Rng rng = bot_rng(state, firm.id);
            const Archetype archetype = kAllArchetypes[firm.id % kAllArchetypes.size()];
            d = decide(state, firm.id, archetype, Difficulty::Normal, rng);
            d.propose.clear();
            d.join.clear();
            d.leave.clear();
            if (!validate(state, firm.id, d).empty()) {
                d = default_decision(state, firm.id);
            }
            d.round = state.next_round();
            proto::SubmitDecision m;
            m.seq = static_cast<std::uint32_t>(d.round);
            m.decision = d;
            frames.push_back(proto::encode(m));
            decisions[firm.id] = std::move(d);
        }
        state = resolve_round(state, decisions).state;
    }
    plan.final_hash = state_hash(state);
    return plan;
}

std::uint64_t RoomPlan::decisions() const {
    std::uint64_t n = 0;
    for (const auto& round : frames) {
        for (const auto& frame : round) {
            n += frame.empty() ? 0 : 1;
        }
    }
    return n;
}

std::vector<RoomPlan> plan_rooms(const std::shared_ptr<const Scenario>& scenario,
                                 std::uint64_t seed, int rooms, int firms, int rounds,
                                 unsigned threads) {
    std::vector<RoomPlan> plans(static_cast<std::size_t>(rooms));
    std::atomic<int> next{0};
    const auto work = [&] {
        for (int r = next++; r < rooms; r = next++) {
            plans[static_cast<std::size_t>(r)] =
                plan_room(scenario, seed + static_cast<std::uint64_t>(r), firms, rounds);
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::max(1u, threads); ++t) {
        pool.emplace_back(work);
    }
    work();
    for (auto& t : pool) {
        t.join();
    }
    return plans;
}

} // namespace hr::swarm
