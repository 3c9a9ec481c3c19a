// Lessons 3, 6 and 7 of issue 3: collective efficiency, group versus single-firm policy, and free
// riding on a collective label, in the shipped scenarios over 50 seeds.
#include "lesson_scenarios.hpp"
#include "lesson_stats.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

namespace {

double cluster_upgrading(const PlayedGame& g) {
    double sum = 0;
    for (std::size_t f = 0; f < g.last().firms.size(); ++f) {
        sum += upgraded(g.last().firms[f].capabilities) -
               upgraded(g.states.front().firms[f].capabilities);
    }
    return sum;
}

} // namespace

TEST_CASE("lesson 3, collective efficiency: with the same spending, joint-action members "
          "upgrade faster than isolated firms",
          "[core][lesson]") {
    const auto sinos = shipped_scenario("sinos-valley");
    const std::vector<JointActionType> types{JointActionType::SharedConsultants,
                                             JointActionType::Standards,
                                             JointActionType::LearningNetwork};
    Tally gain;
    for (int i = 0; i < kLessonSeeds; ++i) {
        const PlayedGame members =
            play_all(sinos, lesson_seed(i), 8, [&](const GameState& s, FirmId f) {
                Decision d = steady_investor(s, f, 30000);
                join_actions(s, f, d, types, 60000);
                return d;
            });
        // The isolated firms spend on their own upgrading what the members paid in shares.
        const PlayedGame isolated =
            play_all(sinos, lesson_seed(i), 8, [&](const GameState& s, FirmId f) {
                Decision d = steady_investor(s, f, 30000);
                const Money shares =
                    members.results[static_cast<std::size_t>(s.round)].firms[f].joint_action_shares;
                for (const auto k :
                     {UpgradeType::Process, UpgradeType::Product, UpgradeType::Functional}) {
                    d.invest[static_cast<std::size_t>(k)] += shares / 3;
                }
                return d;
            });
        const double m = cluster_upgrading(members);
        const double o = cluster_upgrading(isolated);
        gain.add(m, o, m > 1.1 * o);
    }
    CHECK(gain.rate() >= 0.9);
    CHECK(gain.a() > 1.2 * gain.b());
}

TEST_CASE("lesson 6, policy: co-financing joint actions buys more upgrading than the same "
          "budget as single-firm grants",
          "[core][lesson]") {
    const auto sinos = shipped_scenario("sinos-valley");
    // Firms join every action but pay at most 10 k$ a round: alone, most actions never start.
    const Policy firms = [](const GameState& s, FirmId f) {
        Decision d = steady_investor(s, f, 20000);
        join_actions(s, f, d, all_private_actions(), 10000);
        return d;
    };
    Tally per_k;
    for (int i = 0; i < kLessonSeeds; ++i) {
        const PlayedGame none = play_all(sinos, lesson_seed(i), 8, firms);
        const PlayedGame group = play_all(sinos, lesson_seed(i), 8, firms, [](const GameState& s) {
            FacilitatorActions a;
            if (s.round == 0) {
                a.policy = PolicySettings{};
                a.policy->cofinancing_share = 0.5;
            }
            return a;
        });
        const Money budget = group.last().public_spent;
        const PlayedGame single =
            play_all(sinos, lesson_seed(i), 8, firms, [budget](const GameState& s) {
                FacilitatorActions a;
                if (s.round == 0) {
                    a.policy = PolicySettings{};
                    a.policy->grant_per_firm = budget / 8;
                } else if (s.round == 1) {
                    a.policy = PolicySettings{};
                }
                return a;
            });
        REQUIRE(budget > 0);
        REQUIRE(single.last().public_spent == budget / 8 * 8);
        const double base = cluster_upgrading(none);
        const double g = (cluster_upgrading(group) - base) / to_k(budget);
        const double s = (cluster_upgrading(single) - base) / to_k(single.last().public_spent);
        per_k.add(g, s, g > 3.0 * s);
    }
    CHECK(per_k.rate() >= 0.9);
    CHECK(per_k.b() > 0.0);
    CHECK(per_k.a() > 5.0 * per_k.b());
}

TEST_CASE("lesson 7, free riding: a member below the standard ruins the label's reputation, "
          "and non-members get a smaller but positive spill-over",
          "[core][lesson]") {
    const auto brenta = shipped_scenario("brenta");
    const std::vector<JointActionType> label{JointActionType::CollectiveLabel};
    const auto members_sell_under_label = [&](bool free_rider) {
        return [&, free_rider](FirmId id) -> Policy {
            return [&, id, free_rider](const GameState& s, FirmId f) {
                Decision d = steady_investor(s, f, 30000);
                if (id < 4) {
                    join_actions(s, f, d, label, 40000);
                    own_brand_if_allowed(s, f, d);
                    if (free_rider && id == 3) {
                        d.invest[static_cast<std::size_t>(UpgradeType::Product)] = 0;
                    }
                }
                return d;
            };
        };
    };
    Tally reputation, spillover;
    for (int i = 0; i < kLessonSeeds; ++i) {
        const PlayedGame clean = play(brenta, lesson_seed(i), 8, members_sell_under_label(false));
        const PlayedGame spoiled = play(brenta, lesson_seed(i), 8, members_sell_under_label(true));
        const double a = clean.results.back().label_reputation;
        const double b = spoiled.results.back().label_reputation;
        reputation.add(a, b, a > b + 0.3);
        double member = 0;
        double outsider = 0;
        for (const auto& r : clean.results) {
            for (FirmId f = 0; f < 4; ++f) {
                member += r.firms[f]
                              .upgrading[static_cast<std::size_t>(UpgradeType::Functional)]
                              .joint_actions;
                outsider += r.firms[f + 4]
                                .upgrading[static_cast<std::size_t>(UpgradeType::Functional)]
                                .joint_actions;
            }
        }
        spillover.add(member, outsider, outsider > 0.0 && outsider < 0.5 * member);
    }
    CHECK(reputation.rate() >= 0.95);
    CHECK(reputation.a() > 2.0 * reputation.b());
    CHECK(spillover.rate() == 1.0);
}
