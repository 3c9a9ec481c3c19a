#pragma once
// Every setting of highroad-server in one declarative table (key, default, help, range), read
// from the command line or from a config file of `key = value` lines (--config FILE). The
// command line wins over the file.
#include "export_command.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace hr::server {

struct Settings {
    std::string bind = "0.0.0.0";
    int port = 7777;
    std::string database = "highroad.db";
    std::string scenarios = HIGHROAD_ASSETS_DIR "/scenarios";
    std::string log_level = "info";
    std::string server_name = "High Road";
    std::string synchronous = "normal";
    int max_peers = 4000;
    int max_rooms = 1000;
    int tick_ms = 5;
    double messages_per_second = 30;
    int message_burst = 90;
    double chat_per_second = 0.5;
    int chat_burst = 5;
    double what_ifs_per_minute = 12;
    int what_if_burst = 3;
    double wrong_codes_per_minute = 6;
    int wrong_code_burst = 10;
    int violation_limit = 30;
    int violation_window_seconds = 60;
    int restore_grace_seconds = 30;
    int finished_room_minutes = 30;
};

struct SettingSpec {
    std::string_view key;
    std::string_view help;
    std::variant<std::string Settings::*, int Settings::*, double Settings::*> field;
    double min = 0; // numeric settings only
    double max = 0;
};

std::span<const SettingSpec> setting_specs();

// The default of a setting, as text.
std::string default_text(const SettingSpec& spec);

struct SettingsParse {
    std::optional<Settings> settings; // nothing when the program should exit
    int exit_code = 0;                // then: 0 after --help, else a usage error
    // `highroad-server export ...`: run the export instead of the server.
    std::optional<ExportOptions> export_options;
};

// Parses argv (the server's settings, or the export subcommand); prints --help or errors itself.
SettingsParse parse_settings(int argc, const char* const* argv);

} // namespace hr::server
