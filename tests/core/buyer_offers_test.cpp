#include "round_helpers.hpp"

#include "core/buyer_offers.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hr;
using namespace hr::test;

namespace {

bool offered(const GameState& s, const std::string& buyer, FirmId f) {
    return std::any_of(s.offers.begin(), s.offers.end(),
                       [&](const BuyerOffer& o) { return o.buyer_id == buyer && o.firm == f; });
}

Scenario only_buyer(BuyerProfile b) {
    Scenario sc = model_scenario();
    b.offer_probability = 1.0;
    sc.buyers = {b};
    return sc;
}

} // namespace

TEST_CASE("buyers make offers only to firms that meet their requirements", "[core][offers]") {
    Scenario sc = model_scenario();
    BuyerProfile picky = *sc.buyer("fashion-house");
    picky.requires_certification = true;
    picky.first_round = 1;
    GameState s = game_of(only_buyer(picky));
    CHECK(s.offers.empty()); // nobody is certified, and product 0.30 is at the minimum
    s.firms[2].certified = true;
    s.firms[2].capabilities[UpgradeType::Product] = 0.5;
    make_offers(s, std::vector<double>(8, 0.0), 0.0);
    REQUIRE(s.offers.size() == 1);
    CHECK(s.offers[0].firm == 2);
    CHECK(s.offers[0].clauses.no_own_design);
    CHECK(s.offers[0].round == 1);
}

TEST_CASE("offered prices rise with product quality and trade-fair presence", "[core][offers]") {
    const ModelParams p;
    BuyerProfile b;
    b.price_factor = 1.08;
    const Money plain = offered_price(b, 26000, 0.3, 0.0, p);
    CHECK(plain == static_cast<Money>(26000 * 1.08 * 1.18 + 0.5));
    CHECK(offered_price(b, 26000, 0.6, 0.0, p) > plain);
    CHECK(offered_price(b, 26000, 0.3, 0.9, p) > plain);
}

TEST_CASE("an accepted offer becomes a contract that delivers for its duration", "[core][offers]") {
    BuyerProfile b = *model_scenario().buyer("retailer");
    b.duration = 2;
    GameState s = game_of(only_buyer(b));
    REQUIRE(offered(s, "retailer", 0));
    Decision d = default_decision(s, 0);
    d.accept = {s.offers.front().id};
    const auto one = round_with(s, {{0, d}});
    REQUIRE(one.state.contracts.size() == 1);
    CHECK(one.state.contracts[0].first_round == 1);
    CHECK(one.state.contracts[0].last_round == 2);
    CHECK(one.result.firms[0].volume[0] > 0.0);
    CHECK_FALSE(offered(one.state, "retailer", 0)); // no second offer from a running buyer
    const auto two = round_with(one.state, {});
    CHECK(two.result.firms[0].volume[0] > 0.0);
    CHECK(two.state.contracts.empty());
}

TEST_CASE("a transnational's acquisition gives steady income and takes design and marketing",
          "[core][offers]") {
    BuyerProfile b = *model_scenario().buyer("transnational");
    b.first_round = 1;
    b.min_product = 0.0;
    GameState s = game_of(only_buyer(b));
    REQUIRE(offered(s, "transnational", 4));
    const BuyerOffer offer = *std::find_if(s.offers.begin(), s.offers.end(),
                                           [](const BuyerOffer& o) { return o.firm == 4; });
    CHECK(offer.acquisition_price > 0);
    CHECK(offer.clauses.exclusivity);
    Decision d = default_decision(s, 4);
    d.accept = {offer.id};
    d.join = {{catalogue_action(s, JointActionType::CollectiveLabel).id, 5000}};
    const auto out = round_with(s, {{4, d}});
    CHECK(catalogue_action(out.state, JointActionType::CollectiveLabel).members.empty());
    CHECK(out.state.firms[4].acquired);
    CHECK_FALSE(out.state.firms[4].own_design);
    CHECK(out.result.firms[4].was_acquired);
    CHECK(out.result.firms[4].acquisition_income == offer.acquisition_price);
    CHECK(out.result.firms[4].volume[0] == Approx(s.firms[4].capacity));
    CHECK(out.result.firms[4].volume[1] == 0.0);
    CHECK_FALSE(offered(out.state, "transnational", 4));
    // The next round it still sells its whole capacity to its owner.
    const auto next = round_with(out.state, {});
    CHECK(next.result.firms[4].volume[0] > 0.0);
    CHECK(next.result.firms[4].revenue[0] > 0);
}

TEST_CASE("the offer stream does not depend on one firm's eligibility", "[core][offers]") {
    GameState a = game();
    GameState b = game();
    b.firms[3].bankrupt = true;
    make_offers(a, std::vector<double>(8, 0.0), 0.0);
    make_offers(b, std::vector<double>(8, 0.0), 0.0);
    for (const auto& o : b.offers) {
        CHECK(o.firm != 3);
    }
    CHECK(a.rng == b.rng);
}
