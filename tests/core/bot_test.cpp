#include "core/bot.hpp"

#include "core/bot_test_games.hpp"
#include "core/rules.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hr;
using hr::test::BotSeat;
using hr::test::every_archetype;
using hr::test::play_bots;
using hr::test::shipped_scenario;

namespace {

std::string describe_issues(const std::vector<ValidationIssue>& issues) {
    std::string out;
    for (const auto& i : issues) {
        out += i.field + ": " + i.message + "; ";
    }
    return out;
}

} // namespace

TEST_CASE("every bot decision passes validation in every round of full games", "[core][bot]") {
    const std::string scenario = GENERATE("tutorial", "sinos-valley", "brenta");
    const auto difficulty = GENERATE(Difficulty::Easy, Difficulty::Normal, Difficulty::Hard);
    const std::uint64_t seed = GENERATE(range(1, 9));
    const auto sc = shipped_scenario(scenario);
    const int firms = std::clamp(10, sc->min_firms, sc->max_firms);
    int checked = 0;
    play_bots(
        sc, seed, every_archetype(firms, difficulty),
        [&](const GameState& before, const std::vector<Decision>& decisions, const RoundOutcome&) {
            for (std::size_t i = 0; i < decisions.size(); ++i) {
                const auto issues = validate(before, static_cast<FirmId>(i), decisions[i]);
                INFO(scenario << " seed " << seed << " round " << before.next_round() << " firm "
                              << i << " (" << to_string(every_archetype(firms)[i].archetype)
                              << "): " << describe_issues(issues));
                REQUIRE(issues.empty());
                ++checked;
            }
        });
    REQUIRE(checked == firms * sc->rounds);
}

TEST_CASE("a bot decides for the round about to be played", "[core][bot]") {
    const auto sc = shipped_scenario("sinos-valley");
    const GameState state = new_game(sc, 7, 8);
    for (Archetype a : kAllArchetypes) {
        Rng rng = bot_rng(state, 3);
        const Decision d = decide(state, 3, a, Difficulty::Normal, rng);
        CHECK(d.firm == 3);
        CHECK(d.round == state.next_round());
    }
}

TEST_CASE("the low-roader's wage falls and the upgrader's rises", "[core][bot]") {
    const std::string scenario = GENERATE("tutorial", "sinos-valley", "brenta");
    const std::uint64_t seed = GENERATE(range(1, 6));
    const auto sc = shipped_scenario(scenario);
    const std::vector<BotSeat> seats{{Archetype::LowRoader},  {Archetype::Upgrader},
                                     {Archetype::LowRoader},  {Archetype::Upgrader},
                                     {Archetype::Cooperator}, {Archetype::FreeRider}};
    const GameState end = play_bots(sc, seed, seats, [](auto&&...) {});
    for (FirmId f : {FirmId{0}, FirmId{2}}) {
        INFO("low-roader " << f);
        CHECK(end.firms[f].workforce.wage < 0.8);
    }
    for (FirmId f : {FirmId{1}, FirmId{3}}) {
        if (!end.firms[f].bankrupt) {
            INFO("upgrader " << f);
            CHECK(end.firms[f].workforce.wage > 1.0);
        }
    }
}

TEST_CASE("the brand builder's functional capability rises", "[core][bot]") {
    const std::string scenario = GENERATE("tutorial", "sinos-valley", "brenta");
    const std::uint64_t seed = GENERATE(range(1, 6));
    const auto sc = shipped_scenario(scenario);
    const std::vector<BotSeat> seats{{Archetype::BrandBuilder}, {Archetype::LowRoader},
                                     {Archetype::BrandBuilder}, {Archetype::LoyalSubcontractor},
                                     {Archetype::Cooperator},   {Archetype::Upgrader}};
    const GameState start = new_game(sc, seed, static_cast<int>(seats.size()));
    const GameState end = play_bots(sc, seed, seats, [](auto&&...) {});
    for (FirmId f : {FirmId{0}, FirmId{2}}) {
        INFO(scenario << " seed " << seed << " brand builder " << f);
        CHECK(end.firms[f].capabilities[UpgradeType::Functional] >
              start.firms[f].capabilities[UpgradeType::Functional]);
        // The low-roader, which invests in nothing of the kind, falls behind it.
        CHECK(end.firms[f].capabilities[UpgradeType::Functional] >
              end.firms[1].capabilities[UpgradeType::Functional]);
    }
}

TEST_CASE("the free rider never joins or pays for a joint action", "[core][bot]") {
    const std::string scenario = GENERATE("tutorial", "sinos-valley", "brenta");
    const std::uint64_t seed = GENERATE(range(1, 9));
    const auto sc = shipped_scenario(scenario);
    const std::vector<BotSeat> seats{{Archetype::Cooperator}, {Archetype::FreeRider},
                                     {Archetype::Cooperator}, {Archetype::Cooperator},
                                     {Archetype::FreeRider},  {Archetype::BrandBuilder}};
    play_bots(
        sc, seed, seats,
        [&](const GameState&, const std::vector<Decision>& decisions, const RoundOutcome& out) {
            for (FirmId f : {FirmId{1}, FirmId{4}}) {
                CHECK(decisions[f].propose.empty());
                CHECK(decisions[f].join.empty());
                CHECK(out.result.firms[f].joint_action_shares == 0);
                for (const auto& ja : out.result.joint_actions) {
                    CHECK(std::find(ja.members.begin(), ja.members.end(), f) == ja.members.end());
                }
            }
        });
}

