#include "core/rng.hpp"
#include "core/scenario_loader.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

using hr::ScenarioLoad;
using nlohmann::json;

namespace {

std::string read_scenario_file(const std::string& id) {
    std::ifstream in(std::string(HIGHROAD_ASSETS_DIR "/scenarios/") + id + ".json",
                     std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

json scenario_json(const std::string& id) {
    return json::parse(read_scenario_file(id));
}

ScenarioLoad parse(const json& j) {
    return hr::parse_scenario(j.dump(), "bad.json");
}

std::string all_errors(const ScenarioLoad& load) {
    std::string s;
    for (const auto& e : load.errors) {
        s += hr::describe(e) + "\n";
    }
    return s;
}

// True when some error names this field and its reason contains `reason_part`.
bool has_error(const ScenarioLoad& load, const std::string& field, const std::string& reason_part) {
    return std::any_of(load.errors.begin(), load.errors.end(), [&](const hr::ScenarioError& e) {
        return e.file == "bad.json" && e.field == field &&
               e.reason.find(reason_part) != std::string::npos;
    });
}

void check_rejected(const ScenarioLoad& load, const std::string& field,
                    const std::string& reason_part) {
    INFO(all_errors(load));
    CHECK_FALSE(load.scenario.has_value());
    CHECK(has_error(load, field, reason_part));
}

} // namespace

TEST_CASE("Every built-in scenario loads without an error", "[core][scenario]") {
    for (const std::string& id : hr::builtin_scenario_ids()) {
        const ScenarioLoad load = hr::parse_scenario(read_scenario_file(id), id + ".json");
        INFO(id << ":\n" << all_errors(load));
        REQUIRE(load.errors.empty());
        REQUIRE(load.scenario.has_value());
        const hr::Scenario& s = *load.scenario;
        CHECK(s.id == id);
        for (const hr::LocalizedText* t : {&s.title, &s.briefing}) {
            CHECK_FALSE(t->en.empty());
            CHECK_FALSE(t->es.empty());
            CHECK_FALSE(t->pt.empty());
        }
        CHECK(s.firms.size() == 8);
        for (std::size_t t = 0; t < hr::kJointActionTypes; ++t) {
            CHECK(s.joint_action(static_cast<hr::JointActionType>(t)) != nullptr);
        }
        CHECK(s.joint_action(hr::JointActionType::ServiceCentre)->needs_policy);
        std::set<hr::EventKind> kinds;
        for (const auto& e : s.events) {
            kinds.insert(e.kind);
        }
        CHECK(kinds.size() == 8);
        CHECK(std::any_of(s.events.begin(), s.events.end(),
                          [](const auto& e) { return e.scheduled_round > 0; }));
        CHECK(std::any_of(s.events.begin(), s.events.end(),
                          [](const auto& e) { return e.scheduled_round == 0 && e.injectable; }));
        CHECK(s.policy.budget > 0);
    }
}

TEST_CASE("The tutorial is short and offers one buyer of each kind", "[core][scenario]") {
    const auto s = *hr::parse_scenario(read_scenario_file("tutorial"), "tutorial.json").scenario;
    CHECK(s.rounds == 6);
    std::set<hr::BuyerKind> kinds;
    for (const auto& b : s.buyers) {
        kinds.insert(b.kind);
    }
    CHECK(kinds.size() == hr::kBuyerKinds);
    CHECK(s.buyers.size() == hr::kBuyerKinds);
}

TEST_CASE("Sinos Valley has the Chinese price shock, a lead firm and branding-averse retailers",
          "[core][scenario]") {
    const auto s =
        *hr::parse_scenario(read_scenario_file("sinos-valley"), "sinos-valley.json").scenario;
    const auto shock = std::find_if(s.events.begin(), s.events.end(), [](const hr::EventSpec& e) {
        return e.kind == hr::EventKind::CompetitorPriceShock && e.scheduled_round > 0;
    });
    REQUIRE(shock != s.events.end());
    CHECK(shock->scheduled_round == 3);
    CHECK(shock->magnitude == Approx(-0.12));
    CHECK(shock->drift == Approx(-0.01));
    CHECK(std::count_if(s.firms.begin(), s.firms.end(),
                        [](const auto& f) { return f.lead_firm; }) == 1);
    CHECK(std::any_of(s.buyers.begin(), s.buyers.end(), [](const hr::BuyerProfile& b) {
        return b.kind == hr::BuyerKind::LargeRetailer &&
               b.governance == hr::Governance::QuasiHierarchy && b.dislikes_branding &&
               b.no_own_brand && b.volume >= 60;
    }));
}

TEST_CASE("Brenta's fashion houses pay well for giving up the firm's own design",
          "[core][scenario]") {
    const auto s = *hr::parse_scenario(read_scenario_file("brenta"), "brenta.json").scenario;
    double best_house = 0;
    double best_other = 0;
    for (const auto& b : s.buyers) {
        if (b.kind == hr::BuyerKind::FashionHouse && b.no_own_design) {
            best_house = std::max(best_house, b.price_factor);
            CHECK(b.help[static_cast<std::size_t>(hr::UpgradeType::Functional)] < 0);
        } else {
            best_other = std::max(best_other, b.price_factor);
        }
    }
    CHECK(best_house > best_other);
}

TEST_CASE("A scenario written to JSON reads back the same", "[core][scenario]") {
    for (const std::string& id : hr::builtin_scenario_ids()) {
        const auto first = hr::parse_scenario(read_scenario_file(id), id + ".json");
        REQUIRE(first.scenario.has_value());
        const std::string written = hr::scenario_to_json(*first.scenario);
        const auto second = hr::parse_scenario(written, "written.json");
        INFO(all_errors(second));
        REQUIRE(second.scenario.has_value());
        CHECK(hr::scenario_to_json(*second.scenario) == written);
    }
}

TEST_CASE("The example in docs/SCENARIOS.md loads", "[core][scenario]") {
    std::ifstream in(HIGHROAD_SOURCE_DIR "/docs/SCENARIOS.md", std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream doc;
    doc << in.rdbuf();
    const std::string text = doc.str();
    const std::string fence = "```json\n";
    const auto start = text.find(fence);
    REQUIRE(start != std::string::npos);
    const auto body = start + fence.size();
    const auto end = text.find("```", body);
    REQUIRE(end != std::string::npos);
    const auto load = hr::parse_scenario(text.substr(body, end - body), "example.json");
    INFO(all_errors(load));
    REQUIRE(load.scenario.has_value());
    CHECK(load.scenario->firms.size() == 3);
    CHECK(load.scenario->params.w0 == 6500);
}

TEST_CASE("Optional fields take the model's defaults", "[core][scenario]") {
    json j = scenario_json("tutorial");
    j.erase("params");
    j.erase("policy");
    j.erase("score");
    j["buyers"][0].erase("volume");
    const auto load = parse(j);
    INFO(all_errors(load));
    REQUIRE(load.scenario.has_value());
    const hr::ModelParams defaults;
    CHECK(load.scenario->params.delta == defaults.delta);
    CHECK(load.scenario->params.w0 == defaults.w0);
    CHECK(load.scenario->params.credit_line == defaults.credit_line);
    CHECK(load.scenario->policy.budget == hr::PolicyBudget{}.budget);
    CHECK(load.scenario->buyers[0].volume == hr::BuyerProfile{}.volume);
}

TEST_CASE("Money is written in k$ and kept in minor units", "[core][scenario]") {
    json j = scenario_json("sinos-valley");
    j["params"]["w0"] = 6.5;
    j["firms"][0]["cash"] = 150;
    const auto load = parse(j);
    REQUIRE(load.scenario.has_value());
    CHECK(load.scenario->params.w0 == 6500);
    CHECK(load.scenario->firms[0].cash == 150000);
}

TEST_CASE("Invalid JSON is rejected with its position", "[core][scenario]") {
    const auto load =
        hr::parse_scenario("{\n  \"schema_version\": 1,\n  \"id\": tutorial\n}", "bad.json");
    check_rejected(load, "", "invalid JSON");
    CHECK(has_error(load, "", "line 3"));
}

TEST_CASE("A missing required field is named by its path", "[core][scenario]") {
    json j = scenario_json("sinos-valley");
    j.erase("rounds");
    j["buyers"][2].erase("governance");
    j["events"][0]["title"].erase("pt");
    const auto load = parse(j);
    check_rejected(load, "rounds", "missing required field");
    check_rejected(load, "buyers[2].governance", "missing required field");
    check_rejected(load, "events[0].title.pt", "missing required field");
}

TEST_CASE("A field of the wrong type is rejected", "[core][scenario]") {
    json j = scenario_json("brenta");
    j["rounds"] = "ten";
    j["buyers"][1]["volume"] = json::array();
    j["firms"][3]["lead_firm"] = 1;
    j["params"]["road_window"] = 2.5;
    const auto load = parse(j);
    check_rejected(load, "rounds", "wrong type: expected a whole number, got string");
    check_rejected(load, "buyers[1].volume", "wrong type: expected a number, got array");
    check_rejected(load, "firms[3].lead_firm", "wrong type: expected true or false, got number");
    check_rejected(load, "params.road_window", "expected a whole number, got 2.5");
}

TEST_CASE("A value out of range is rejected", "[core][scenario]") {
    json j = scenario_json("tutorial");
    j["rounds"] = 51;
    j["buyers"][0]["offer_probability"] = 1.5;
    j["firms"][2]["cash"] = -5;
    j["firms"][2]["capabilities"]["product"] = 1.2;
    j["params"]["p_comp"] = 0;
    const auto load = parse(j);
    check_rejected(load, "rounds", "out of range: must be between 1 and 50, got 51");
    check_rejected(load, "buyers[0].offer_probability", "must be between 0 and 1, got 1.5");
    check_rejected(load, "firms[2].cash", "got -5");
    check_rejected(load, "firms[2].capabilities.product", "got 1.2");
    check_rejected(load, "params.p_comp", "greater than 0");
}

TEST_CASE("Too few or too many firms are rejected", "[core][scenario]") {
    json j = scenario_json("tutorial");
    j["min_firms"] = 2;
    check_rejected(parse(j), "min_firms", "must be between 3 and 16, got 2");

    j = scenario_json("tutorial");
    j["default_firms"] = 16;
    j["max_firms"] = 10;
    check_rejected(parse(j), "default_firms", "between min_firms (3) and max_firms (10)");

    j = scenario_json("tutorial");
    j["firms"] = json::array();
    check_rejected(parse(j), "firms", "must have between 1 and 16 entries, got 0");
}

TEST_CASE("A round beyond the game is rejected", "[core][scenario]") {
    json j = scenario_json("sinos-valley");
    j["events"][0]["scheduled_round"] = 11;
    check_rejected(parse(j), "events[0].scheduled_round", "rounds (10), got 11");
}

TEST_CASE("An unknown enum id is rejected with the ids it could be", "[core][scenario]") {
    json j = scenario_json("sinos-valley");
    j["buyers"][2]["governance"] = "boss";
    j["joint_actions"][0]["type"] = "bake_sale";
    j["events"][1]["kind"] = "meteor";
    j["buyers"][0]["help"]["design"] = 0.5;
    j["buyers"][0]["clauses"].push_back("golden_parachute");
    const auto load = parse(j);
    check_rejected(load, "buyers[2].governance",
                   "unknown governance 'boss'; expected one of: market, network, "
                   "quasi_hierarchy, hierarchy");
    check_rejected(load, "joint_actions[0].type", "unknown joint-action type 'bake_sale'");
    check_rejected(load, "events[1].kind", "unknown event kind 'meteor'");
    check_rejected(load, "buyers[0].help.design", "unknown upgrade type 'design'");
    check_rejected(load, "buyers[0].clauses[2]", "unknown clause 'golden_parachute'");
}

TEST_CASE("A reference to a joint action the catalogue lacks is rejected", "[core][scenario]") {
    json j = scenario_json("sinos-valley");
    auto& actions = j["joint_actions"];
    actions.erase(std::remove_if(actions.begin(), actions.end(),
                                 [](const json& a) {
                                     return a["type"] == "standards" ||
                                            a["type"] == "collective_label";
                                 }),
                  actions.end());
    j["buyers"][0]["requires_certification"] = true;
    const auto load = parse(j);
    check_rejected(load, "buyers[0].requires_certification", "unknown reference");
    std::size_t scandal = 0;
    while (j["events"][scandal]["kind"] != "quality_scandal") {
        ++scandal;
    }
    check_rejected(load, "events[" + std::to_string(scandal) + "].kind",
                   "unknown reference: a quality scandal hits the 'collective_label'");
}

TEST_CASE("A buyer relocation needs a buyer that relocates", "[core][scenario]") {
    json j = scenario_json("brenta");
    for (auto& b : j["buyers"]) {
        b.erase("relocation_threshold");
    }
    const auto load = parse(j);
    INFO(all_errors(load));
    CHECK_FALSE(load.scenario.has_value());
    CHECK(std::any_of(load.errors.begin(), load.errors.end(), [](const auto& e) {
        return e.reason.find("unknown reference: a buyer relocation") != std::string::npos;
    }));
}

TEST_CASE("Duplicate ids, types, names and keys are rejected", "[core][scenario]") {
    json j = scenario_json("brenta");
    j["events"][1]["id"] = j["events"][0]["id"];
    j["buyers"][3]["id"] = j["buyers"][1]["id"];
    j["joint_actions"][5]["type"] = "trade_fair";
    j["firms"][7]["name"] = j["firms"][0]["name"];
    const auto load = parse(j);
    check_rejected(load, "events[1].id", "duplicate id 'low-cost-imports': events[0] has it too");
    check_rejected(load, "buyers[3].id", "duplicate id");
    check_rejected(load, "joint_actions[5].type", "duplicate joint-action type 'trade_fair'");
    check_rejected(load, "firms[7].name", "duplicate name");

    std::string text = read_scenario_file("tutorial");
    text.insert(text.find("\"rounds\""), "\"rounds\": 4, ");
    check_rejected(hr::parse_scenario(text, "bad.json"), "rounds", "duplicate key");
}

TEST_CASE("An unsupported schema version is rejected before anything else", "[core][scenario]") {
    json j = scenario_json("tutorial");
    j["schema_version"] = 2;
    j["rounds"] = 99;
    const auto load = parse(j);
    check_rejected(load, "schema_version",
                   "unsupported schema version 2: this build reads version 1");
    CHECK(load.errors.size() == 1);

    j.erase("schema_version");
    j["rounds"] = 6;
    check_rejected(parse(j), "schema_version", "missing required field");
}

TEST_CASE("An unknown field is rejected, so that typos do not pass silently", "[core][scenario]") {
    json j = scenario_json("tutorial");
    j["params"]["detla"] = 0.05;
    j["title"]["fr"] = "Tutoriel";
    const auto load = parse(j);
    check_rejected(load, "params.detla", "unknown field");
    check_rejected(load, "title.fr", "unknown field");
}

TEST_CASE("Every error of a file is reported at once", "[core][scenario]") {
    json j = scenario_json("sinos-valley");
    j["rounds"] = 0;
    j["buyers"][0]["kind"] = "pirate";
    j["firms"][1]["wage"] = "high";
    j["policy"]["budget"] = -1;
    const auto load = parse(j);
    INFO(all_errors(load));
    CHECK(load.errors.size() == 4);
}

TEST_CASE("Errors name the file and print as file, field and reason", "[core][scenario]") {
    json j = scenario_json("tutorial");
    j["rounds"] = 0;
    const auto load = hr::parse_scenario(j.dump(), "my-scenario.json");
    REQUIRE(load.errors.size() == 1);
    CHECK(hr::describe(load.errors[0]) ==
          "my-scenario.json: rounds: out of range: must be between 1 and 50, got 0");
}

TEST_CASE("Hostile inputs are refused without crashing", "[core][scenario]") {
    const std::string deep(100000, '[');
    check_rejected(hr::parse_scenario(deep, "bad.json"),
                   "[0][0][0][0][0][0][0][0][0][0][0][0]"
                   "[0][0][0][0][0][0][0][0][0][0][0][0]"
                   "[0][0][0][0][0][0][0][0]",
                   "nested deeper than 32 levels");

    const std::string huge = "{\"pad\": \"" + std::string(5u << 20, 'x') + "\"}";
    check_rejected(hr::parse_scenario(huge, "bad.json"), "", "file too large");

    std::string keys = "{";
    for (int i = 0; i < 10000; ++i) {
        keys += "\"k\": 1,";
    }
    keys += "\"k\": 1}";
    const auto flood = hr::parse_scenario(keys, "bad.json");
    CHECK_FALSE(flood.scenario.has_value());
    CHECK(flood.errors.size() <= 201);

    for (const char* text : {"", "null", "[]", "42", "\"scenario\"", "{}", "\xff\xfe{}"}) {
        const auto load = hr::parse_scenario(text, "bad.json");
        CHECK_FALSE(load.scenario.has_value());
        CHECK_FALSE(load.errors.empty());
    }
}

TEST_CASE("A damaged scenario file never crashes the loader", "[core][scenario]") {
    const std::uint64_t seed = GENERATE(range(1, 301));
    hr::Rng rng(seed);
    const std::string ids[] = {"tutorial", "sinos-valley", "brenta"};
    std::string text = read_scenario_file(ids[rng.below(3)]);
    const auto position = [&] { return static_cast<std::size_t>(rng.below(text.size())); };
    switch (rng.below(4)) {
    case 0:
        text.resize(position());
        break;
    case 1:
        for (int i = 0, n = 1 + static_cast<int>(rng.below(8)); i < n; ++i) {
            text[position()] = static_cast<char>(rng.below(256));
        }
        break;
    case 2: {
        const std::size_t from = position();
        text.erase(from, static_cast<std::size_t>(rng.below(200)));
        break;
    }
    default: {
        const std::size_t from = position();
        text.insert(position(), text.substr(from, static_cast<std::size_t>(rng.below(200))));
        break;
    }
    }
    INFO("seed " << seed);
    ScenarioLoad load;
    REQUIRE_NOTHROW(load = hr::parse_scenario(text, "bad.json"));
    CHECK(load.scenario.has_value() == load.errors.empty());
    for (const auto& e : load.errors) {
        CHECK(e.file == "bad.json");
        CHECK_FALSE(e.reason.empty());
    }
}

TEST_CASE("A scenario with values of random types never crashes the loader", "[core][scenario]") {
    const std::uint64_t seed = GENERATE(range(1, 301));
    hr::Rng rng(seed);
    json j = scenario_json(rng.below(2) == 0 ? "sinos-valley" : "brenta");
    const json replacements[] = {
        nullptr, true,   -1, 1e300, "x", json::array(), json::object(), json::array({1, "two"}),
        0.5,     1000000};
    // Walk down a random path and replace what is found there.
    json* node = &j;
    while (node->is_structured() && !node->empty() && rng.below(4) != 0) {
        auto it = node->begin();
        std::advance(it, static_cast<std::ptrdiff_t>(rng.below(node->size())));
        node = &*it;
    }
    *node = replacements[rng.below(std::size(replacements))];
    INFO("seed " << seed);
    ScenarioLoad load;
    REQUIRE_NOTHROW(load = parse(j));
    CHECK(load.scenario.has_value() == load.errors.empty());
}
