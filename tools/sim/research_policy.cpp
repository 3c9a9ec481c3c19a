// Question 3: which policy buys the most upgrading and wage growth per unit of public money. Every
// game is played once without policy and once under each lever, with the same seed and the same
// bots, so the difference to the baseline is the lever's effect in that game; dividing the mean
// effect by the mean public money spent gives the effect per 100 k$. Two clusters are compared:
// one where a cooperator gets joint actions going by itself, and one without cooperators, where
// the firms' shares are too high for any action to start unaided (the coordination failure that
// group support is meant to overcome).
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

// A cluster without cooperators: upgraders, low-roaders, free riders and a loyal subcontractor.
Mix uncoordinated_mix(int firms) {
    constexpr std::array<Archetype, 8> kOrder{Archetype::Upgrader,           Archetype::LowRoader,
                                              Archetype::FreeRider,          Archetype::Upgrader,
                                              Archetype::LoyalSubcontractor, Archetype::FreeRider,
                                              Archetype::LowRoader,          Archetype::Upgrader};
    std::array<int, kArchetypes> count{};
    for (int i = 0; i < firms; ++i) {
        ++count[static_cast<std::size_t>(kOrder[static_cast<std::size_t>(i) % kOrder.size()])];
    }
    Mix mix;
    for (Archetype a : kAllArchetypes) {
        if (count[static_cast<std::size_t>(a)] > 0) {
            mix.entries.push_back({a, count[static_cast<std::size_t>(a)], Difficulty::Normal});
        }
    }
    return mix;
}

struct ArmStats {
    Accumulator spent, upgrading, wage;
    RatioAccumulator upgrading_per_money, wage_per_money;
};

std::string ratio(const RatioAccumulator& r) {
    return r.defined() ? with_interval(r.ratio(), r.half_width(), 4)
                       : std::string("no money spent");
}

} // namespace

Table research_policy(const BatchSetup& setup, int firms) {
    const auto arms = policy_arms(*setup.scenario, firms, false);
    const std::array<Mix, 2> mixes{default_mix(*setup.scenario, firms), uncoordinated_mix(firms)};
    const std::array<const char*, 2> cluster_label{"with a cooperator", "without cooperators"};
    const std::array<std::vector<Seat>, 2> seats{seats_of(mixes[0]), seats_of(mixes[1])};
    const std::size_t n = arms.size();
    std::array<std::vector<ArmStats>, 2> stats{std::vector<ArmStats>(n), std::vector<ArmStats>(n)};
    Progress progress("question 3", setup.games, *setup.progress_out, setup.progress);

    using Outcomes = std::array<std::vector<GameOutcome>, 2>;
    run_in_order<Outcomes>(
        setup.games, setup.threads,
        [&](std::size_t g) {
            Outcomes out;
            for (std::size_t c = 0; c < mixes.size(); ++c) {
                GamePlan plan;
                plan.scenario = setup.scenario;
                plan.seed = game_seed(setup.seed, g);
                plan.seats = seats[c];
                out[c] = play_under_each(plan, arms);
            }
            return out;
        },
        [&](std::size_t g, Outcomes&& outcomes) {
            for (std::size_t c = 0; c < mixes.size(); ++c) {
                const auto& games = outcomes[c];
                for (std::size_t a = 0; a < n; ++a) {
                    const double money = to_k(games[a].cluster.public_spent);
                    const double up =
                        cluster_upgrading(games[a]) - (a == 0 ? 0.0 : cluster_upgrading(games[0]));
                    const double w = wage_growth(games[a]) - (a == 0 ? 0.0 : wage_growth(games[0]));
                    ArmStats& s = stats[c][a];
                    s.spent.add(money);
                    s.upgrading.add(up);
                    s.wage.add(w);
                    s.upgrading_per_money.add(up * 100, money);
                    s.wage_per_money.add(w * 100, money);
                }
            }
            progress.update(g + 1);
        });
    progress.finish();

    Table t;
    t.title = "3. Which policy buys the most upgrading and wage growth per unit of public money?";
    t.header = {"cluster",        "policy", "public money (k$)",
                "Δ upgrading",    "Δ wage", "upgrading per 100 k$",
                "wage per 100 k$"};
    for (std::size_t c = 0; c < mixes.size(); ++c) {
        const ArmStats& base = stats[c][0];
        t.rows.push_back({cluster_label[c], "no policy (reference level)", "0",
                          with_interval(base.upgrading.mean(), base.upgrading.half_width(), 3),
                          with_interval(base.wage.mean(), base.wage.half_width(), 3), "-", "-"});
        for (std::size_t a = 1; a < n; ++a) {
            const ArmStats& s = stats[c][a];
            t.rows.push_back({cluster_label[c], arms[a].label,
                              with_interval(s.spent.mean(), s.spent.half_width(), 1),
                              with_interval(s.upgrading.mean(), s.upgrading.half_width(), 4),
                              with_interval(s.wage.mean(), s.wage.half_width(), 4),
                              ratio(s.upgrading_per_money), ratio(s.wage_per_money)});
        }
    }
    t.notes = {
        std::to_string(setup.games) + " games of " + std::to_string(firms) +
            " firms in each cluster (with a cooperator: " + mixes[0].text() +
            "; without: " + mixes[1].text() +
            "), each game played once per policy with the same seed; the levers are sized "
            "from the scenario's public budget of " +
            std::to_string(setup.scenario->policy.budget / kThousand) + " k$.",
        "Upgrading: the cluster's mean capability gain over the four types; wage: the change of "
        "the cluster's average relative wage. Reference rows: levels without policy; other "
        "rows: the policy's game minus the same game without policy, mean ± the 95 % interval; "
        "per 100 k$: mean effect over mean money spent (delta-method interval).",
    };
    return t;
}

std::vector<Table> research_all(const BatchSetup& setup, int firms) {
    return {research_clusters(setup, firms), research_chains(setup, firms),
            research_policy(setup, firms)};
}

} // namespace hr::sim
