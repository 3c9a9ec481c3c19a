#pragma once
// What the client remembers between runs, in settings.json under the user's config directory.
#include "translations.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace hr::client {

struct Settings {
    Language language = Language::English;
    float ui_scale = 1.0f;
    std::string last_server; // "host" or "host:port", as typed on the join screen
    std::string player_name;

    bool operator==(const Settings&) const = default;
};

// $XDG_CONFIG_HOME/highroad, else $HOME/.config/highroad; nullopt when neither is set.
std::optional<std::filesystem::path> config_dir(const char* xdg_config_home, const char* home);
// The same from the process environment, with the file name: .../highroad/settings.json.
std::optional<std::filesystem::path> default_settings_path();

// Reads the file; a missing file gives the defaults, and so does a broken one (with the reason in
// `problem`), so that a bad file never stops the game from starting. Values are clamped.
Settings load_settings(const std::filesystem::path& path, std::string* problem = nullptr);
// Writes through a temporary file and a rename, so a crash never leaves half a file.
// Returns false (and the reason in `problem`) when the directory or file cannot be written.
bool save_settings(const Settings& settings, const std::filesystem::path& path,
                   std::string* problem = nullptr);

} // namespace hr::client
