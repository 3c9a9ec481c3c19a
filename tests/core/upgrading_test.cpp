#include "round_helpers.hpp"

#include "core/upgrading.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

namespace {
constexpr auto kProcess = static_cast<std::size_t>(UpgradeType::Process);
constexpr auto kProduct = static_cast<std::size_t>(UpgradeType::Product);
constexpr auto kFunctional = static_cast<std::size_t>(UpgradeType::Functional);
} // namespace

TEST_CASE("upgrading has diminishing returns on money spent", "[core][upgrading]") {
    const ModelParams p;
    const double one = base_gain(p, 10000, 100, 0.5, 0.3);
    const double four = base_gain(p, 40000, 100, 0.5, 0.3);
    CHECK(one > 0.0);
    CHECK(four == Approx(2.0 * one)); // four times the money, twice the gain
    CHECK(base_gain(p, 0, 100, 0.5, 0.3) == 0.0);
    // Closer to the frontier, the same money buys less; bigger firms need more money.
    CHECK(base_gain(p, 10000, 100, 0.5, 0.8) < one);
    CHECK(base_gain(p, 10000, 400, 0.5, 0.3) < one);
    // Absorptive capacity: a skilled workforce learns more.
    CHECK(base_gain(p, 10000, 100, 0.9, 0.3) > base_gain(p, 10000, 100, 0.1, 0.3));
}

TEST_CASE("a firm that invests nothing falls behind the rising frontier", "[core][upgrading]") {
    const GameState s = game();
    const auto out = round_with(s, {});
    const double delta = s.scenario->params.delta;
    for (const auto k : kAllUpgradeTypes) {
        const double before = s.firms[0].capabilities[k];
        CHECK(out.state.firms[0].capabilities[k] == Approx(before * (1.0 - delta)));
        CHECK(out.result.firms[0].upgrading[static_cast<std::size_t>(k)].frontier_loss ==
              Approx(before * delta));
    }
    CHECK(out.state.market.frontier == Approx(1.0 + delta));
}

TEST_CASE("investment raises capabilities and the breakdown adds up", "[core][upgrading]") {
    const GameState s = game();
    const auto out = round_with(s, {{0, investing(s, 0, 40000)}});
    for (const auto k : kAllUpgradeTypes) {
        const auto& b = out.result.firms[0].upgrading[static_cast<std::size_t>(k)];
        CHECK(b.after > b.before * (1.0 - s.scenario->params.delta));
        const double gain = b.from_investment + b.external_economies + b.joint_actions +
                            b.buyer_help + b.service_centre;
        CHECK(b.after ==
              Approx(b.before + gain - b.frontier_loss - b.clause_loss + b.learning_network));
        CHECK(b.external_economies > 0.0);
    }
}

TEST_CASE("quasi-hierarchy buyers speed process and product and slow functional upgrading",
          "[core][upgrading]") {
    GameState s = game();
    Contract c;
    c.id = 99;
    c.terms.firm = 1;
    c.terms.buyer_id = "retailer";
    c.terms.governance = Governance::QuasiHierarchy;
    c.terms.volume = 10;
    c.terms.unit_price = 26000;
    c.first_round = 1;
    c.last_round = 2;
    s.contracts.push_back(c);
    const auto out = round_with(s, {{0, investing(s, 0, 40000)}, {1, investing(s, 1, 40000)}});
    const auto& market = out.result.firms[0].upgrading;
    const auto& quasi = out.result.firms[1].upgrading;
    CHECK(quasi[kProcess].buyer_help > 0.0);
    CHECK(quasi[kProcess].after > market[kProcess].after);
    CHECK(quasi[kProduct].after > market[kProduct].after);
    CHECK(quasi[kFunctional].after < market[kFunctional].after);
    CHECK(market[kProcess].buyer_help == 0.0);
}

TEST_CASE("a no-own-design clause erodes functional capability every round", "[core][upgrading]") {
    GameState s = game();
    Contract c;
    c.id = 99;
    c.terms.firm = 2;
    c.terms.buyer_id = "fashion-house";
    c.terms.governance = Governance::QuasiHierarchy;
    c.terms.clauses.no_own_design = true;
    c.terms.volume = 10;
    c.first_round = 1;
    c.last_round = 3;
    s.contracts.push_back(c);
    const auto out = round_with(s, {});
    const auto& b = out.result.firms[2].upgrading[kFunctional];
    CHECK(b.clause_loss == Approx(b.before * s.scenario->params.quasi_functional_decay));
    CHECK(out.state.firms[2].capabilities[UpgradeType::Functional] <
          out.state.firms[3].capabilities[UpgradeType::Functional]);
    CHECK_FALSE(out.state.firms[2].own_design);
    CHECK(out.state.firms[3].own_design);
}

TEST_CASE("the service centre raises every firm's upgrading efficiency", "[core][upgrading]") {
    const GameState s = game();
    auto chosen = joining(s, JointActionType::ServiceCentre, {0, 1, 2}, 50000);
    chosen[5] = investing(s, 5, 20000);
    FacilitatorActions f;
    PolicySettings p;
    p.service_centre = true;
    f.policy = p;
    const auto with = round_with(s, chosen, f);
    const auto without = round_with(s, {{5, investing(s, 5, 20000)}});
    CHECK(with.result.firms[5].upgrading[kProcess].service_centre > 0.0);
    CHECK(with.state.firms[5].capabilities[UpgradeType::Process] >
          without.state.firms[5].capabilities[UpgradeType::Process]);
}
