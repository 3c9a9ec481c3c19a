// The swarm's planned games: valid decisions, and the game the server will play.
#include "decision_plan.hpp"

#include "core/rules.hpp"
#include "protocol/message_codec.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace hr;
using namespace hr::swarm;

namespace {

std::shared_ptr<const Scenario> sinos() {
    static const auto s =
        load_scenario(std::filesystem::path(HIGHROAD_ASSETS_DIR) / "scenarios", "sinos-valley");
    return s;
}

} // namespace

TEST_CASE("a planned room holds one valid decision per firm and round, replaying to its hash",
          "[tools][swarm]") {
    const auto seed = static_cast<std::uint64_t>(GENERATE(1, 7, 42));
    const int firms = 5;
    const int rounds = 4;
    const RoomPlan plan = plan_room(sinos(), seed, firms, rounds);
    REQUIRE(plan.frames.size() == static_cast<std::size_t>(rounds));
    GameState state = new_game(sinos(), seed, firms);
    state.total_rounds = rounds;
    for (int r = 1; r <= rounds; ++r) {
        const auto& frames = plan.frames[static_cast<std::size_t>(r - 1)];
        REQUIRE(frames.size() == static_cast<std::size_t>(firms));
        std::vector<std::optional<Decision>> decisions(frames.size());
        for (std::size_t f = 0; f < frames.size(); ++f) {
            // A bankrupt firm submits nothing; the server plays its default.
            REQUIRE(frames[f].empty() == state.firms[f].bankrupt);
            if (frames[f].empty()) {
                decisions[f] = default_decision(state, static_cast<FirmId>(f));
                continue;
            }
            const proto::Decoded d = proto::decode(frames[f], proto::kMaxClientPayload);
            REQUIRE(d.ok());
            const auto* m = std::get_if<proto::SubmitDecision>(&d.message);
            REQUIRE(m != nullptr);
            CHECK(m->seq == static_cast<std::uint32_t>(r));
            CHECK(m->decision.round == r);
            CHECK(m->decision.firm == f);
            CHECK(m->decision.propose.empty());
            CHECK(m->decision.join.empty());
            CHECK(validate(state, static_cast<FirmId>(f), m->decision).empty());
            decisions[f] = m->decision;
        }
        state = resolve_round(state, decisions).state;
    }
    CHECK(state.finished());
    CHECK(state_hash(state) == plan.final_hash);
    std::uint64_t submitted = 0;
    for (const auto& round : plan.frames) {
        for (const auto& frame : round) {
            submitted += frame.empty() ? 0 : 1;
        }
    }
    CHECK(plan.decisions() == submitted);
}

TEST_CASE("rooms planned on several threads are the rooms planned one by one", "[tools][swarm]") {
    const auto plans = plan_rooms(sinos(), 100, 5, 4, 3, 3);
    REQUIRE(plans.size() == 5);
    std::set<std::uint64_t> hashes;
    for (std::size_t r = 0; r < plans.size(); ++r) {
        const RoomPlan one = plan_room(sinos(), 100 + r, 4, 3);
        CHECK(plans[r].seed == 100 + r);
        CHECK(plans[r].final_hash == one.final_hash);
        CHECK(plans[r].frames == one.frames);
        hashes.insert(plans[r].final_hash);
    }
    CHECK(hashes.size() == plans.size()); // different seeds, different games
}

TEST_CASE("a missing scenario is reported with its file", "[tools][swarm]") {
    CHECK_THROWS_WITH(
        load_scenario(std::filesystem::path(HIGHROAD_ASSETS_DIR) / "scenarios", "no-such-scenario"),
        Catch::Contains("no-such-scenario.json"));
}
