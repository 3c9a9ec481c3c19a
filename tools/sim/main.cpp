// highroad-sim: plays many games of High Road bots on the deterministic core (no network, no
// window) and answers the research questions. See docs/SIMULATOR.md.
#include "commands.hpp"
#include "usage_error.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {

void add_common(CLI::App& cmd, hr::sim::CommonOptions& o) {
    cmd.add_option("--scenario", o.scenario,
                   "scenario id (tutorial, sinos-valley, brenta) or path to a .json file")
        ->capture_default_str();
    cmd.add_option("--assets", o.assets, "assets folder to look for scenarios/<id>.json first");
    cmd.add_option("--rounds", o.rounds, "rounds per game (default: the scenario's)");
    cmd.add_option("--seed", o.seed, "base seed; game g is played with a seed derived from it")
        ->capture_default_str();
    cmd.add_option("--threads", o.threads, "worker threads (default: every core)");
    cmd.add_flag("--no-progress", o.no_progress, "no progress bar on stderr");
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"highroad-sim: many games of High Road bots on the deterministic core, and the "
                 "answers to the research questions"};
    app.require_subcommand(1);

    hr::sim::RunOptions run;
    auto* run_cmd = app.add_subcommand(
        "run", "play many games of one bot mix; CSV per firm and round, JSON summary by archetype");
    add_common(*run_cmd, run);
    run_cmd->add_option("--firms", run.firms,
                        "bot mix, e.g. \"low-roader:4,upgrader:4,free-rider:2\" (archetype:count"
                        "[:difficulty]); default: the scenario's cluster with every archetype");
    run_cmd->add_option("--difficulty", run.difficulty, "easy, normal or hard (per entry too)")
        ->capture_default_str();
    run_cmd->add_option("--games", run.games, "number of games")->capture_default_str();
    run_cmd->add_option("--csv", run.csv, "write one row per game, firm and round to this file");
    run_cmd->add_option("--json", run.json, "write the summary by archetype to this file");

    hr::sim::ResearchOptions research;
    auto* research_cmd = app.add_subcommand(
        "research", "answer the three research questions with numbers and 95 % intervals");
    add_common(*research_cmd, research);
    research_cmd->add_option("--games", research.games, "games per experiment arm")
        ->capture_default_str();
    research_cmd->add_option("--firms", research.firms,
                             "firms per game (default: the scenario's default)");
    research_cmd->add_option("--markdown", research.markdown, "also write the tables here");

    hr::sim::PolicyOptions policy;
    auto* policy_cmd = app.add_subcommand(
        "policy", "the same game(s) played under each policy setting, side by side");
    add_common(*policy_cmd, policy);
    policy_cmd->add_option("--games", policy.games, "number of games")->capture_default_str();
    policy_cmd->add_option("--firms", policy.firms, "bot mix (as for run)");
    policy_cmd->add_option("--markdown", policy.markdown, "also write the table here");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : hr::sim::kUsageExitCode;
    }

    try {
        if (*run_cmd) {
            return hr::sim::run_command(run, std::cout, std::cerr);
        }
        if (*research_cmd) {
            return hr::sim::research_command(research, std::cout, std::cerr);
        }
        return hr::sim::policy_command(policy, std::cout, std::cerr);
    } catch (const hr::sim::UsageError& e) {
        std::cerr << "highroad-sim: error: " << e.what() << '\n';
        return hr::sim::kUsageExitCode;
    } catch (const std::exception& e) {
        std::cerr << "highroad-sim: internal error: " << e.what() << '\n';
        return 1;
    }
}
