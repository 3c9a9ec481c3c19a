// The shadow state must give the same verdicts and previews as the server's real state for the
// player's own decisions, in games the core really played.
#include "real_game.hpp"
#include "shadow_state.hpp"

#include <catch2/catch.hpp>

using namespace hr;

namespace {

// A decision with every lever moved at random, often beyond what the rules allow, so that both
// accepted and refused decisions are compared.
Decision wild_decision(const GameState& state, FirmId firm, Rng& rng) {
    Decision d;
    d.firm = rng.uniform() < 0.05 ? static_cast<FirmId>(firm + 1) : firm;
    d.round = state.round + (rng.uniform() < 0.05 ? 2 : 1);
    d.wage_change = rng.uniform(-0.3, 0.3);
    const Money cash = std::max<Money>(state.firms[firm].cash, 1000);
    for (Money& m : d.invest) {
        m = rng.uniform() < 0.6 ? static_cast<Money>(rng.below(static_cast<std::uint64_t>(cash)))
                                : 0;
    }
    if (rng.uniform() < 0.05) {
        d.invest[1] = -100;
    }
    d.training = static_cast<Money>(rng.below(30000));
    d.markup = rng.uniform(-0.7, 3.4);
    d.sell_own_brand = rng.uniform() < 0.5;
    d.own_brand_price = static_cast<Money>(rng.below(90000));
    d.sell_adjacent = rng.uniform() < 0.5;
    for (const BuyerOffer& o : state.offers) {
        if (o.firm == firm && rng.uniform() < 0.6) {
            d.accept.push_back(o.id);
        }
    }
    if (rng.uniform() < 0.05) {
        d.accept.push_back(999999);
    }
    for (const JointAction& a : state.joint_actions) {
        const double roll = rng.uniform();
        if (roll < 0.25) {
            d.join.push_back({a.id, static_cast<Money>(rng.below(50000))});
        } else if (roll < 0.35) {
            d.leave.push_back(a.id);
        }
    }
    if (rng.uniform() < 0.2) {
        d.propose.push_back({static_cast<JointActionType>(rng.below(kJointActionTypes)),
                             static_cast<Money>(rng.below(40000))});
    }
    return d;
}

} // namespace

TEST_CASE("the shadow state needs the scenario, the room and the firm's own state",
          "[client][shadow]") {
    const test::RealGame game = test::play_real_game("tutorial", 4, 1);
    client::SessionModel full = test::session_of(game, 1);
    CHECK(client::shadow_state(full));

    client::SessionModel no_scenario = full;
    no_scenario.scenario.reset();
    CHECK_FALSE(client::shadow_state(no_scenario));
    client::SessionModel no_room = full;
    no_room.snapshot.reset();
    CHECK_FALSE(client::shadow_state(no_room));
    client::SessionModel spectator = full;
    spectator.own.reset();
    CHECK_FALSE(client::shadow_state(spectator));
}

TEST_CASE("the shadow state holds the firm as the server has it", "[client][shadow]") {
    const auto scenario = GENERATE(as<std::string>{}, "tutorial", "sinos-valley", "brenta");
    const int rounds = GENERATE(0, 1, 4);
    const test::RealGame game = test::play_real_game(scenario, 6, rounds);
    const GameState& real = game.now();
    const FirmId own = 2;
    const auto shadow = client::shadow_state(test::session_of(game, own));
    REQUIRE(shadow);
    INFO(scenario << " after " << rounds << " rounds");

    CHECK(shadow->round == real.round);
    CHECK(shadow->total_rounds == real.total_rounds);
    REQUIRE(shadow->firms.size() == real.firms.size());
    const Firm& mine = shadow->firms[own];
    const Firm& truth = real.firms[own];
    CHECK(mine.cash == truth.cash);
    CHECK(mine.capacity == truth.capacity);
    CHECK(mine.capabilities.level == truth.capabilities.level);
    CHECK(mine.workforce.wage == truth.workforce.wage);
    CHECK(mine.history.size() == truth.history.size());
    CHECK(mine.brand_rounds == truth.brand_rounds);
    CHECK(shadow->contracts.size() == static_cast<std::size_t>(std::count_if(
                                          real.contracts.begin(), real.contracts.end(),
                                          [&](const Contract& c) { return c.terms.firm == own; })));
    CHECK(shadow->joint_actions.size() == real.joint_actions.size());
    for (std::size_t i = 0; i < real.firms.size(); ++i) {
        CHECK(shadow->firms[i].name == real.firms[i].name);
        CHECK(shadow->firms[i].bankrupt == real.firms[i].bankrupt);
    }
    // The market conditions that the known events imply are the real ones.
    CHECK(shadow->market.p_comp == real.market.p_comp);
    CHECK(shadow->market.input_cost_factor == Approx(real.market.input_cost_factor));
    CHECK(shadow->market.demand_low_factor == Approx(real.market.demand_low_factor));
    CHECK(shadow->market.frontier == Approx(real.market.frontier));
    CHECK(shadow->market.skill_pool == Approx(real.market.skill_pool));
    CHECK(shadow->cluster_history.size() == real.cluster_history.size());
}

TEST_CASE("decisions get the same verdict and the same preview on the shadow and the real state",
          "[client][shadow][property]") {
    const auto seed = GENERATE(take(8, random(1ULL, 1'000'000ULL)));
    const auto scenario = GENERATE(as<std::string>{}, "tutorial", "sinos-valley", "brenta");
    Rng rng(seed);
    const int rounds = static_cast<int>(rng.below(6));
    const test::RealGame game = test::play_real_game(scenario, 8, rounds, seed);
    const GameState& real = game.now();
    const auto own = static_cast<FirmId>(rng.below(real.firms.size()));
    const auto shadow = client::shadow_state(test::session_of(game, own));
    REQUIRE(shadow);
    INFO(scenario << " seed " << seed << " after " << rounds << " rounds, firm " << own);

    for (int i = 0; i < 60; ++i) {
        const Decision d = wild_decision(real, own, rng);
        const auto truth = validate(real, own, d);
        CHECK(validate(*shadow, own, d) == truth);
        const DecisionCost a = preview_cost(real, own, d);
        const DecisionCost b = preview_cost(*shadow, own, d);
        CHECK(a.investment == b.investment);
        CHECK(a.training == b.training);
        CHECK(a.joint_action_shares == b.joint_action_shares);
        CHECK(a.cash_after_outlays == b.cash_after_outlays);
        CHECK(a.credit_line == b.credit_line);
    }
    // A bot's decision is a valid one: the comparison covers accepted decisions too.
    Rng bot = bot_rng(real, own);
    const Decision d = decide(real, own, Archetype::Cooperator, Difficulty::Normal, bot);
    CHECK(validate(real, own, d).empty());
    CHECK(validate(*shadow, own, d).empty());
}

TEST_CASE("a bot deciding on the shadow state makes a decision the real rules accept",
          "[client][shadow]") {
    const auto archetype = GENERATE(from_range(kAllArchetypes));
    const int rounds = GENERATE(0, 3);
    const test::RealGame game = test::play_real_game("sinos-valley", 8, rounds, 11);
    const GameState& real = game.now();
    const FirmId own = 3;
    const auto shadow = client::shadow_state(test::session_of(game, own));
    REQUIRE(shadow);
    Rng rng = bot_rng(*shadow, own);
    const Decision d = decide(*shadow, own, archetype, Difficulty::Normal, rng);
    INFO(to_string(archetype) << " after " << rounds << " rounds");
    CHECK(validate(real, own, d).empty());
}
