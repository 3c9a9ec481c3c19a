#include "round_helpers.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

TEST_CASE("each firm's record sums its sales and the cluster's sums the firms'",
          "[core][indicators]") {
    const GameState s = game();
    const auto out = round_with(s, {});
    double exports = 0;
    double employment = 0;
    Money revenue = 0;
    double volume = 0;
    for (const auto& r : out.result.firms) {
        exports += r.record.exports;
        employment += r.record.employment;
        revenue += r.record.revenue;
        volume += r.record.volume;
        CHECK(r.record.unit_value == Approx(to_k(r.record.revenue) / r.record.volume));
        CHECK(r.record.value_added_per_worker > 0.0);
    }
    const ClusterRecord& c = out.result.cluster;
    CHECK(c.round == 1);
    CHECK(c.exports == Approx(exports));
    CHECK(c.employment == Approx(employment));
    CHECK(c.unit_value == Approx(to_k(revenue) / volume));
    CHECK(c.active_firms == 8);
    CHECK(c.avg_wage == Approx(1.0));
    CHECK(c.cluster_share_of_price > 0.0);
    CHECK(c.cluster_share_of_price < 1.0);
    CHECK(out.state.cluster_history.size() == 1);
    CHECK(out.state.firms[0].history.size() == 1);
}

TEST_CASE("selling under an own brand keeps more of the final price in the cluster",
          "[core][indicators]") {
    GameState s = game();
    for (auto& f : s.firms) {
        f.capabilities[UpgradeType::Functional] = 0.7;
    }
    std::map<FirmId, Decision> brand;
    for (FirmId f = 0; f < 8; ++f) {
        brand[f] = default_decision(s, f);
        brand[f].sell_own_brand = true;
    }
    const auto with = round_with(s, brand);
    const auto without = round_with(s, {});
    CHECK(with.result.cluster.cluster_share_of_price >
          without.result.cluster.cluster_share_of_price + 0.02);
    CHECK(with.result.firms[0].value_chain.firm_share() >
          without.result.firms[0].value_chain.firm_share());
}
