// Question 3: which policy buys the most upgrading and wage growth per unit of public money. Every
// game is played once without policy and once under each lever, with the same seed and the same
// mix of bots, so the difference to the baseline is the lever's effect in that game; dividing the
// mean effect by the mean public money spent gives the effect per 100 k$.
#include "research.hpp"

#include "metrics.hpp"
#include "ordered_pool.hpp"
#include "policy_arms.hpp"
#include "progress.hpp"
#include "stats.hpp"

namespace hr::sim {

namespace {

double wage_growth(const GameOutcome& g) {
    return g.cluster.wage_end - g.cluster.wage_start;
}

} // namespace

Table research_policy(const BatchSetup& setup, int firms) {
    const auto arms = policy_arms(*setup.scenario, firms, false);
    const Mix mix = default_mix(*setup.scenario, firms);
    const auto seats = seats_of(mix);
    const std::size_t n = arms.size();
    std::vector<Accumulator> spent(n), upgrading(n), wage(n);
    std::vector<RatioAccumulator> upgrading_per_money(n), wage_per_money(n);
    Progress progress("question 3", setup.games, *setup.progress_out, setup.progress);

    run_in_order<std::vector<GameOutcome>>(
        setup.games, setup.threads,
        [&](std::size_t g) {
            GamePlan plan;
            plan.scenario = setup.scenario;
            plan.seed = game_seed(setup.seed, g);
            plan.seats = seats;
            return play_under_each(plan, arms);
        },
        [&](std::size_t g, std::vector<GameOutcome>&& outcomes) {
            const GameOutcome& base = outcomes[0];
            for (std::size_t a = 0; a < n; ++a) {
                const double money = to_k(outcomes[a].cluster.public_spent);
                const double up =
                    cluster_upgrading(outcomes[a]) - (a == 0 ? 0.0 : cluster_upgrading(base));
                const double w = wage_growth(outcomes[a]) - (a == 0 ? 0.0 : wage_growth(base));
                spent[a].add(money);
                upgrading[a].add(up);
                wage[a].add(w);
                upgrading_per_money[a].add(up * 100, money);
                wage_per_money[a].add(w * 100, money);
            }
            progress.update(g + 1);
        });
    progress.finish();

    Table t;
    t.title = "3. Which policy buys the most upgrading and wage growth per unit of public money?";
    t.header = {"policy", "public money (k$)",    "Δ upgrading",
                "Δ wage", "upgrading per 100 k$", "wage per 100 k$"};
    t.rows.push_back({"no policy (reference level)", "0",
                      with_interval(upgrading[0].mean(), upgrading[0].half_width(), 3),
                      with_interval(wage[0].mean(), wage[0].half_width(), 3), "-", "-"});
    for (std::size_t a = 1; a < n; ++a) {
        auto ratio = [](const RatioAccumulator& r) {
            return r.defined() ? with_interval(r.ratio(), r.half_width(), 3)
                               : std::string("no money spent");
        };
        t.rows.push_back({arms[a].label, with_interval(spent[a].mean(), spent[a].half_width(), 1),
                          with_interval(upgrading[a].mean(), upgrading[a].half_width(), 4),
                          with_interval(wage[a].mean(), wage[a].half_width(), 4),
                          ratio(upgrading_per_money[a]), ratio(wage_per_money[a])});
    }
    t.notes = {
        std::to_string(setup.games) + " games of " + std::to_string(firms) + " firms (" +
            mix.text() +
            "), each played once per policy with the same seed; the levers are "
            "sized from the scenario's public budget of " +
            std::to_string(setup.scenario->policy.budget / kThousand) + " k$.",
        "Upgrading: the cluster's mean capability gain over the four types; wage: the change of "
        "the cluster's average relative wage. First row: levels without policy; other rows: the "
        "policy's game minus the same game without policy, mean ± the 95 % interval; per 100 k$: "
        "mean effect over mean money spent (delta-method interval).",
    };
    return t;
}

std::vector<Table> research_all(const BatchSetup& setup, int firms) {
    return {research_clusters(setup, firms), research_chains(setup, firms),
            research_policy(setup, firms)};
}

} // namespace hr::sim
