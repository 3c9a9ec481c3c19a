// The standalone HTML report: one file with everything inline, its sections and charts, the
// game's numbers in the facilitator's language, and names that cannot break the markup.
#include "debrief/export_bundle.hpp"
#include "debrief/game_json.hpp"
#include "debrief/html_report.hpp"
#include "language_files.hpp"
#include "played_game.hpp"

#include <nlohmann/json.hpp>

using namespace hr;
using namespace hr::debrief;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++n;
    }
    return n;
}

std::string report_of(const GameRecord& record, const std::string& code = "en") {
    return html_report(record, answer_research_questions(record.input), test::report_texts(code));
}

} // namespace

TEST_CASE("the report is one document with nothing to fetch", "[debrief][report]") {
    auto game = test::play_game("sinos-valley", 6);
    const std::string html = report_of(replay_game(game.log));
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<html lang=\"en\">") != std::string::npos);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("<style>") != std::string::npos);
    for (const char* external : {"<script", "<link", "src=", "url(", "@import", "https://"}) {
        CAPTURE(external);
        CHECK(html.find(external) == std::string::npos);
    }
    // The only address is the SVG namespace, which names and fetches nothing.
    CHECK(count(html, "http://") == count(html, "xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(html.size() < 2'000'000);
    CHECK(html.find("</html>") != std::string::npos);
}

TEST_CASE("the report has every section and a chart for each firm and indicator",
          "[debrief][report]") {
    auto game = test::play_game("sinos-valley", 8);
    const GameRecord record = replay_game(game.log);
    const std::string html = report_of(record);
    for (const char* id :
         {"roads", "firms", "cluster", "timeline", "questions", "scores", "glossary"}) {
        CAPTURE(id);
        CHECK(html.find("<section id=\"" + std::string(id) + "\">") != std::string::npos);
        CHECK(html.find("href=\"#" + std::string(id) + "\"") != std::string::npos);
    }
    // The road map, one road per firm, nine cluster charts, the timeline.
    CHECK(count(html, "<svg ") == 1 + 8 + 9 + 1);
    CHECK(count(html, "<svg ") == count(html, "</svg>"));
    for (const auto& s : record.game_over.scores) {
        CHECK(html.find("<h3>" + s.name + "</h3>") != std::string::npos);
    }
    // Hover titles on the road map's dots name the firm and the round.
    CHECK(html.find("<title>" + record.game_over.scores[1].name + ", round 3: ") !=
          std::string::npos);
    // The three questions, answered.
    CHECK(html.find("1. Did the firms that acted together upgrade more?") != std::string::npos);
    CHECK(html.find("3. What did the public budget buy?") != std::string::npos);
    CHECK(html.find("The public spent ") != std::string::npos);
    // The glossary, and the facilitator's policy on the timeline.
    CHECK(html.find("id=\"term-free_riding\"") != std::string::npos);
    CHECK(html.find("The facilitator set the policy from round 1") != std::string::npos);
    CHECK(html.find("injected by the facilitator") != std::string::npos);
}

TEST_CASE("names from players and scenarios cannot break the markup", "[debrief][report]") {
    auto game = test::play_game("tutorial", 4);
    game.log.seats[0].player = "<script>alert(\"x\")</script> & Ana";
    GameRecord record = replay_game(game.log);
    record.game_over.scores[1].name = "Calçados <b>\"Novo\"</b>";
    const std::string html = report_of(record);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ana") !=
          std::string::npos);
    CHECK(html.find("Calçados &lt;b&gt;&quot;Novo&quot;&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
}

TEST_CASE("the report speaks the facilitator's language", "[debrief][report]") {
    auto game = test::play_game("brenta", 5);
    const GameRecord record = replay_game(game.log);
    const std::string es = report_of(record, "es");
    CHECK(es.find("<html lang=\"es\">") != std::string::npos);
    CHECK(es.find("Tres preguntas de investigación") != std::string::npos);
    CHECK(es.find(record.scenario->title.es) != std::string::npos);
    CHECK(es.find("Three research questions") == std::string::npos);
    const std::string pt = report_of(record, "pt");
    CHECK(pt.find("Três perguntas de pesquisa") != std::string::npos);
    CHECK(pt.find(record.scenario->title.pt) != std::string::npos);
    // Decimal commas: the scores' note has the weights with one decimal.
    CHECK(es.find("× 1,0") != std::string::npos);
}

TEST_CASE("a running room's report says how far the game has gone", "[debrief][report]") {
    auto game = test::play_game("sinos-valley", 5, 3);
    game.log.pending_events = {"label-scandal"};
    const GameRecord record = replay_game(game.log);
    const std::string html = report_of(record);
    CHECK(html.find("The game is still running: this report covers the 3 rounds") !=
          std::string::npos);
    CHECK(html.find("applies when round 4 resolves") != std::string::npos);
}

TEST_CASE("a client's report says what it cannot show", "[debrief][report]") {
    auto game = test::play_game("tutorial", 4);
    const GameRecord server = replay_game(game.log);
    const GameRecord client = record_from_messages("QX7K2", "tutorial", server.scenario,
                                                   server.game_over, server.results, 0);
    const std::string html = report_of(client);
    CHECK(html.find("only in the server&#39;s export") != std::string::npos);
    CHECK(html.find("The policy settings themselves are in the server&#39;s export") !=
          std::string::npos);
    CHECK(count(html, "<svg ") == 1 + 4 + 9 + 1);
}

TEST_CASE("before the first round the report shows the glossary and says why it is short",
          "[debrief][report]") {
    auto game = test::play_game("tutorial", 4, 0);
    game.log.rounds.clear();
    game.log.phase = proto::RoomPhase::Lobby;
    const std::string html = report_of(replay_game(game.log));
    CHECK(html.find("No round has been resolved yet") != std::string::npos);
    CHECK(html.find("<section id=\"glossary\">") != std::string::npos);
    CHECK(html.find("<svg ") == std::string::npos);
}

TEST_CASE("a what-if replay is shown beside the game as played", "[debrief][report][whatif]") {
    auto game = test::play_game("sinos-valley", 6);
    const GameRecord record = replay_game(game.log);
    const RecordedGame recorded = test::recorded_game_of(game);
    const WhatIfOutcome what_if = replay_what_if(
        recorded, everyone_plan(recorded, 4, {Archetype::Upgrader, Difficulty::Normal}));
    const std::string html = html_report(record, answer_research_questions(record.input),
                                         test::report_texts("en"), &what_if);
    CHECK(html.find("<section id=\"whatif\">") != std::string::npos);
    CHECK(html.find("href=\"#whatif\"") != std::string::npos);
    CHECK(html.find("What if the computer had played every firm with the Upgrader strategy from "
                    "round 4 on?") != std::string::npos);
    // The four charts of the replay, each with the game as played and the replay.
    CHECK(count(html, "<svg ") == 1 + 6 + 9 + 1 + 4);
    CHECK(html.find("Replay · Round 10: ") != std::string::npos);
    for (const auto& s : record.game_over.scores) {
        CHECK(count(html, s.name) >= 3);
    }
    // Without one, no section.
    const std::string plain =
        html_report(record, answer_research_questions(record.input), test::report_texts("en"));
    CHECK(plain.find("id=\"whatif\"") == std::string::npos);
    // The JSON carries both paths.
    const auto doc =
        nlohmann::json::parse(game_json(record, answer_research_questions(record.input), &what_if));
    CHECK(doc["what_if"]["from_round"] == 4);
    CHECK(doc["what_if"]["bots"].size() == 6);
    CHECK(doc["what_if"]["original"].size() == 10);
    CHECK(doc["what_if"]["replay"].size() == 10);
    CHECK(doc["what_if"]["original"][9]["state_hash"] == doc["state_hash"]);
}

TEST_CASE("the export bundle holds the six tables, the JSON and the report", "[debrief][report]") {
    auto game = test::play_game("tutorial", 3, 2);
    const auto files = export_bundle(replay_game(game.log), test::report_texts("pt"));
    REQUIRE(files.size() == 8);
    CHECK(files[0].name == "firm-rounds.csv");
    CHECK(files[6].name == "game.json");
    CHECK(files[7].name == "report.html");
    CHECK(files[7].text.find("<html lang=\"pt\">") != std::string::npos);
    for (const ExportFile& f : files) {
        CHECK_FALSE(f.text.empty());
    }
}
