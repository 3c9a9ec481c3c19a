#include "settings.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>

using namespace hr::client;

namespace {

// A fresh directory under the system temp dir, removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::random_device random;
        path = std::filesystem::temp_directory_path() /
               ("highroad_settings_test_" + std::to_string(random()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path) << text;
}

} // namespace

TEST_CASE("settings survive a save and a load", "[client][settings]") {
    TempDir dir;
    auto path = dir.path / "nested" / "highroad" / "settings.json";
    Settings saved;
    saved.language = GENERATE(Language::English, Language::Spanish, Language::Portuguese);
    saved.ui_scale = GENERATE(1.0f, 1.25f, 2.0f);
    saved.last_server = "192.168.1.20:7000";
    saved.player_name = "João Ñandú";
    std::string problem;
    REQUIRE(save_settings(saved, path, &problem));
    CHECK(problem.empty());
    CHECK(load_settings(path) == saved);
    CHECK_FALSE(std::filesystem::exists(path.string() + ".tmp"));
}

TEST_CASE("a missing settings file gives the defaults", "[client][settings]") {
    TempDir dir;
    std::string problem;
    CHECK(load_settings(dir.path / "none.json", &problem) == Settings{});
    CHECK(problem.empty());
}

TEST_CASE("a broken settings file gives the defaults and says why", "[client][settings]") {
    TempDir dir;
    auto path = dir.path / "settings.json";
    auto text = GENERATE(as<std::string>{}, "{ not json", "[1,2,3]", "\"text\"", "");
    write(path, text);
    std::string problem;
    CHECK(load_settings(path, &problem) == Settings{});
    CHECK_FALSE(problem.empty());
}

TEST_CASE("settings values out of range are repaired, unknown ones ignored", "[client][settings]") {
    TempDir dir;
    auto path = dir.path / "settings.json";
    write(path, R"({"language": "fr", "ui_scale": 9, "player_name": 42, "last_server": "x",
                   "future_field": true})");
    Settings loaded = load_settings(path);
    CHECK(loaded.language == Language::English);
    CHECK(loaded.ui_scale == 2.0f);
    CHECK(loaded.player_name.empty());
    CHECK(loaded.last_server == "x");
    write(path, R"({"ui_scale": 0.2, "player_name": ")" + std::string(500, 'a') + R"("})");
    loaded = load_settings(path);
    CHECK(loaded.ui_scale == 1.0f);
    CHECK(loaded.player_name.empty());
}

TEST_CASE("the settings live under XDG_CONFIG_HOME, else ~/.config", "[client][settings]") {
    CHECK(config_dir("/xdg", "/home/ana") == std::filesystem::path("/xdg/highroad"));
    CHECK(config_dir("", "/home/ana") == std::filesystem::path("/home/ana/.config/highroad"));
    CHECK(config_dir(nullptr, "/home/ana") == std::filesystem::path("/home/ana/.config/highroad"));
    CHECK_FALSE(config_dir(nullptr, nullptr));
    CHECK_FALSE(config_dir("", ""));
}

TEST_CASE("an unwritable settings location is reported", "[client][settings]") {
    TempDir dir;
    auto blocker = dir.path / "file";
    write(blocker, "x"); // a file where the directory should be
    std::string problem;
    CHECK_FALSE(save_settings(Settings{}, blocker / "settings.json", &problem));
    CHECK_FALSE(problem.empty());
}
