#pragma once
// `highroad-server export`: a room's data for the teacher, read from the database (read-only, so
// it works while the server runs) and replayed through the core: the CSV tables into a folder,
// the JSON document of the game, and the standalone HTML report in the facilitator's language.
// See docs/EXPORT.md.
#include <string>

namespace CLI {
class App;
}

namespace hr::server {

struct ExportOptions {
    std::string database = "highroad.db";
    std::string room;
    std::string html; // a file
    std::string csv;  // a folder
    std::string json; // a file
    std::string lang = "en";
    std::string scenarios = HIGHROAD_ASSETS_DIR "/scenarios";
    std::string lang_dir = HIGHROAD_ASSETS_DIR "/lang";
    std::string what_if; // e.g. "from=4,all=upgrader" (debrief/what_if_option.hpp)
};

// Exit codes of the export, for scripts.
enum ExportExit : int {
    kExportOk = 0,
    kExportUsage = 2,      // nothing to write, an unknown language, a what-if that does not apply
    kExportNoDatabase = 3, // missing, unreadable, or not a High Road database
    kExportNoRoom = 4,     // no room with that code
    kExportNoScenario = 5, // the room's scenario is not in --scenarios
    kExportCannotWrite = 6 // an output file or folder cannot be written
};

// Adds the subcommand and its options to the server's command line.
CLI::App* add_export_command(CLI::App& app, ExportOptions& options);

// Runs the export; says what it wrote on stdout and what went wrong on stderr.
int run_export(const ExportOptions& options);

} // namespace hr::server
