#include "settings.hpp"

#include "logger.hpp"

#include <CLI/CLI.hpp>
#include <array>
#include <sstream>

namespace hr::server {
namespace {

const std::array kSpecs{
    SettingSpec{"bind", "address to listen on (0.0.0.0: every interface)", &Settings::bind},
    SettingSpec{"port", "UDP port; 0 picks a free one (the log says which)", &Settings::port, 0,
                65535},
    SettingSpec{"database", "SQLite file holding rooms, decisions and results",
                &Settings::database},
    SettingSpec{"scenarios", "folder of scenario files (<id>.json)", &Settings::scenarios},
    SettingSpec{"log-level", "trace, debug, info, warn, error or off", &Settings::log_level},
    SettingSpec{"server-name", "name sent to clients in the handshake", &Settings::server_name},
    SettingSpec{"synchronous",
                "SQLite synchronous mode: normal (survives a crash of the server) or full (also "
                "a power cut, at an fsync a commit)",
                &Settings::synchronous},
    SettingSpec{"max-peers", "connections at once", &Settings::max_peers, 1, 4095},
    SettingSpec{"max-rooms", "rooms at once", &Settings::max_rooms, 1, 100000},
    SettingSpec{"tick-ms", "longest wait for network events between deadline checks",
                &Settings::tick_ms, 1, 1000},
    SettingSpec{"messages-per-second", "messages a connection may send a second, sustained",
                &Settings::messages_per_second, 1, 100000},
    SettingSpec{"message-burst", "messages a connection may send at once", &Settings::message_burst,
                1, 100000},
    SettingSpec{"chat-per-second", "chat lines a connection may send a second, sustained",
                &Settings::chat_per_second, 0.01, 100},
    SettingSpec{"chat-burst", "chat lines a connection may send at once", &Settings::chat_burst, 1,
                1000},
    SettingSpec{"what-ifs-per-minute",
                "what-if replays a connection may ask for a minute, sustained",
                &Settings::what_ifs_per_minute, 0.1, 10000},
    SettingSpec{"what-if-burst", "what-if replays a connection may ask for at once",
                &Settings::what_if_burst, 1, 1000},
    SettingSpec{"wrong-codes-per-minute",
                "wrong join codes, tokens or secrets an address may try a minute",
                &Settings::wrong_codes_per_minute, 0.1, 10000},
    SettingSpec{"wrong-code-burst",
                "wrong join codes, tokens or secrets an address may try at once",
                &Settings::wrong_code_burst, 1, 10000},
    SettingSpec{"violation-limit",
                "refused messages within the violation window before a connection is cut",
                &Settings::violation_limit, 1, 100000},
    SettingSpec{"violation-window-seconds", "window over which refused messages are counted",
                &Settings::violation_window_seconds, 1, 86400},
    SettingSpec{"restore-grace-seconds",
                "after a restart, a restored round stays open at least this long for players to "
                "reconnect",
                &Settings::restore_grace_seconds, 0, 3600},
    SettingSpec{"finished-room-minutes", "a finished room stays open for its debrief this long",
                &Settings::finished_room_minutes, 1, 10080},
};

} // namespace

std::span<const SettingSpec> setting_specs() {
    return kSpecs;
}

std::string default_text(const SettingSpec& spec) {
    static const Settings defaults;
    return std::visit(
        [](auto member) {
            std::ostringstream out;
            out << defaults.*member;
            return out.str();
        },
        spec.field);
}

SettingsParse parse_settings(int argc, const char* const* argv) {
    Settings settings;
    CLI::App app{"highroad-server: the High Road session server. Every setting can also be given "
                 "in a config file of `key = value` lines."};
    app.set_config("--config", "", "read settings from this file");
    app.get_formatter()->column_width(34);
    for (const SettingSpec& spec : kSpecs) {
        const std::string flag = "--" + std::string(spec.key);
        const std::string help(spec.help);
        std::visit(
            [&](auto member) {
                auto* option = app.add_option(flag, settings.*member, help)->capture_default_str();
                using T = std::remove_reference_t<decltype(settings.*member)>;
                if constexpr (!std::is_same_v<T, std::string>) {
                    option->check(CLI::Range(spec.min, spec.max));
                }
            },
            spec.field);
    }
    ExportOptions export_options;
    const CLI::App* export_command = add_export_command(app, export_options);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return {std::nullopt, app.exit(e), std::nullopt};
    }
    if (export_command->parsed()) {
        return {std::nullopt, 0, export_options};
    }
    if (!log_level_from(settings.log_level)) {
        log().error("--log-level must be one of trace, debug, info, warn, error, off");
        return {std::nullopt, 2, std::nullopt};
    }
    if (settings.synchronous != "normal" && settings.synchronous != "full") {
        log().error("--synchronous must be normal or full");
        return {std::nullopt, 2, std::nullopt};
    }
    return {settings, 0, std::nullopt};
}

} // namespace hr::server
