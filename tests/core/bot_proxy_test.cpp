#include "core/proxy_bot.hpp"

#include "core/bot_test_games.hpp"
#include "core/rules.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace hr;
using hr::test::every_archetype;
using hr::test::shipped_scenario;

namespace {

// Plays `rounds` rounds with bots, recording firm `watched`'s decisions and the governance of
// the offers it accepted; returns the state.
GameState play_rounds(std::shared_ptr<const Scenario> sc, std::uint64_t seed, int firms, int rounds,
                      FirmId watched, Archetype watched_as, std::vector<Decision>& recorded,
                      std::set<Governance>* taken = nullptr) {
    auto seats = every_archetype(firms);
    seats[watched].archetype = watched_as;
    GameState state = new_game(std::move(sc), seed, firms);
    for (int r = 0; r < rounds && !state.finished(); ++r) {
        std::vector<std::optional<Decision>> submitted(seats.size());
        for (std::size_t i = 0; i < seats.size(); ++i) {
            const auto id = static_cast<FirmId>(i);
            Rng rng = bot_rng(state, id);
            submitted[i] = decide(state, id, seats[i].archetype, seats[i].difficulty, rng);
        }
        recorded.push_back(*submitted[watched]);
        for (const auto& o : state.offers) {
            const auto& acc = recorded.back().accept;
            if (taken != nullptr && std::find(acc.begin(), acc.end(), o.id) != acc.end()) {
                taken->insert(o.governance);
            }
        }
        state = resolve_round(state, submitted).state;
    }
    return state;
}

} // namespace

TEST_CASE("proxy decisions are valid in every round after the player drops", "[core][bot]") {
    const std::string scenario = GENERATE("tutorial", "sinos-valley", "brenta");
    const std::uint64_t seed = GENERATE(range(1, 7));
    const auto as = GENERATE(Archetype::LowRoader, Archetype::BrandBuilder,
                             Archetype::LoyalSubcontractor, Archetype::Cooperator);
    const auto sc = shipped_scenario(scenario);
    const int firms = 8;
    const FirmId dropped = 2;
    std::vector<Decision> recent;
    GameState state = play_rounds(sc, seed, firms, 3, dropped, as, recent);
    const auto seats = every_archetype(firms);
    while (!state.finished()) {
        std::vector<std::optional<Decision>> submitted(firms);
        for (int i = 0; i < firms; ++i) {
            const auto id = static_cast<FirmId>(i);
            Rng rng = bot_rng(state, id);
            submitted[i] = decide(state, id, seats[i].archetype, seats[i].difficulty, rng);
        }
        const Decision proxy = proxy_decision(state, dropped, recent);
        const auto issues = validate(state, dropped, proxy);
        INFO(scenario << " seed " << seed << " round " << state.next_round() << " as "
                      << to_string(as));
        for (const auto& i : issues) {
            UNSCOPED_INFO(i.field << ": " << i.message);
        }
        REQUIRE(issues.empty());
        submitted[dropped] = proxy;
        recent.push_back(proxy);
        state = resolve_round(state, submitted).state;
    }
}

TEST_CASE("the proxy follows the player's wage trend and investment shares", "[core][bot]") {
    const auto sc = shipped_scenario("sinos-valley");
    const std::uint64_t seed = GENERATE(range(1, 5));
    const FirmId dropped = 1;
    std::vector<Decision> recent;
    const GameState state = play_rounds(sc, seed, 8, 3, dropped, Archetype::BrandBuilder, recent);
    // The player raised wages 3 % a round and put money into design, not into processes.
    for (auto& d : recent) {
        d.wage_change = 0.03;
        d.invest = {1000, 2000, 9000, 0};
        d.training = 0;
    }
    const Decision proxy = proxy_decision(state, dropped, recent);
    CHECK(proxy.wage_change == Approx(0.03));
    const auto& inv = proxy.invest;
    const auto f = static_cast<std::size_t>(UpgradeType::Functional);
    const auto p = static_cast<std::size_t>(UpgradeType::Process);
    const auto i = static_cast<std::size_t>(UpgradeType::Intersectoral);
    if (state.firms[dropped].cash > 0) {
        CHECK(inv[f] > inv[p]);
    }
    CHECK(inv[i] == 0);
    CHECK(proxy.propose.empty());
    CHECK(proxy.leave.empty());
    CHECK(proxy.markup == Approx(recent.back().markup));
}

TEST_CASE("a low-roading player's proxy keeps cutting wages", "[core][bot]") {
    const auto sc = shipped_scenario("tutorial");
    std::vector<Decision> recent;
    const GameState state = play_rounds(sc, 9, 6, 4, 0, Archetype::LowRoader, recent);
    const Decision proxy = proxy_decision(state, 0, recent);
    CHECK(proxy.wage_change < 0);
    CHECK(proxy.total_investment() <= state.firms[0].cash / 10 + 1000);
}

TEST_CASE("the proxy accepts only offers like those the player accepted", "[core][bot]") {
    const std::string scenario = GENERATE("sinos-valley", "brenta");
    const auto sc = shipped_scenario(scenario);
    int accepted_total = 0;
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        std::vector<Decision> recent;
        std::set<Governance> taken;
        const GameState state =
            play_rounds(sc, seed, 8, 4, 3, Archetype::LoyalSubcontractor, recent, &taken);
        const Decision proxy = proxy_decision(state, 3, recent);
        for (OfferId id : proxy.accept) {
            const auto o = std::find_if(state.offers.begin(), state.offers.end(),
                                        [&](const BuyerOffer& b) { return b.id == id; });
            REQUIRE(o != state.offers.end());
            CHECK(taken.count(o->governance) == 1);
            CHECK_FALSE(o->clauses.acquisition);
            ++accepted_total;
        }
    }
    // Loyal subcontractors take offers most rounds: the proxy must go on taking some.
    CHECK(accepted_total > 0);
}

TEST_CASE("with no recent decisions the proxy plays the default decision", "[core][bot]") {
    const auto sc = shipped_scenario("tutorial");
    const GameState state = new_game(sc, 1, 5);
    CHECK(proxy_decision(state, 2, {}) == default_decision(state, 2));
}
