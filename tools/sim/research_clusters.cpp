// Question 1: clustered versus isolated firms. In every game half the seats, drawn at random, are
// committed joint-action members and the other half never join; both halves are the same upgrader
// otherwise (same wages, same investment rule, same offers). The difference is measured within
// each game, so market conditions, shocks and buyers are the same for both groups.
#include "research.hpp"

#include "core/bot_profile.hpp"
#include "metrics.hpp"
#include "ordered_pool.hpp"
#include "progress.hpp"
#include "stats.hpp"

#include <array>

namespace hr::sim {

namespace {

constexpr std::uint64_t kAssignTag = 0xc1c1c1c1ULL;

BotProfile member_profile() {
    BotProfile p = profile_of(Archetype::Upgrader);
    const BotProfile coop = profile_of(Archetype::Cooperator);
    p.joins = coop.joins;
    p.proposes = coop.proposes;
    p.share_tolerance = coop.share_tolerance;
    p.joint_budget_share = coop.joint_budget_share;
    return p;
}

BotProfile isolated_profile() {
    BotProfile p = profile_of(Archetype::Upgrader);
    p.joins = {};
    p.proposes = {};
    p.share_tolerance = 0;
    p.joint_budget_share = 0;
    return p;
}

struct Row {
    const char* label;
    double (*value)(const FirmOutcome&);
    int decimals;
};

const std::array<Row, 8> kRows{{
    {"process upgrading",
     [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Process); }, 3},
    {"product upgrading",
     [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Product); }, 3},
    {"functional upgrading",
     [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Functional); }, 3},
    {"intersectoral upgrading",
     [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Intersectoral); }, 3},
    {"wage change", [](const FirmOutcome& f) { return f.wage_end - f.wage_start; }, 3},
    {"cumulative profit (k$)", [](const FirmOutcome& f) { return to_k(f.cumulative_profit); }, 1},
    {"survived (share)", [](const FirmOutcome& f) { return f.bankrupt ? 0.0 : 1.0; }, 3},
    {"rounds in an active joint action",
     [](const FirmOutcome& f) { return static_cast<double>(f.member_rounds); }, 2},
}};

struct GameMeans {
    std::array<double, kRows.size()> member{};
    std::array<double, kRows.size()> isolated{};
};

} // namespace

std::vector<int> shuffled(int n, Rng& rng) {
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        order[static_cast<std::size_t>(i)] = i;
    }
    for (int i = n - 1; i > 0; --i) {
        const auto j = static_cast<std::size_t>(rng.below(static_cast<std::uint64_t>(i) + 1));
        std::swap(order[static_cast<std::size_t>(i)], order[j]);
    }
    return order;
}

Table research_clusters(const BatchSetup& setup, int firms) {
    const BotProfile member = member_profile();
    const BotProfile isolated = isolated_profile();
    std::array<Accumulator, kRows.size()> acc_member, acc_isolated, acc_diff;
    Progress progress("question 1", setup.games, *setup.progress_out, setup.progress);

    run_in_order<GameMeans>(
        setup.games, setup.threads,
        [&](std::size_t g) {
            GamePlan plan;
            plan.scenario = setup.scenario;
            plan.seed = game_seed(setup.seed, g);
            Rng assign(plan.seed ^ kAssignTag);
            const auto order = shuffled(firms, assign);
            plan.seats.resize(static_cast<std::size_t>(firms));
            for (int i = 0; i < firms; ++i) {
                Seat& s = plan.seats[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])];
                s.archetype = Archetype::Upgrader;
                s.group = i < firms / 2 ? 1 : 0;
                s.profile = s.group == 1 ? member : isolated;
            }
            const GameOutcome out = play_game(plan);
            GameMeans m;
            std::array<int, 2> n{};
            for (const auto& f : out.firms) {
                auto& target = f.group == 1 ? m.member : m.isolated;
                ++n[static_cast<std::size_t>(f.group)];
                for (std::size_t r = 0; r < kRows.size(); ++r) {
                    target[r] += kRows[r].value(f);
                }
            }
            for (std::size_t r = 0; r < kRows.size(); ++r) {
                m.member[r] /= std::max(1, n[1]);
                m.isolated[r] /= std::max(1, n[0]);
            }
            return m;
        },
        [&](std::size_t g, GameMeans&& m) {
            for (std::size_t r = 0; r < kRows.size(); ++r) {
                acc_member[r].add(m.member[r]);
                acc_isolated[r].add(m.isolated[r]);
                acc_diff[r].add(m.member[r] - m.isolated[r]);
            }
            progress.update(g + 1);
        });
    progress.finish();

    Table t;
    t.title = "1. Do clustered firms upgrade more than isolated ones?";
    t.header = {"per firm, over the game", "joint-action members", "isolated", "difference"};
    for (std::size_t r = 0; r < kRows.size(); ++r) {
        const int d = kRows[r].decimals;
        t.rows.push_back({kRows[r].label,
                          with_interval(acc_member[r].mean(), acc_member[r].half_width(), d),
                          with_interval(acc_isolated[r].mean(), acc_isolated[r].half_width(), d),
                          with_interval(acc_diff[r].mean(), acc_diff[r].half_width(), d)});
    }
    t.notes = {
        std::to_string(setup.games) + " games of " + std::to_string(firms) +
            " upgraders; in each game half the firms, drawn at random, join and fund joint "
            "actions, the other half never join. Same investment rule, wages and offers.",
        "Means over games of each group's mean, ± the 95 % interval; the difference is taken "
        "within each game (members minus isolated).",
    };
    return t;
}

} // namespace hr::sim
