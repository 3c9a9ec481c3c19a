// Lessons 4 and 5 of issue 3: insertion into quasi-hierarchical chains, and Brenta's functional
// downgrading that still pays, in the shipped scenarios over 50 seeds.
#include "lesson_scenarios.hpp"
#include "lesson_stats.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

namespace {
double gain(const PlayedGame& g, FirmId f, UpgradeType k) {
    return g.last().firms[f].capabilities[k] - g.states.front().firms[f].capabilities[k];
}
} // namespace

TEST_CASE("lesson 4, value-chain insertion: quasi-hierarchy speeds process and product "
          "upgrading and slows functional upgrading",
          "[core][lesson]") {
    const auto sinos = shipped_scenario("sinos-valley");
    Tally process, product, functional;
    for (int i = 0; i < kLessonSeeds; ++i) {
        // Odd firms sell to quasi-hierarchy buyers, even firms arm's-length; the same spending.
        const PlayedGame g = play(sinos, lesson_seed(i), 8, [](FirmId id) -> Policy {
            const bool quasi = id % 2 == 1;
            return [quasi](const GameState& s, FirmId f) {
                Decision d = steady_investor(s, f, 30000);
                accept_offers_where(s, f, d, [quasi](const BuyerOffer& o) {
                    return o.governance ==
                           (quasi ? Governance::QuasiHierarchy : Governance::Market);
                });
                return d;
            };
        });
        // The lead firm (firm 0) is bigger than the rest: it stays out of the comparison.
        double q[3] = {0, 0, 0};
        double m[3] = {0, 0, 0};
        for (FirmId f = 1; f < 8; ++f) {
            double* side = f % 2 == 1 ? q : m;
            const double n = f % 2 == 1 ? 4.0 : 3.0;
            side[0] += gain(g, f, UpgradeType::Process) / n;
            side[1] += gain(g, f, UpgradeType::Product) / n;
            side[2] += gain(g, f, UpgradeType::Functional) / n;
        }
        process.add(q[0], m[0], q[0] > m[0] + 0.05);
        product.add(q[1], m[1], q[1] > m[1] + 0.03);
        functional.add(q[2], m[2], q[2] < m[2] - 0.1);
    }
    CHECK(process.rate() >= 0.9);
    CHECK(product.rate() >= 0.9);
    CHECK(functional.rate() == 1.0);
    CHECK(process.a() > process.b() + 0.08);
    CHECK(product.a() > product.b() + 0.04);
    CHECK(functional.a() < functional.b() - 0.15);
}

TEST_CASE("lesson 5, Brenta: the luxury subcontract lowers functional capability yet raises "
          "profit",
          "[core][lesson]") {
    const auto brenta = shipped_scenario("brenta");
    Tally functional, profit;
    for (int i = 0; i < kLessonSeeds; ++i) {
        // Even firms take the fashion houses' subcontracts; odd firms keep their own design and
        // sell under their own brand. The same upgrading spending.
        const PlayedGame g = play(brenta, lesson_seed(i), 8, [](FirmId id) -> Policy {
            const bool take = id % 2 == 0;
            return [take](const GameState& s, FirmId f) {
                Decision d = steady_investor(s, f, 30000);
                if (take) {
                    take_luxury_subcontract(s, f, d);
                } else {
                    own_brand_if_allowed(s, f, d);
                }
                return d;
            };
        });
        double ft = 0, fd = 0, pt = 0, pd = 0;
        for (FirmId f = 0; f < 8; ++f) {
            const Firm& firm = g.last().firms[f];
            const double fn = firm.capabilities[UpgradeType::Functional] / 4.0;
            const double pn = to_k(firm.cumulative_profit) / 4.0;
            (f % 2 == 0 ? ft : fd) += fn;
            (f % 2 == 0 ? pt : pd) += pn;
        }
        functional.add(ft, fd, ft < fd - 0.15);
        profit.add(pt, pd, pt > pd);
    }
    CHECK(functional.rate() == 1.0);
    CHECK(profit.rate() >= 0.9);
    CHECK(functional.a() < 0.5 * functional.b());
    CHECK(profit.a() > 1.2 * profit.b());
}
