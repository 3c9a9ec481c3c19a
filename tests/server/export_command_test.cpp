// `highroad-server export` on the command line: its options, and the server's settings left
// alone when it is asked for.
#include "server_command_line.hpp"

#include <catch2/catch.hpp>

using namespace hr::server;

using hr::test::parse;

TEST_CASE("the export subcommand takes the room, the outputs and the language",
          "[server][export]") {
    const auto p =
        parse({"export", "--db", "/tmp/class.db", "--room", "k7mx-3p", "--html", "r.html", "--csv",
               "tables", "--json", "g.json", "--lang", "pt", "--what-if", "from=4,all=upgrader"});
    CHECK_FALSE(p.settings.has_value());
    REQUIRE(p.export_options.has_value());
    const ExportOptions& o = *p.export_options;
    CHECK(o.database == "/tmp/class.db");
    CHECK(o.room == "k7mx-3p");
    CHECK(o.html == "r.html");
    CHECK(o.csv == "tables");
    CHECK(o.json == "g.json");
    CHECK(o.lang == "pt");
    CHECK(o.what_if == "from=4,all=upgrader");
    CHECK(o.scenarios == HIGHROAD_ASSETS_DIR "/scenarios");
}

TEST_CASE("the export defaults to highroad.db and English", "[server][export]") {
    const auto p = parse({"export", "--room", "K7MX3P", "--json", "g.json"});
    REQUIRE(p.export_options.has_value());
    CHECK(p.export_options->database == "highroad.db");
    CHECK(p.export_options->lang == "en");
    CHECK(p.export_options->html.empty());
}

TEST_CASE("an export without a room or in another language is a usage error", "[server][export]") {
    const auto no_room = parse({"export", "--html", "r.html"});
    CHECK_FALSE(no_room.export_options.has_value());
    CHECK(no_room.exit_code != 0);
    const auto french = parse({"export", "--room", "K7MX3P", "--html", "r.html", "--lang", "fr"});
    CHECK_FALSE(french.export_options.has_value());
    CHECK(french.exit_code != 0);
}

TEST_CASE("without the subcommand the server's settings are parsed as before", "[server][export]") {
    const auto p = parse({"--port", "0"});
    REQUIRE(p.settings.has_value());
    CHECK_FALSE(p.export_options.has_value());
}
