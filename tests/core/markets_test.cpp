#include "round_helpers.hpp"

#include "core/markets.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

namespace {
constexpr auto kContract = static_cast<std::size_t>(SalesChannel::Contract);
constexpr auto kLowEnd = static_cast<std::size_t>(SalesChannel::LowEndExport);
constexpr auto kBrand = static_cast<std::size_t>(SalesChannel::OwnBrand);
constexpr auto kAdjacent = static_cast<std::size_t>(SalesChannel::AdjacentSector);
} // namespace

TEST_CASE("the low-end segment is shared by a logit against outside competitors",
          "[core][markets]") {
    const ModelParams p;
    const std::vector<double> asks{20000, 20000, 24000};
    const std::vector<double> quality{0.3, 0.5, 0.3};
    const auto d = low_end_demand(p, asks, quality, 26000, 1400);
    double sum = 0;
    for (const double v : d) {
        CHECK(v > 0.0);
        sum += v;
    }
    CHECK(sum < 1400);  // the outside competitors take the rest
    CHECK(d[1] > d[0]); // better quality at the same price
    CHECK(d[0] > d[2]); // cheaper at the same quality
    const auto after_shock = low_end_demand(p, asks, quality, 26000 * 0.88, 1400);
    CHECK(after_shock[0] < d[0]); // cheaper competitors take share
}

TEST_CASE("quality below the buyer's standard is rejected, less with better processes",
          "[core][markets]") {
    const ModelParams p;
    CHECK(rejected_share(p, 0.3, 0.4, 0.3) == 0.0);
    CHECK(rejected_share(p, 0.5, 0.3, 0.3) == Approx(2.0 * 0.2 * (1.2 - 0.4 * 0.3)));
    CHECK(rejected_share(p, 0.5, 0.3, 0.9) < rejected_share(p, 0.5, 0.3, 0.1));
    CHECK(rejected_share(p, 1.0, 0.0, 0.0) == 1.0);
    const MarketConditions m;
    CHECK(input_unit_cost(p, m, 0.0, 0.0) == Approx(8000));
    CHECK(input_unit_cost(p, m, 0.0, 0.1) == Approx(7200));
}

TEST_CASE("contracts deliver first and rejected deliveries are not paid", "[core][markets]") {
    GameState s = game();
    Contract c;
    c.id = 7;
    c.terms.firm = 0;
    c.terms.buyer_id = "fashion-house";
    c.terms.governance = Governance::QuasiHierarchy;
    c.terms.volume = 60;
    c.terms.unit_price = 40000;
    c.terms.quality_standard = 0.45; // firm's product is 0.30
    c.first_round = 1;
    c.last_round = 1;
    s.contracts.push_back(c);
    const auto out = round_with(s, {});
    const FirmResult& r = out.result.firms[0];
    CHECK(r.rejected_volume > 0.0);
    CHECK(r.volume[kContract] + r.rejected_volume == Approx(60));
    CHECK(r.revenue[kContract] == static_cast<Money>(r.volume[kContract] * 40000 + 0.5));
    CHECK(r.volume[kLowEnd] <= s.firms[0].capacity - 60 + 1e-9);
}

TEST_CASE("own-brand and adjacent-sector sales need the capabilities", "[core][markets]") {
    GameState s = game();
    s.firms[1].capabilities[UpgradeType::Functional] = 0.6;
    s.firms[1].capabilities[UpgradeType::Intersectoral] = 0.6;
    Decision d = default_decision(s, 1);
    d.sell_own_brand = true;
    d.sell_adjacent = true;
    const auto out = round_with(s, {{1, d}});
    const FirmResult& r = out.result.firms[1];
    CHECK(r.volume[kBrand] > 0.0);
    CHECK(r.volume[kBrand] <= s.scenario->params.brand_capacity_share * s.firms[1].capacity);
    CHECK(r.volume[kAdjacent] > 0.0);
    CHECK(r.revenue[kBrand] / r.volume[kBrand] > r.revenue[kLowEnd] / r.volume[kLowEnd]);
    CHECK(r.brand_cost >= s.scenario->params.brand_fixed_cost);
    CHECK(out.state.firms[1].brand_rounds == 1);
    // Exports exclude the domestic adjacent sector.
    CHECK(r.record.exports == Approx(r.volume[kContract] + r.volume[kLowEnd] + r.volume[kBrand]));
}

TEST_CASE("a brand becomes known over its first rounds", "[core][markets]") {
    GameState s = game();
    const auto all_sell = [](const GameState& g) {
        std::map<FirmId, Decision> out;
        for (FirmId f = 0; f < 8; ++f) {
            out[f] = default_decision(g, f);
            out[f].sell_own_brand = true;
        }
        return out;
    };
    for (auto& firm : s.firms) {
        firm.capabilities[UpgradeType::Functional] = 0.5;
    }
    const auto first = round_with(s, all_sell(s));
    const auto second = round_with(first.state, all_sell(first.state));
    CHECK(first.result.firms[1].volume[kBrand] > 0.0);
    CHECK(second.result.firms[1].volume[kBrand] > 1.5 * first.result.firms[1].volume[kBrand]);
}

TEST_CASE("an own-brand price above the reference sells less", "[core][markets]") {
    GameState s = game();
    s.firms[1].capabilities[UpgradeType::Functional] = 0.7;
    s.firms[2].capabilities[UpgradeType::Functional] = 0.7;
    Decision cheap = default_decision(s, 1);
    cheap.sell_own_brand = true;
    Decision dear = default_decision(s, 2);
    dear.sell_own_brand = true;
    dear.own_brand_price = 80000;
    const auto out = round_with(s, {{1, cheap}, {2, dear}});
    CHECK(out.result.firms[2].volume[kBrand] < out.result.firms[1].volume[kBrand]);
}

TEST_CASE("a quasi-hierarchy buyer relocates when the firm's price is not competitive",
          "[core][markets]") {
    GameState s = game();
    Contract c;
    c.id = 8;
    c.terms.firm = 3;
    c.terms.buyer_id = "retailer"; // relocation threshold 10 %
    c.terms.governance = Governance::QuasiHierarchy;
    c.terms.volume = 40;
    c.terms.unit_price = 30000;
    c.first_round = 1;
    c.last_round = 3;
    s.contracts.push_back(c);
    s.firms[3].workforce.wage = 2.5; // a cost far above the competitors'
    const auto out = round_with(s, {});
    CHECK(out.result.firms[3].relocated == std::vector<ContractId>{8});
    CHECK(out.result.firms[3].volume[kContract] == 0.0);
    CHECK(out.state.contracts.empty());
}
