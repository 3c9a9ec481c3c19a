#include "round_helpers.hpp"

#include "core/workforce.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

TEST_CASE("productivity grows with process capability and skill", "[core][workforce]") {
    const ModelParams p;
    CHECK(productivity(p, 0.0, 0.5) == Approx(p.a0));
    CHECK(productivity(p, 0.5, 0.5) == Approx(1.5 * p.a0));
    CHECK(productivity(p, 0.3, 0.9) > productivity(p, 0.3, 0.2));
}

TEST_CASE("skill follows wages, training and the skill pool", "[core][workforce]") {
    const ModelParams p;
    CHECK(skill_target(p, 1.0, 0.0, 0.5) == Approx(0.5));
    CHECK(skill_target(p, 0.8, 0.0, 0.5) < 0.5);
    CHECK(skill_target(p, 1.0, 1.0, 0.5) > 0.5);
    CHECK(skill_target(p, 1.0, 0.0, 0.2) < 0.5);
    CHECK(skill_target(p, 5.0, 1.0, 1.0) == 1.0);
}

TEST_CASE("a wage cut lowers skill more than the target alone because workers leave",
          "[core][workforce]") {
    const GameState s = game();
    Decision cut = default_decision(s, 0);
    cut.wage_change = -0.1;
    Decision raise = default_decision(s, 1);
    raise.wage_change = 0.1;
    Decision train = default_decision(s, 2);
    train.training = 10000;
    const auto out = round_with(s, {{0, cut}, {1, raise}, {2, train}});
    const ModelParams& p = s.scenario->params;
    const double target = skill_target(p, 0.9, 0.0, 0.5);
    CHECK(out.state.firms[0].workforce.wage == Approx(0.9));
    CHECK(out.state.firms[0].workforce.skill ==
          Approx(0.5 + p.skill_speed * (target - 0.5) - p.turnover_per_cut * 0.1));
    CHECK(out.state.firms[1].workforce.skill > 0.5);
    CHECK(out.state.firms[2].workforce.skill > out.state.firms[3].workforce.skill);
}

TEST_CASE("wage cuts shrink the cluster's skill pool for everyone", "[core][workforce]") {
    GameState cut = game();
    GameState kept = game();
    for (int r = 0; r < 3; ++r) {
        std::map<FirmId, Decision> cuts;
        for (FirmId f = 0; f < 8; ++f) {
            cuts[f] = default_decision(cut, f);
            cuts[f].wage_change = -0.1;
        }
        cut = round_with(cut, cuts).state;
        kept = round_with(kept, {}).state;
    }
    CHECK(cut.market.skill_pool < kept.market.skill_pool - 0.1);
}

TEST_CASE("employment follows the volume produced", "[core][workforce]") {
    const GameState s = game();
    const auto out = round_with(s, {});
    const FirmResult& r = out.result.firms[0];
    const double produced =
        r.volume[0] + r.volume[1] + r.volume[2] + r.volume[3] + r.rejected_volume;
    const double a = productivity(s.scenario->params,
                                  s.firms[0].capabilities[UpgradeType::Process] *
                                      (1.0 - s.scenario->params.delta),
                                  out.state.firms[0].workforce.skill);
    CHECK(out.state.firms[0].workforce.employment == Approx(produced / a));
}
