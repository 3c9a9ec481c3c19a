// `highroad-sim research` (the three research questions) and `highroad-sim policy` (the same
// games under each policy lever, side by side).
#include "batch.hpp"
#include "commands.hpp"
#include "metrics.hpp"
#include "ordered_pool.hpp"
#include "output_file.hpp"
#include "policy_arms.hpp"
#include "progress.hpp"
#include "research.hpp"
#include "scenario_files.hpp"
#include "stats.hpp"
#include "usage_error.hpp"

#include <optional>

namespace hr::sim {

namespace {

BatchSetup setup_of(const CommonOptions& o, const LoadedScenario& s, std::uint64_t games,
                    std::ostream& err) {
    BatchSetup b;
    b.scenario = s.scenario;
    b.games = games;
    b.seed = o.seed;
    b.threads = o.threads > 0 ? o.threads : default_threads();
    b.progress = !o.no_progress;
    b.progress_out = &err;
    return b;
}

std::string markdown_heading(const std::string& title, const Scenario& s, std::uint64_t games,
                             std::uint64_t seed) {
    return "# " + title + "\n\nScenario `" + s.id + "`, " + std::to_string(s.rounds) + " rounds, " +
           std::to_string(games) + " games, seed " + std::to_string(seed) +
           ". Produced by `highroad-sim`; see docs/SIMULATOR.md for how the experiments are "
           "designed.\n\n";
}

} // namespace

int research_command(const ResearchOptions& o, std::ostream& out, std::ostream& err) {
    const LoadedScenario loaded = load_scenario(o.scenario, o.assets, o.rounds);
    const int firms = o.firms > 0 ? o.firms : loaded.scenario->default_firms;
    check_firm_count(*loaded.scenario, firms);
    std::optional<OutputFile> md;
    if (!o.markdown.empty()) {
        md.emplace(o.markdown, "Markdown file");
    }
    const BatchSetup setup = setup_of(o, loaded, o.games, err);
    const auto tables = research_all(setup, firms);
    for (const auto& t : tables) {
        out << render_text(t) << '\n';
    }
    if (md) {
        md->stream() << markdown_heading("High Road: the research questions", *loaded.scenario,
                                         o.games, o.seed);
        for (const auto& t : tables) {
            md->stream() << render_markdown(t);
        }
        md->close();
    }
    return 0;
}

int policy_command(const PolicyOptions& o, std::ostream& out, std::ostream& err) {
    const LoadedScenario loaded = load_scenario(o.scenario, o.assets, o.rounds);
    const Mix mix = o.firms.empty() ? default_mix(*loaded.scenario) : parse_mix(o.firms);
    check_firm_count(*loaded.scenario, mix.total());
    std::optional<OutputFile> md;
    if (!o.markdown.empty()) {
        md.emplace(o.markdown, "Markdown file");
    }
    const BatchSetup setup = setup_of(o, loaded, o.games, err);
    const auto arms = policy_arms(*loaded.scenario, mix.total(), true);
    const auto seats = seats_of(mix);
    const auto& metrics = cluster_metrics();
    std::vector<std::vector<Accumulator>> acc(arms.size(),
                                              std::vector<Accumulator>(metrics.size()));
    std::vector<RatioAccumulator> per_money(arms.size());
    Progress progress("games", setup.games, err, setup.progress);

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
            for (std::size_t a = 0; a < arms.size(); ++a) {
                for (std::size_t m = 0; m < metrics.size(); ++m) {
                    acc[a][m].add(metrics[m].value(outcomes[a]));
                }
                per_money[a].add(
                    100 * (cluster_upgrading(outcomes[a]) - cluster_upgrading(outcomes[0])),
                    to_k(outcomes[a].cluster.public_spent));
            }
            progress.update(g + 1);
        });
    progress.finish();

    Table t;
    t.title =
        "The same game" + std::string(setup.games > 1 ? "s" : "") + " under each policy setting";
    t.header = {"cluster, end of game"};
    for (const auto& arm : arms) {
        t.header.push_back(arm.id);
    }
    const bool intervals = setup.games > 1;
    auto cell = [&](double mean, double half, int d) {
        return intervals ? with_interval(mean, half, d) : fixed(mean, d);
    };
    for (std::size_t m = 0; m < metrics.size(); ++m) {
        std::vector<std::string> row{std::string(metrics[m].name)};
        for (std::size_t a = 0; a < arms.size(); ++a) {
            row.push_back(cell(acc[a][m].mean(), acc[a][m].half_width(), 3));
        }
        t.rows.push_back(row);
    }
    std::vector<std::string> row{"upgrading per 100 k$ vs no policy"};
    for (std::size_t a = 0; a < arms.size(); ++a) {
        row.push_back(per_money[a].defined()
                          ? cell(per_money[a].ratio(), per_money[a].half_width(), 4)
                          : std::string("-"));
    }
    t.rows.push_back(row);
    t.notes.push_back(std::to_string(setup.games) + " game(s) of " + mix.text() + ", seed " +
                      std::to_string(o.seed) + "; every column plays the same seeds.");
    for (const auto& arm : arms) {
        t.notes.push_back(arm.id + ": " + arm.label);
    }
    if (intervals) {
        t.notes.push_back("Cells: mean over games ± the 95 % interval.");
    }
    out << render_text(t);
    if (md) {
        md->stream() << markdown_heading("High Road: policy settings side by side",
                                         *loaded.scenario, setup.games, o.seed)
                     << render_markdown(t);
        md->close();
    }
    return 0;
}

} // namespace hr::sim
