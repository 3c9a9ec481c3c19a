#include "commands.hpp"
#include "csv_rows.hpp"
#include "game_runner.hpp"
#include "ordered_pool.hpp"
#include "scenario_files.hpp"
#include "usage_error.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace hr;
using namespace hr::sim;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Other test processes (parallel ctest, other build folders) write beside us: names carry the pid.
fs::path scratch(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / "highroad-sim-tests";
    fs::create_directories(dir);
    return dir / (std::to_string(::getpid()) + "-" + name);
}

std::vector<std::string> split(const std::string& line, char sep) {
    std::vector<std::string> out;
    std::string cell;
    std::istringstream in(line);
    while (std::getline(in, cell, sep)) {
        out.push_back(cell);
    }
    if (!line.empty() && line.back() == sep) {
        out.emplace_back();
    }
    return out;
}

// Removes a test's output files when the test case ends.
struct Cleanup {
    std::vector<std::string> files;
    ~Cleanup() {
        for (const auto& f : files) {
            std::error_code ec;
            fs::remove(f, ec);
        }
    }
};

RunOptions small_run(const std::string& scenario, unsigned threads, const std::string& tag) {
    RunOptions o;
    o.scenario = scenario;
    o.assets = HIGHROAD_ASSETS_DIR;
    o.firms = "low-roader:2,upgrader:2,free-rider:1,cooperator:1";
    o.games = 24;
    o.seed = 77;
    o.threads = threads;
    o.no_progress = true;
    o.csv = scratch(tag + ".csv").string();
    o.json = scratch(tag + ".json").string();
    return o;
}

} // namespace

TEST_CASE("results for a seed are identical whatever the thread count", "[tools][sim]") {
    const std::string scenario = GENERATE("tutorial", "sinos-valley", "brenta");
    std::ostringstream out, err;
    const auto one = small_run(scenario, 1, "one");
    const Cleanup one_files{{one.csv, one.json}};
    const auto two = small_run(scenario, 2, "two");
    const Cleanup two_files{{two.csv, two.json}};
    const auto three = small_run(scenario, 3, "three");
    const Cleanup three_files{{three.csv, three.json}};
    REQUIRE(run_command(one, out, err) == 0);
    REQUIRE(run_command(two, out, err) == 0);
    REQUIRE(run_command(three, out, err) == 0);
    const std::string csv = slurp(one.csv);
    REQUIRE(csv.size() > 1000);
    CHECK(slurp(two.csv) == csv);
    CHECK(slurp(three.csv) == csv);
    const std::string json = slurp(one.json);
    CHECK(slurp(two.json) == json);
    CHECK(slurp(three.json) == json);
    const auto summary = nlohmann::json::parse(json);
    CHECK(summary["invalid_bot_decisions"] == 0);
    CHECK(summary["games"] == 24);
}

TEST_CASE("another seed gives other results", "[tools][sim]") {
    std::ostringstream out, err;
    auto a = small_run("sinos-valley", 2, "seed-a");
    const Cleanup a_files{{a.csv, a.json}};
    auto b = small_run("sinos-valley", 2, "seed-b");
    const Cleanup b_files{{b.csv, b.json}};
    b.seed = 78;
    REQUIRE(run_command(a, out, err) == 0);
    REQUIRE(run_command(b, out, err) == 0);
    CHECK(slurp(a.csv) != slurp(b.csv));
}

TEST_CASE("the CSV has one row per game, firm and round under the documented columns",
          "[tools][sim]") {
    std::ostringstream out, err;
    const auto o = small_run("sinos-valley", 2, "columns");
    const Cleanup o_files{{o.csv, o.json}};
    REQUIRE(run_command(o, out, err) == 0);
    std::ifstream in(o.csv);
    std::string line;
    REQUIRE(std::getline(in, line));
    const auto header = split(line, ',');
    const auto columns = csv_columns();
    REQUIRE(header.size() == columns.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        CHECK(header[i] == columns[i]);
    }
    const auto loaded = load_scenario("sinos-valley", HIGHROAD_ASSETS_DIR);
    std::size_t rows = 0;
    int last_game = -1;
    while (std::getline(in, line)) {
        const auto cells = split(line, ',');
        REQUIRE(cells.size() == columns.size());
        const int game = std::stoi(cells[0]);
        CHECK(game >= last_game); // written in game order
        last_game = game;
        CHECK(cells[7] == "1"); // decision_valid
        ++rows;
    }
    CHECK(rows == o.games * static_cast<std::size_t>(loaded.scenario->rounds) * 6);

    // The documentation explains every column.
    const std::string doc = slurp(fs::path(HIGHROAD_SOURCE_DIR) / "docs" / "SIMULATOR.md");
    for (auto c : columns) {
        INFO(c);
        CHECK(doc.find("`" + std::string(c) + "`") != std::string::npos);
    }
}