TEST_CASE("cooperators get joint actions going and are members of them", "[core][bot]") {
    const std::string scenario = GENERATE("tutorial", "sinos-valley", "brenta");
    const std::uint64_t seed = GENERATE(range(1, 6));
    const auto sc = shipped_scenario(scenario);
    const std::vector<BotSeat> seats{{Archetype::Cooperator}, {Archetype::Cooperator},
                                     {Archetype::Cooperator}, {Archetype::LowRoader},
                                     {Archetype::FreeRider},  {Archetype::Upgrader}};
    int rounds_in_active = 0;
    play_bots(sc, seed, seats,
              [&](const GameState&, const std::vector<Decision>&, const RoundOutcome& out) {
                  for (const auto& ja : out.result.joint_actions) {
                      if (ja.active &&
                          std::find(ja.members.begin(), ja.members.end(), 0) != ja.members.end()) {
                          ++rounds_in_active;
                          break;
                      }
                  }
              });
    INFO(scenario << " seed " << seed);
    CHECK(rounds_in_active >= sc->rounds / 2);
}

TEST_CASE("the loyal subcontractor holds quasi-hierarchy contracts and the brand builder does "
          "not take no-own-brand clauses",
          "[core][bot]") {
    const std::string scenario = GENERATE("sinos-valley", "brenta");
    const auto sc = shipped_scenario(scenario);
    const std::vector<BotSeat> seats{{Archetype::LoyalSubcontractor}, {Archetype::BrandBuilder},
                                     {Archetype::LoyalSubcontractor}, {Archetype::BrandBuilder},
                                     {Archetype::Upgrader},           {Archetype::LowRoader}};
    int loyal_quasi_rounds = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        play_bots(sc, seed, seats,
                  [&](const GameState&, const std::vector<Decision>&, const RoundOutcome& out) {
                      for (const auto& c : out.state.contracts) {
                          const bool running =
                              c.first_round <= out.result.round && c.last_round >= out.result.round;
                          if (!running) {
                              continue;
                          }
                          if (c.terms.firm == 0 || c.terms.firm == 2) {
                              loyal_quasi_rounds +=
                                  c.terms.governance == Governance::QuasiHierarchy ? 1 : 0;
                          }
                          if (c.terms.firm == 1 || c.terms.firm == 3) {
                              CHECK_FALSE(c.terms.clauses.no_own_brand);
                              CHECK_FALSE(c.terms.clauses.no_own_design);
                          }
                      }
                  });
    }
    INFO(scenario);
    CHECK(loyal_quasi_rounds > 0);
}

TEST_CASE("a game of bots replays from its seed and another seed plays differently",
          "[core][bot]") {
    const std::string scenario = GENERATE("tutorial", "sinos-valley", "brenta");
    const std::uint64_t seed = GENERATE(3, 11, 1234567);
    const auto difficulty = GENERATE(Difficulty::Easy, Difficulty::Hard);
    const auto sc = shipped_scenario(scenario);
    const auto seats = every_archetype(9, difficulty);
    auto hashes = [&](std::uint64_t s) {
        std::vector<std::uint64_t> out;
        play_bots(sc, s, seats,
                  [&](const GameState&, const std::vector<Decision>&, const RoundOutcome& o) {
                      out.push_back(state_hash(o.state));
                  });
        return out;
    };
    const auto first = hashes(seed);
    REQUIRE(first.size() == static_cast<std::size_t>(sc->rounds));
    CHECK(hashes(seed) == first);
    const auto other = hashes(seed + 1);
    CHECK(other != first);
}

TEST_CASE("the bot's random stream depends on the game seed, round and firm only", "[core][bot]") {
    CHECK(bot_rng(5, 2, 3) == bot_rng(5, 2, 3));
    CHECK_FALSE(bot_rng(5, 2, 3) == bot_rng(6, 2, 3));
    CHECK_FALSE(bot_rng(5, 2, 3) == bot_rng(5, 3, 2));
    CHECK_FALSE(bot_rng(5, 2, 3) == bot_rng(5, 2, 4));
    const auto sc = shipped_scenario("tutorial");
    GameState state = new_game(sc, 5, 4);
    CHECK(bot_rng(state, 1) == bot_rng(5, state.next_round(), 1));
    // The engine's own stream does not affect the bots'.
    state.rng = Rng(999);
    CHECK(bot_rng(state, 1) == bot_rng(5, state.next_round(), 1));
}

TEST_CASE("easy bots vary their decisions and hard bots do not", "[core][bot]") {
    const auto sc = shipped_scenario("sinos-valley");
    const GameState state = new_game(sc, 21, 8);
    std::vector<double> easy, hard;
    for (std::uint64_t label = 0; label < 20; ++label) {
        Rng a = Rng(label);
        Rng b = Rng(label);
        easy.push_back(decide(state, 1, Archetype::Upgrader, Difficulty::Easy, a).wage_change);
        hard.push_back(decide(state, 1, Archetype::Upgrader, Difficulty::Hard, b).wage_change);
    }
    std::sort(easy.begin(), easy.end());
    std::sort(hard.begin(), hard.end());
    CHECK(easy.front() < easy.back());
    CHECK(hard.front() == hard.back());
}

TEST_CASE("the adaptive bot cuts costs after losses", "[core][bot]") {
    const auto sc = shipped_scenario("sinos-valley");
    GameState state = new_game(sc, 4, 6);
    Firm& f = state.firms[2];
    FirmRecord loss;
    loss.profit = -20000;
    loss.capabilities = f.capabilities;
    f.history = {loss, loss};
    f.cash = 1000;
    const BotProfile p = adaptive_profile(state, 2);
    CHECK(p.archetype == Archetype::Adaptive);
    CHECK(p.wage_trend < 0);
    CHECK(p.invest_share < profile_of(Archetype::Upgrader).invest_share);
}
