// Question 2: insertion into global value chains by governance type. In every game the seats are
// dealt at random into groups: firms that take no buyer contract, and firms that take only
// contracts of one governance type (market, network, quasi-hierarchy, hierarchy — those the
// scenario's buyers offer), accepting whatever clauses come with them. All are the same upgrader
// otherwise and none joins joint actions, so clustering does not blur the comparison. Each group
// is compared with the no-contract firms of the same game.
#include "research.hpp"

#include "core/bot_profile.hpp"
#include "metrics.hpp"
#include "ordered_pool.hpp"
#include "progress.hpp"
#include "stats.hpp"

#include <array>
#include <optional>

namespace hr::sim {

namespace {

constexpr std::uint64_t kAssignTag = 0xc4a1c4a1ULL;

BotProfile chain_profile(std::optional<Governance> taken) {
    BotProfile p = profile_of(Archetype::Upgrader);
    p.joins = {};
    p.proposes = {};
    p.share_tolerance = 0;
    p.joint_budget_share = 0;
    p.accepts = {};
    if (taken) {
        p.accepts[static_cast<std::size_t>(*taken)] = true;
    }
    p.accepts_no_own_brand = true;
    p.accepts_no_own_design = true;
    p.accepts_acquisition_in_distress = false;
    p.contract_capacity_share = 1.0;
    return p;
}

struct Measure {
    const char* label;
    double (*value)(const FirmOutcome&);
};

const std::array<Measure, 5> kMeasures{{
    {"process", [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Process); }},
    {"product", [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Product); }},
    {"functional",
     [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Functional); }},
    {"wage", [](const FirmOutcome& f) { return f.wage_end - f.wage_start; }},
    {"profit k$", [](const FirmOutcome& f) { return to_k(f.cumulative_profit); }},
}};

constexpr std::array<const char*, kGovernanceTypes> kGovernanceLabel{
    "market (arm's length)", "network", "quasi-hierarchy", "hierarchy"};

// Group 0: no contracts; group i > 0: governance kinds[i - 1].
struct GroupMeans {
    std::vector<std::array<double, kMeasures.size()>> mean;
    std::vector<double> exposure; // rounds holding a contract of the group's governance
    std::vector<int> count;
};

} // namespace

Table research_chains(const BatchSetup& setup, int firms) {
    std::vector<Governance> kinds;
    for (std::size_t g = 0; g < kGovernanceTypes; ++g) {
        for (const auto& b : setup.scenario->buyers) {
            if (static_cast<std::size_t>(b.governance) == g) {
                kinds.push_back(b.governance);
                break;
            }
        }
    }
    const std::size_t groups = kinds.size() + 1;
    std::vector<BotProfile> profiles{chain_profile(std::nullopt)};
    for (Governance g : kinds) {
        profiles.push_back(chain_profile(g));
    }

    std::vector<std::array<Accumulator, kMeasures.size()>> level(groups), diff(groups);
    std::vector<Accumulator> exposure(groups);
    Progress progress("question 2", setup.games, *setup.progress_out, setup.progress);

    run_in_order<GroupMeans>(
        setup.games, setup.threads,
        [&](std::size_t game) {
            GamePlan plan;
            plan.scenario = setup.scenario;
            plan.seed = game_seed(setup.seed, game);
            Rng assign(plan.seed ^ kAssignTag);
            const auto order = shuffled(firms, assign);
            plan.seats.resize(static_cast<std::size_t>(firms));
            for (int i = 0; i < firms; ++i) {
                Seat& s = plan.seats[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])];
                s.archetype = Archetype::Upgrader;
                s.group = i % static_cast<int>(groups);
                s.profile = profiles[static_cast<std::size_t>(s.group)];
            }
            const GameOutcome out = play_game(plan);
            GroupMeans m;
            m.mean.resize(groups);
            m.exposure.assign(groups, 0.0);
            m.count.assign(groups, 0);
            for (const auto& f : out.firms) {
                const auto g = static_cast<std::size_t>(f.group);
                ++m.count[g];
                for (std::size_t k = 0; k < kMeasures.size(); ++k) {
                    m.mean[g][k] += kMeasures[k].value(f);
                }
                if (g > 0) {
                    m.exposure[g] += f.contract_rounds[static_cast<std::size_t>(kinds[g - 1])];
                }
            }
            for (std::size_t g = 0; g < groups; ++g) {
                const double n = std::max(1, m.count[g]);
                for (auto& x : m.mean[g]) {
                    x /= n;
                }
                m.exposure[g] /= n;
            }
            return m;
        },
        [&](std::size_t game, GroupMeans&& m) {
            for (std::size_t g = 0; g < groups; ++g) {
                if (m.count[g] == 0 || m.count[0] == 0) {
                    continue;
                }
                exposure[g].add(m.exposure[g]);
                for (std::size_t k = 0; k < kMeasures.size(); ++k) {
                    level[g][k].add(m.mean[g][k]);
                    diff[g][k].add(m.mean[g][k] - m.mean[0][k]);
                }
            }
            progress.update(game + 1);
        });
    progress.finish();

    Table t;
    t.title = "2. Does insertion into global value chains help or hurt upgrading?";
    t.header = {"firms that take", "rounds under contract"};
    for (const auto& m : kMeasures) {
        t.header.push_back(std::string("Δ ") + m.label);
    }
    {
        std::vector<std::string> row{"no contract (reference level)", "-"};
        for (std::size_t k = 0; k < kMeasures.size(); ++k) {
            const int d = k + 1 == kMeasures.size() ? 1 : 3;
            row.push_back(with_interval(level[0][k].mean(), level[0][k].half_width(), d));
        }
        t.rows.push_back(row);
    }
    for (std::size_t g = 1; g < groups; ++g) {
        std::vector<std::string> row{
            std::string(kGovernanceLabel[static_cast<std::size_t>(kinds[g - 1])]) + " only",
            with_interval(exposure[g].mean(), exposure[g].half_width(), 2)};
        for (std::size_t k = 0; k < kMeasures.size(); ++k) {
            const int d = k + 1 == kMeasures.size() ? 1 : 3;
            row.push_back(with_interval(diff[g][k].mean(), diff[g][k].half_width(), d));
        }
        t.rows.push_back(row);
    }
    t.notes = {
        std::to_string(setup.games) + " games of " + std::to_string(firms) +
            " upgraders that join no joint action; in each game the firms are dealt at random "
            "into the groups above. Upgrading is end minus start capability over the game.",
        "First row: the no-contract firms' own levels. Other rows: each group minus the "
        "no-contract firms of the same game, mean over games ± the 95 % interval. \"Rounds under "
        "contract\" shows how often a group actually held such a contract (offers depend on "
        "the buyers and the firm's quality).",
    };
    return t;
}

} // namespace hr::sim
