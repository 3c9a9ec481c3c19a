#include "server_command_line.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace hr::server;

using hr::test::parse;

TEST_CASE("the port and the database are taken from the command line", "[server]") {
    const auto p = parse({"--port", "0", "--database", "/tmp/x.db"});
    REQUIRE(p.settings.has_value());
    CHECK(p.settings->port == 0);
    CHECK(p.settings->database == "/tmp/x.db");
    CHECK(p.settings->bind == "0.0.0.0");
}

TEST_CASE("settings come from a config file, and the command line wins", "[server]") {
    const auto path =
        std::filesystem::temp_directory_path() / ("highroad-settings-" + std::to_string(getpid()));
    {
        std::ofstream out(path);
        out << "port = 9000\nlog-level = \"debug\"\nmax-rooms = 12\n";
    }
    const auto p = parse({"--config", path.string(), "--port", "9100"});
    std::filesystem::remove(path);
    REQUIRE(p.settings.has_value());
    CHECK(p.settings->port == 9100);
    CHECK(p.settings->log_level == "debug");
    CHECK(p.settings->max_rooms == 12);
}

TEST_CASE("settings out of range are refused", "[server]") {
    CHECK_FALSE(parse({"--port", "70000"}).settings.has_value());
    CHECK_FALSE(parse({"--log-level", "loud"}).settings.has_value());
    CHECK(parse({"--log-level", "loud"}).exit_code != 0);
    CHECK_FALSE(parse({"--synchronous", "sometimes"}).settings.has_value());
    CHECK_FALSE(parse({"--max-peers", "5000"}).settings.has_value());
}

TEST_CASE("every setting has a key, a help text and a default", "[server]") {
    for (const SettingSpec& spec : setting_specs()) {
        CHECK_FALSE(spec.key.empty());
        CHECK_FALSE(spec.help.empty());
        CHECK_FALSE(default_text(spec).empty());
    }
}

TEST_CASE("docs/SERVER.md lists every setting with its default", "[server]") {
    std::ifstream in(std::string(HIGHROAD_SOURCE_DIR) + "/docs/SERVER.md");
    REQUIRE(in.good());
    std::stringstream text;
    text << in.rdbuf();
    for (const SettingSpec& spec : setting_specs()) {
        // The scenario folder's default depends on where the sources are: the page names it.
        const std::string shown =
            spec.key == "scenarios" ? "<assets>/scenarios" : default_text(spec);
        const std::string row = "| `--" + std::string(spec.key) + "` | `" + shown + "` |";
        INFO(row);
        CHECK(text.str().find(row) != std::string::npos);
    }
}
