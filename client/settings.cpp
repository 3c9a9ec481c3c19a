#include "settings.hpp"

#include "theme.hpp"

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <system_error>

namespace hr::client {

namespace {

constexpr std::size_t kMaxTextField = 200; // a settings file is not the place for a novel

void report(std::string* problem, std::string text) {
    if (problem != nullptr) {
        *problem = std::move(text);
    }
}

std::string bounded(const nlohmann::json& doc, const char* field) {
    auto found = doc.find(field);
    if (found == doc.end() || !found->is_string()) {
        return {};
    }
    auto text = found->get<std::string>();
    return text.size() <= kMaxTextField ? text : std::string();
}

} // namespace

std::optional<std::filesystem::path> config_dir(const char* xdg_config_home, const char* home) {
    if (xdg_config_home != nullptr && *xdg_config_home != '\0') {
        return std::filesystem::path(xdg_config_home) / "highroad";
    }
    if (home != nullptr && *home != '\0') {
        return std::filesystem::path(home) / ".config" / "highroad";
    }
    return std::nullopt;
}

std::optional<std::filesystem::path> default_settings_path() {
    auto dir = config_dir(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
    if (!dir) {
        return std::nullopt;
    }
    return *dir / "settings.json";
}

Settings load_settings(const std::filesystem::path& path, std::string* problem) {
    Settings settings;
    std::ifstream in(path);
    if (!in) {
        return settings;
    }
    auto doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        report(problem, path.string() + " is not a JSON object; using the defaults");
        return settings;
    }
    if (auto lang = language_from_code(bounded(doc, "language"))) {
        settings.language = *lang;
    }
    if (auto scale = doc.find("ui_scale"); scale != doc.end() && scale->is_number()) {
        settings.ui_scale = theme::clamp_ui_scale(scale->get<float>());
    }
    settings.last_server = bounded(doc, "last_server");
    settings.player_name = bounded(doc, "player_name");
    return settings;
}

bool save_settings(const Settings& settings, const std::filesystem::path& path,
                   std::string* problem) {
    nlohmann::json doc{
        {"language", language_code(settings.language)},
        {"ui_scale", theme::clamp_ui_scale(settings.ui_scale)},
        {"last_server", settings.last_server},
        {"player_name", settings.player_name},
    };
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) {
        report(problem, "cannot create " + path.parent_path().string() + ": " + ec.message());
        return false;
    }
    auto temporary = path;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << doc.dump(2) << '\n';
        if (!out.flush()) {
            report(problem, "cannot write " + temporary.string());
            return false;
        }
    }
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        report(problem, "cannot replace " + path.string() + ": " + ec.message());
        return false;
    }
    return true;
}

} // namespace hr::client
