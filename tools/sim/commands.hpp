#pragma once
// The three commands of highroad-sim, callable in-process (the tests do). Each returns the exit
// code; a mistake in what was asked for throws UsageError (exit code 2 in the program).
#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>

namespace hr::sim {

struct CommonOptions {
    std::string scenario = "sinos-valley"; // an id in assets/scenarios, or a path to a .json file
    std::filesystem::path assets;          // an extra assets folder searched first
    int rounds = 0;                        // 0: the scenario's own number of rounds
    std::uint64_t seed = 1;
    unsigned threads = 0;     // 0: every core
    bool no_progress = false; // no progress bar on stderr
};

struct RunOptions : CommonOptions {
    std::string firms; // the bot mix; empty: the scenario's default cluster
    std::string difficulty = "normal";
    std::uint64_t games = 100;
    std::string csv;  // path; empty: no CSV
    std::string json; // path; empty: no JSON summary
};

struct ResearchOptions : CommonOptions {
    std::uint64_t games = 1000;
    int firms = 0; // 0: the scenario's default number of firms
    std::string markdown;
};

struct PolicyOptions : CommonOptions {
    std::uint64_t games = 1;
    std::string firms; // the bot mix; empty: the scenario's default cluster
    std::string markdown;
};

int run_command(const RunOptions& options, std::ostream& out, std::ostream& err);
int research_command(const ResearchOptions& options, std::ostream& out, std::ostream& err);
int policy_command(const PolicyOptions& options, std::ostream& out, std::ostream& err);

} // namespace hr::sim