TEST_CASE("the JSON summary gives every archetype of the mix with intervals", "[tools][sim]") {
    std::ostringstream out, err;
    const auto o = small_run("sinos-valley", 2, "summary");
    const Cleanup o_files{{o.csv, o.json}};
    REQUIRE(run_command(o, out, err) == 0);
    const auto j = nlohmann::json::parse(slurp(o.json));
    for (const char* a : {"low-roader", "upgrader", "free-rider", "cooperator"}) {
        INFO(a);
        REQUIRE(j["archetypes"].contains(a));
        const auto& wage = j["archetypes"][a]["metrics"]["wage_end"];
        CHECK(wage["ci95_low"].get<double>() <= wage["mean"].get<double>());
        CHECK(wage["mean"].get<double>() <= wage["ci95_high"].get<double>());
    }
    CHECK_FALSE(j["archetypes"].contains("brand-builder"));
    CHECK(j["archetypes"]["low-roader"]["firm_games"] == 48);
    // Low-roaders end with lower wages than upgraders.
    CHECK(j["archetypes"]["low-roader"]["metrics"]["wage_end"]["mean"].get<double>() <
          j["archetypes"]["upgrader"]["metrics"]["wage_end"]["mean"].get<double>());
}

TEST_CASE("mistakes in a run are usage errors", "[tools][sim]") {
    std::ostringstream out, err;
    auto o = small_run("sinos-valley", 1, "errors");
    const Cleanup o_files{{o.csv, o.json}};
    o.games = 1;
    auto bad = o;
    bad.scenario = "atlantis";
    CHECK_THROWS_AS(run_command(bad, out, err), UsageError);
    bad = o;
    bad.firms = "pirate:4";
    CHECK_THROWS_AS(run_command(bad, out, err), UsageError);
    bad = o;
    bad.firms = "upgrader:1";
    CHECK_THROWS_WITH(run_command(bad, out, err), Catch::Matchers::Contains("firms"));
    bad = o;
    bad.csv = "/nonexistent-dir/out.csv";
    CHECK_THROWS_WITH(run_command(bad, out, err), Catch::Matchers::Contains("cannot write"));
    bad = o;
    bad.difficulty = "expert";
    CHECK_THROWS_AS(run_command(bad, out, err), UsageError);
}

TEST_CASE("a scenario can be given as a path to its file", "[tools][sim]") {
    const auto by_path =
        load_scenario(std::string(HIGHROAD_ASSETS_DIR) + "/scenarios/brenta.json", {});
    const auto by_id = load_scenario("brenta", HIGHROAD_ASSETS_DIR, 4);
    CHECK(by_path.scenario->id == by_id.scenario->id);
    CHECK(by_id.scenario->rounds == 4);
}

TEST_CASE("game seeds depend on the base seed and game number only", "[tools][sim]") {
    CHECK(game_seed(1, 0) == game_seed(1, 0));
    CHECK(game_seed(1, 0) != game_seed(1, 1));
    CHECK(game_seed(1, 5) != game_seed(2, 5));
}

TEST_CASE("ordered pool hands results over in job order for any thread count", "[tools][sim]") {
    const unsigned threads = GENERATE(1u, 2u, 4u, 8u);
    std::vector<std::size_t> seen;
    std::atomic<int> produced{0};
    run_in_order<std::size_t>(
        500, threads,
        [&](std::size_t job) {
            ++produced;
            return job * job;
        },
        [&](std::size_t job, std::size_t&& r) {
            CHECK(r == job * job);
            seen.push_back(job);
        });
    REQUIRE(seen.size() == 500);
    CHECK(produced == 500);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
}

TEST_CASE("ordered pool passes a worker's exception to the caller", "[tools][sim]") {
    CHECK_THROWS_WITH(run_in_order<int>(
                          100, 2,
                          [](std::size_t job) {
                              if (job == 37) {
                                  throw std::runtime_error("job 37 failed");
                              }
                              return 1;
                          },
                          [](std::size_t, int&&) {}),
                      "job 37 failed");
}
