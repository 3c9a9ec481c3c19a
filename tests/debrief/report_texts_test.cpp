// The report's words: lookup with an English fallback, placeholders, numbers in each language,
// and every text the report uses present in English, Spanish and Portuguese.
#include "debrief/html_report.hpp"
#include "debrief/report_texts.hpp"
#include "language_files.hpp"
#include "played_game.hpp"

#include <cmath>
#include <regex>
#include <set>

using namespace hr;
using namespace hr::debrief;

namespace {

std::set<std::string> placeholders(const std::string& text) {
    std::set<std::string> names;
    const std::regex brace("\\{([a-z_]+)\\}");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), brace);
         it != std::sregex_iterator(); ++it) {
        names.insert((*it)[1].str());
    }
    return names;
}

} // namespace

TEST_CASE("a text is taken from the language, else from English, else shown as missing",
          "[debrief][report]") {
    const ReportTexts tr = ReportTexts::from_json("es", R"({"a": {"b": "hola {name}"}})",
                                                  R"({"a": {"b": "hello {name}", "c": "only"}})");
    CHECK(tr.text("a.b") == "hola {name}");
    CHECK(tr.format("a.b", {{"name", "Ana"}}) == "hola Ana");
    CHECK(tr.text("a.c") == "only");
    CHECK(tr.text("a.d") == "[[a.d]]");
    CHECK(tr.has("a.b"));
    CHECK_FALSE(tr.has("a.c"));
    CHECK(substitute("{x} and {y}", {{"x", "1"}}) == "1 and {y}");
    CHECK_THROWS(flatten_language_json(R"({"a": 3})"));
    CHECK_THROWS(flatten_language_json("not json"));
}

TEST_CASE("numbers are written the way each language writes them", "[debrief][report]") {
    const ReportTexts en("en", {}, {});
    const ReportTexts es("es", {}, {});
    CHECK(en.fixed(1234.5, 1) == "1,234.5");
    CHECK(es.fixed(1234.5, 1) == "1.234,5");
    CHECK(es.fixed(1234567, 0) == "1.234.567");
    CHECK(en.signed_fixed(3.25, 1) == "+3.2");
    CHECK(en.signed_fixed(-0.04, 1) == "0.0");
    CHECK(en.signed_fixed(-0.5, 1) == "-0.5");
    CHECK(en.percent(0.123, 0) == "12 %");
    CHECK(es.signed_percent(-0.05, 1) == "-5,0 %");
    CHECK(en.k_dollars(152300, 1) == "152.3 k$");
    CHECK(en.fixed(std::nan(""), 2) == "–");
}

TEST_CASE("the report's own texts exist in every language with the same placeholders",
          "[debrief][report]") {
    std::map<std::string, std::string> english;
    for (auto& [key, text] : flatten_language_json(test::language_json("en"))) {
        if (key.rfind("report.", 0) == 0) {
            english.emplace(key, text);
        }
    }
    REQUIRE(english.size() > 50);
    for (const char* code : {"es", "pt"}) {
        CAPTURE(code);
        std::map<std::string, std::string> other;
        for (auto& [key, text] : flatten_language_json(test::language_json(code))) {
            if (key.rfind("report.", 0) == 0) {
                other.emplace(key, text);
            }
        }
        CHECK(other.size() == english.size());
        for (const auto& [key, text] : english) {
            CAPTURE(key);
            REQUIRE(other.count(key) == 1);
            CHECK_FALSE(other.at(key).empty());
            CHECK(placeholders(other.at(key)) == placeholders(text));
        }
    }
}

TEST_CASE("every text a report uses exists in the report's language", "[debrief][report]") {
    const std::string code = GENERATE("en", "es", "pt");
    CAPTURE(code);
    const ReportTexts tr = test::report_texts_without_fallback(code);
    // A finished game, a running one with pending decisions, one ended early, a client's record.
    auto finished = test::play_game("sinos-valley", 6);
    auto running = test::play_game("brenta", 5, 3);
    running.log.pending_events = {"label-scandal"};
    running.log.pending_policy = PolicySettings{0.2, 1000, {1}, true, 500, 800};
    auto early = test::play_game("tutorial", 4, 2);
    early.log.phase = proto::RoomPhase::Finished;
    early.log.seats[0].taken_over = true;
    early.log.seats[2].kind = proto::SeatKind::Open;
    std::vector<GameRecord> records{replay_game(finished.log), replay_game(running.log),
                                    replay_game(early.log)};
    records.push_back(record_from_messages("QX7K2", "sinos-valley", finished.log.scenario,
                                           records[0].game_over, records[0].results, 0));
    records[1].problems.push_back("round 2 replays to a different state than the one stored");
    for (const GameRecord& record : records) {
        const std::string html = html_report(record, answer_research_questions(record.input), tr);
        const auto missing = html.find("[[");
        CHECK(missing == std::string::npos);
        if (missing != std::string::npos) {
            FAIL_CHECK(html.substr(missing, 60));
        }
        // Every placeholder filled in.
        CHECK(placeholders(html.substr(html.find("</style>"))).empty());
    }
}
