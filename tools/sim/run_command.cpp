// `highroad-sim run`: many games of one bot mix, streamed to a CSV in game order, summarised by
// archetype in JSON, with the speed in firm-rounds per second.
#include "batch.hpp"
#include "commands.hpp"
#include "csv_rows.hpp"
#include "metrics.hpp"
#include "ordered_pool.hpp"
#include "output_file.hpp"
#include "progress.hpp"
#include "run_summary.hpp"
#include "scenario_files.hpp"
#include "table.hpp"
#include "usage_error.hpp"

#include <chrono>
#include <optional>

namespace hr::sim {

namespace {

struct GameChunk {
    GameOutcome outcome;
    std::string csv; // the game's rows, formatted on the worker thread
};

Table archetype_table(const nlohmann::json& summary) {
    Table t;
    t.title = "By archetype (mean ± 95 % interval over firm-games)";
    t.header = {"archetype",      "firm-games", "survived", "wage change",
                "capability end", "profit k$",  "high road"};
    for (const auto& [id, a] : summary["archetypes"].items()) {
        const auto& m = a["metrics"];
        auto cell = [&](const char* name, int d) {
            return with_interval(m[name]["mean"].get<double>(),
                                 m[name]["mean"].get<double>() - m[name]["ci95_low"].get<double>(),
                                 d);
        };
        t.rows.push_back({id, std::to_string(a["firm_games"].get<std::int64_t>()),
                          cell("survived", 3), cell("wage_change", 3), cell("capability_end", 3),
                          cell("cumulative_profit_k", 1), cell("high_road_end", 3)});
    }
    return t;
}

} // namespace

int run_command(const RunOptions& o, std::ostream& out, std::ostream& err) {
    const auto difficulty = difficulty_from(o.difficulty);
    if (!difficulty) {
        throw UsageError("unknown difficulty \"" + o.difficulty + "\"; known: easy, normal, hard");
    }
    const LoadedScenario loaded = load_scenario(o.scenario, o.assets, o.rounds);
    const Mix mix =
        o.firms.empty() ? default_mix(*loaded.scenario) : parse_mix(o.firms, *difficulty);
    check_firm_count(*loaded.scenario, mix.total());
    std::optional<OutputFile> csv;
    std::optional<OutputFile> json;
    if (!o.csv.empty()) {
        csv.emplace(o.csv, "CSV file");
        csv->stream() << csv_header();
    }
    if (!o.json.empty()) {
        json.emplace(o.json, "JSON summary");
    }

    const auto seats = seats_of(mix);
    const unsigned threads = o.threads > 0 ? o.threads : default_threads();
    RunSummary summary({loaded.scenario->id, mix.text(), loaded.scenario->rounds, o.games, o.seed});
    Progress progress("games", o.games, err, !o.no_progress);
    const auto start = std::chrono::steady_clock::now();
    const bool want_csv = csv.has_value();

    run_in_order<GameChunk>(
        o.games, threads,
        [&](std::size_t g) {
            GameChunk chunk;
            GamePlan plan;
            plan.scenario = loaded.scenario;
            plan.seed = game_seed(o.seed, g);
            plan.seats = seats;
            RoundObserver observer;
            if (want_csv) {
                observer = [&chunk, &seats, g, seed = plan.seed](const RoundView& v) {
                    append_csv_rows(chunk.csv, g, seed, seats, v);
                };
            }
            chunk.outcome = play_game(plan, observer);
            return chunk;
        },
        [&](std::size_t g, GameChunk&& chunk) {
            if (want_csv) {
                csv->stream().write(chunk.csv.data(),
                                    static_cast<std::streamsize>(chunk.csv.size()));
            }
            summary.add(chunk.outcome);
            progress.update(g + 1);
        });
    progress.finish();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    if (csv) {
        csv->close();
    }
    const nlohmann::json result = summary.to_json();
    if (json) {
        json->stream() << result.dump(2) << '\n';
        json->close();
    }

    out << render_text(archetype_table(result));
    const double firm_rounds = static_cast<double>(o.games) * loaded.scenario->rounds * mix.total();
    out << "\n  " << o.games << " games x " << loaded.scenario->rounds << " rounds x "
        << mix.total() << " firms = " << static_cast<std::uint64_t>(firm_rounds)
        << " firm-rounds in " << fixed(seconds, 2)
        << " s: " << static_cast<std::uint64_t>(seconds > 0 ? firm_rounds / seconds : 0)
        << " firm-rounds/s on " << threads << (threads == 1 ? " thread\n" : " threads\n");
    if (summary.invalid_decisions() > 0) {
        err << "highroad-sim: warning: " << summary.invalid_decisions()
            << " bot decisions were refused by validate() and replaced by the default\n";
    }
    return 0;
}

} // namespace hr::sim
