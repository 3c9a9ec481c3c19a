// Invariants over random valid decisions: accounts add up to the unit, nothing goes negative,
// value-chain shares sum to one, capabilities stay within [0, 1].
#include "lesson_scenarios.hpp"
#include "random_decisions.hpp"
#include "test_scenario.hpp"

#include "core/accounts.hpp"
#include "core/rules.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>

using namespace hr;

TEST_CASE("random valid games keep the model's invariants", "[core][property]") {
    const auto seed = GENERATE(take(12, random(1ULL, 1'000'000ULL)));
    GameState s = new_game(test::model_scenario_ptr(), seed, 4 + static_cast<int>(seed % 9));
    Rng rng(seed ^ 0x5eedULL);
    Money public_spent = 0;
    while (!s.finished()) {
        FacilitatorActions f;
        if (rng.uniform() < 0.3) {
            PolicySettings p;
            p.cofinancing_share = rng.uniform(0.0, 0.8);
            p.grant_per_firm = static_cast<Money>(rng.below(20000));
            p.service_centre = rng.uniform() < 0.5;
            p.training_programme = static_cast<Money>(rng.below(30000));
            p.export_promotion = static_cast<Money>(rng.below(30000));
            f.policy = p;
        }
        if (rng.uniform() < 0.2) {
            f.inject_events = {"quality-scandal"};
        }
        const RoundOutcome out = resolve_round(s, test::random_decisions(s, rng), f);
        for (const FirmResult& r : out.result.firms) {
            INFO("seed " << seed << " round " << out.result.round << " firm " << r.firm);
            // Cash changes by exactly revenue minus costs.
            CHECK(r.cash_after - r.cash_before == r.profit);
            CHECK(r.profit == total_revenue(r) - total_costs(r));
            for (std::size_t c = 0; c < kSalesChannels; ++c) {
                CHECK(r.volume[c] >= 0.0);
                CHECK(r.revenue[c] >= 0);
            }
            CHECK(r.rejected_volume >= 0.0);
            CHECK(r.wage_bill >= 0);
            CHECK(r.input_cost >= 0);
            CHECK(r.workforce.employment >= 0.0);
            CHECK(r.laid_off >= 0.0);
            double sum = 0;
            for (const double share : r.value_chain.share) {
                CHECK(share >= -1e-12);
                sum += share;
            }
            CHECK(std::abs(sum - 1.0) <= 1e-12);
            for (const auto& split : r.value_chain_by_channel) {
                double channel_sum = 0;
                for (const double share : split.share) {
                    channel_sum += share;
                }
                CHECK(std::abs(channel_sum - 1.0) <= 1e-12);
            }
        }
        for (const Firm& firm : out.state.firms) {
            for (const double level : firm.capabilities.level) {
                CHECK(level >= 0.0);
                CHECK(level <= 1.0);
            }
            CHECK(firm.workforce.skill >= 0.0);
            CHECK(firm.workforce.skill <= 1.0);
            CHECK(firm.capacity > 0.0);
            CHECK((firm.bankrupt || firm.cash >= s.scenario->params.credit_line));
        }
        public_spent += out.result.public_spent;
        CHECK(out.state.public_spent == public_spent);
        CHECK(out.state.public_spent <= out.state.public_budget);
        s = out.state;
    }
}

TEST_CASE("every shipped scenario plays a whole game of random decisions within bounds",
          "[core][property]") {
    const std::string id = GENERATE(as<std::string>{}, "tutorial", "sinos-valley", "brenta");
    const auto seed = GENERATE(3ULL, 17ULL);
    const auto scenario = test::shipped_scenario(id);
    GameState s = new_game(scenario, seed, scenario->default_firms);
    Rng rng(seed + 1);
    while (!s.finished()) {
        const RoundOutcome out = resolve_round(s, test::random_decisions(s, rng));
        for (const FirmResult& r : out.result.firms) {
            INFO(id << " seed " << seed << " round " << out.result.round << " firm " << r.firm);
            CHECK(r.cash_after - r.cash_before == r.profit);
            CHECK(r.profit == total_revenue(r) - total_costs(r));
            CHECK(std::isfinite(r.unit_cost));
            CHECK(std::isfinite(r.record.unit_value));
        }
        for (const Firm& firm : out.state.firms) {
            for (const double level : firm.capabilities.level) {
                CHECK((level >= 0.0 && level <= 1.0));
            }
        }
        CHECK(std::isfinite(out.result.cluster.cluster_share_of_price));
        s = out.state;
    }
    CHECK(s.round == scenario->rounds);
}
