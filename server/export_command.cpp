#include "export_command.hpp"

#include "debrief/csv_tables.hpp"
#include "debrief/game_json.hpp"
#include "debrief/html_report.hpp"
#include "debrief/what_if_option.hpp"
#include "game_archive.hpp"
#include "scenario_library.hpp"
#include "what_if_record.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace hr::server {
namespace {

namespace fs = std::filesystem;

int fail(int code, const std::string& message) {
    std::cerr << "highroad-server export: " << message << "\n";
    return code;
}

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Writes through a temporary file beside the target, so that a failed write leaves no half file.
std::string write_file(const fs::path& path, const std::string& text) {
    const fs::path partial = path.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out) {
            return "cannot write " + path.string() + ": " + std::strerror(errno);
        }
        out << text;
        out.close();
        if (!out) {
            std::error_code ignored;
            fs::remove(partial, ignored);
            return "cannot write " + path.string() + ": the disk may be full";
        }
    }
    std::error_code ec;
    fs::rename(partial, path, ec);
    if (ec) {
        fs::remove(partial, ec);
        return "cannot write " + path.string() + ": " + ec.message();
    }
    return {};
}

std::optional<debrief::ReportTexts> load_texts(const ExportOptions& o, std::string& problem) {
    const auto english = read_file(fs::path(o.lang_dir) / "en.json");
    const auto chosen = read_file(fs::path(o.lang_dir) / (o.lang + ".json"));
    if (!english || !chosen) {
        problem = "cannot read the language files in " + o.lang_dir + " (give --lang-dir)";
        return std::nullopt;
    }
    try {
        return debrief::ReportTexts::from_json(o.lang, *chosen, *english);
    } catch (const std::exception& e) {
        problem = "the language files in " + o.lang_dir + " do not parse: " + e.what();
        return std::nullopt;
    }
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) {
        out += (out.empty() ? "" : ", ") + s;
    }
    return out;
}

} // namespace

CLI::App* add_export_command(CLI::App& app, ExportOptions& o) {
    CLI::App* cmd = app.add_subcommand(
        "export", "write a room's data for the teacher (CSV tables, JSON, HTML report) and exit; "
                  "reads the database without changing it, also while the server runs");
    cmd->add_option("--db", o.database, "the server's SQLite database")->capture_default_str();
    cmd->add_option("--room", o.room, "the room's join code")->required();
    cmd->add_option("--html", o.html, "write the debrief report to this HTML file");
    cmd->add_option("--csv", o.csv, "write the CSV tables into this folder (created if needed)");
    cmd->add_option("--json", o.json, "write the whole game as JSON to this file");
    cmd->add_option("--lang", o.lang, "the report's language: en, es or pt")
        ->capture_default_str()
        ->check(CLI::IsMember({"en", "es", "pt"}));
    cmd->add_option("--scenarios", o.scenarios, "folder of scenario files (<id>.json)")
        ->capture_default_str();
    cmd->add_option("--lang-dir", o.lang_dir, "folder of the language files (<lang>.json)")
        ->capture_default_str();
    cmd->add_option("--what-if", o.what_if,
                    "add a what-if replay to the report and the JSON, e.g. \"from=4,all=upgrader\" "
                    "or \"from=3,2=low-roader,difficulty=hard\"");
    cmd->footer("Exit codes: 0 written, 2 nothing to write (or a what-if that does not apply), 3 "
                "no readable database, 4 no such room, 5 the room's scenario is missing, 6 an "
                "output cannot be written.");
    return cmd;
}

int run_export(const ExportOptions& o) {
    if (o.html.empty() && o.csv.empty() && o.json.empty()) {
        return fail(kExportUsage, "nothing to write: give --html FILE, --csv FOLDER or "
                                  "--json FILE");
    }
    if (!debrief::is_report_language(o.lang)) {
        return fail(kExportUsage, "--lang must be en, es or pt");
    }
    std::error_code ec;
    if (!fs::is_regular_file(o.database, ec)) {
        return fail(kExportNoDatabase,
                    "no database at " + o.database + " (give its path with --db)");
    }
    std::optional<StoredRoom> room;
    std::vector<std::string> recent;
    try {
        GameArchive archive(o.database);
        room = archive.load(o.room);
        if (!room) {
            recent = archive.recent_codes(8);
        }
    } catch (const StorageError& e) {
        return fail(kExportNoDatabase,
                    "cannot read " + o.database + " as a High Road database: " + e.what());
    }
    if (!room) {
        return fail(kExportNoRoom, "no room with the code " + o.room + " in " + o.database +
                                       (recent.empty() ? std::string(" (it holds no room)")
                                                       : "; the latest rooms: " + joined(recent)));
    }
    const std::string& scenario_id = room->created.settings.scenario;
    const ScenarioLibrary library = ScenarioLibrary::load(o.scenarios);
    std::shared_ptr<const Scenario> scenario = library.find(scenario_id);
    if (!scenario) {
        return fail(kExportNoScenario, "room " + room->created.code + " was played with scenario " +
                                           scenario_id + ", which is not in " + o.scenarios +
                                           " (give the folder with --scenarios)");
    }
    std::string problem;
    const auto texts = load_texts(o, problem);
    if (!texts) {
        return fail(kExportUsage, problem);
    }

    const debrief::GameRecord record = debrief::replay_game(game_log(*room, scenario));
    for (const std::string& p : record.problems) {
        std::cerr << "highroad-server export: warning: " << p << "\n";
    }
    const debrief::DebriefAnswers answers = debrief::answer_research_questions(record.input);
    std::optional<WhatIfOutcome> what_if;
    if (!o.what_if.empty()) {
        const RecordedGame game = recorded_game(*room, scenario);
        auto plan = debrief::parse_what_if(o.what_if, game.firms);
        if (const auto* why = std::get_if<std::string>(&plan)) {
            return fail(kExportUsage, "--what-if: " + *why);
        }
        const auto issues = validate(game, std::get<WhatIfPlan>(plan));
        if (!issues.empty()) {
            return fail(kExportUsage, "--what-if: " + issues.front().message);
        }
        what_if = replay_what_if(game, std::get<WhatIfPlan>(plan));
    }
    const WhatIfOutcome* shown = what_if ? &*what_if : nullptr;
    std::vector<std::string> written;
    if (!o.csv.empty()) {
        fs::create_directories(o.csv, ec);
        if (ec) {
            return fail(kExportCannotWrite,
                        "cannot make the folder " + o.csv + ": " + ec.message());
        }
        for (const debrief::ExportFile& table : debrief::csv_tables(record)) {
            if (auto why = write_file(fs::path(o.csv) / table.name, table.text); !why.empty()) {
                return fail(kExportCannotWrite, why);
            }
        }
        written.push_back(o.csv + " (" + std::to_string(debrief::csv_tables(record).size()) +
                          " tables)");
    }
    if (!o.json.empty()) {
        if (auto why = write_file(o.json, debrief::game_json(record, answers, shown));
            !why.empty()) {
            return fail(kExportCannotWrite, why);
        }
        written.push_back(o.json);
    }
    if (!o.html.empty()) {
        if (auto why = write_file(o.html, debrief::html_report(record, answers, *texts, shown));
            !why.empty()) {
            return fail(kExportCannotWrite, why);
        }
        written.push_back(o.html);
    }
    std::cout << "room " << record.room_code << " (" << scenario_id << ", "
              << record.rounds_played() << " of " << record.total_rounds << " rounds, "
              << (record.finished ? "finished" : "running") << "): wrote " << joined(written)
              << "\n";
    return kExportOk;
}

} // namespace hr::server
