// The export's folder of CSV tables, from the server's record (replayed from the journal's
// inputs) and from a client's record (the messages it received).
#include "csv_text.hpp"
#include "debrief/csv_tables.hpp"
#include "played_game.hpp"

#include <algorithm>
#include <numeric>
#include <set>

using namespace hr;
using namespace hr::debrief;
using test::csv_header;
using test::csv_rows;

namespace {

GameRecord client_record_of(const GameRecord& server) {
    return record_from_messages(server.room_code, server.scenario_id, server.scenario,
                                server.game_over, server.results, server.input.public_budget);
}

std::size_t rounds_of(const test::PlayedGame& game) {
    return static_cast<std::size_t>(game.state.round);
}

} // namespace

TEST_CASE("firm-rounds has one row per firm and round with the decision and its result",
          "[debrief][export]") {
    auto game = test::play_game("sinos-valley", 6);
    GameRecord record = replay_game(game.log);
    record.game_over.scores[2].name = "Calçados \"Novo\", Hamburgo"; // quotes and a comma
    const auto rows = csv_rows(firm_rounds_csv(record));
    REQUIRE(rows.size() == 6 * rounds_of(game));
    CHECK(csv_header(firm_rounds_csv(record)).size() == 69);
    // Firm by firm, round by round.
    CHECK(rows[0].at("round") == "1");
    CHECK(rows[0].at("firm") == "0");
    CHECK(rows[0].at("name") == game.state.firms[0].name);
    CHECK(rows[0].at("player") == "Ana");
    CHECK(rows[0].at("seat") == "human");
    CHECK(rows[0].at("decided_by") == "player");
    const auto& quoted = rows[2 * rounds_of(game)];
    CHECK(quoted.at("name") == "Calçados \"Novo\", Hamburgo");
    CHECK(quoted.at("seat") == "bot");
    CHECK(quoted.at("decided_by") == "bot");
    // Firm 1 in round 3: its indicators, its decision and its result.
    const auto& row = rows[rounds_of(game) + 2];
    CHECK(row.at("round") == "3");
    CHECK(row.at("profit") == std::to_string(game.state.firms[1].history[2].profit));
    const Decision& d = game.log.rounds[2].decisions[1];
    CHECK(row.at("invest_process") == std::to_string(d.invest[0]));
    CHECK(row.at("training") == std::to_string(d.training));
    CHECK(std::stod(row.at("wage_change")) == Approx(d.wage_change));
    CHECK(std::stod(row.at("markup")) == Approx(d.markup));
    const FirmResult& r = game.results[2].firms[1];
    CHECK(row.at("wage_bill") == std::to_string(r.wage_bill));
    CHECK(row.at("grants") == std::to_string(r.grants));
    CHECK(std::stod(row.at("score")) == Approx(r.score.total));
}

TEST_CASE("a client's firm-rounds has the same indicators and no decisions", "[debrief][export]") {
    auto game = test::play_game("brenta", 5);
    const GameRecord server = replay_game(game.log);
    const auto full = csv_rows(firm_rounds_csv(server));
    const auto partial = csv_rows(firm_rounds_csv(client_record_of(server)));
    REQUIRE(partial.size() == full.size());
    CHECK(csv_header(firm_rounds_csv(client_record_of(server))) ==
          csv_header(firm_rounds_csv(server)));
    for (std::size_t i = 0; i < full.size(); ++i) {
        for (const char* column : {"round", "firm", "road", "wage", "profit", "process",
                                   "joint_actions", "contracts_quasi_hierarchy", "decided_by"}) {
            CHECK(partial[i].at(column) == full[i].at(column));
        }
        for (const char* column : {"player", "wage_change", "invest_product", "wage_bill"}) {
            CHECK(partial[i].at(column).empty());
        }
    }
}

TEST_CASE("cluster-rounds has a row per round and the public spending by lever",
          "[debrief][export]") {
    auto game = test::play_game("tutorial", 4);
    const GameRecord record = replay_game(game.log);
    const auto rows = csv_rows(cluster_rounds_csv(record));
    REQUIRE(rows.size() == rounds_of(game));
    Money spent = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        CHECK(rows[r].at("round") == std::to_string(r + 1));
        Money levers = 0;
        for (const char* lever : {"spent_cofinancing", "spent_grants", "spent_service_centre",
                                  "spent_training", "spent_export_promotion"}) {
            levers += std::stoll(rows[r].at(lever));
        }
        CHECK(levers == std::stoll(rows[r].at("public_spent")));
        spent += levers;
    }
    CHECK(spent == game.state.public_spent);
    CHECK(std::stoi(rows.back().at("active_firms")) ==
          game.state.cluster_history.back().active_firms);
}

TEST_CASE("joint-actions lists every action someone was in, round by round", "[debrief][export]") {
    auto game = test::play_game("sinos-valley", 8);
    const GameRecord record = replay_game(game.log);
    const auto rows = csv_rows(joint_actions_csv(record));
    std::size_t expected = 0;
    for (const RoundResult& r : game.results) {
        expected += static_cast<std::size_t>(
            std::count_if(r.joint_actions.begin(), r.joint_actions.end(),
                          [](const JointActionOutcome& o) { return !o.members.empty(); }));
    }
    REQUIRE(expected > 0);
    REQUIRE(rows.size() == expected);
    for (const auto& row : rows) {
        CHECK(joint_action_type_from(row.at("type")).has_value());
        CHECK_FALSE(row.at("proposer").empty());
        const std::string& members = row.at("members");
        const auto count = 1 + std::count(members.begin(), members.end(), ';');
        CHECK(std::to_string(count) == row.at("count"));
    }
    // A client knows the outcomes but not who proposed them.
    const auto partial = csv_rows(joint_actions_csv(client_record_of(record)));
    REQUIRE(partial.size() == rows.size());
    CHECK(partial.front().at("proposer").empty());
    CHECK(partial.front().at("members") == rows.front().at("members"));
}

TEST_CASE("contracts lists every contract signed once, with its terms", "[debrief][export]") {
    auto game = test::play_game("brenta", 6);
    const GameRecord record = replay_game(game.log);
    const auto rows = csv_rows(contracts_csv(record));
    REQUIRE_FALSE(rows.empty());
    REQUIRE(rows.size() == record.contracts.size());
    std::set<std::string> ids;
    for (const auto& row : rows) {
        CHECK(ids.insert(row.at("contract")).second);
        CHECK(governance_from(row.at("governance")).has_value());
        CHECK(std::stoi(row.at("first_round")) <= std::stoi(row.at("last_round")));
        CHECK_FALSE(row.at("name").empty());
        CHECK(std::stoll(row.at("unit_price")) > 0);
    }
    CHECK(csv_rows(contracts_csv(client_record_of(record))).empty());
}

TEST_CASE("events lists the shocks applied and the ones still pending", "[debrief][export]") {
    auto game = test::play_game("sinos-valley", 5, 3);
    game.log.pending_events = {"label-scandal"};
    game.log.pending_policy = PolicySettings{};
    const GameRecord record = replay_game(game.log);
    REQUIRE_FALSE(record.finished);
    const auto rows = csv_rows(events_csv(record));
    std::size_t applied = 0;
    for (const RoundResult& r : game.results) {
        applied += r.events.size();
    }
    REQUIRE(rows.size() == applied + 1);
    const auto injected = std::find_if(rows.begin(), rows.end(), [](const auto& row) {
        return row.at("injected") == "1" && row.at("pending") == "0";
    });
    REQUIRE(injected != rows.end());
    CHECK(injected->at("round") == "2");
    CHECK_FALSE(injected->at("title").empty());
    CHECK(rows.back().at("event") == "label-scandal");
    CHECK(rows.back().at("round") == "4");
    CHECK(rows.back().at("pending") == "1");
}

TEST_CASE("policy-changes starts with the scenario's levers and follows the facilitator",
          "[debrief][export]") {
    auto game = test::play_game("tutorial", 4, 2);
    PolicySettings later;
    later.grant_per_firm = 1500;
    later.grant_recipients = {1, 3};
    game.log.pending_policy = later;
    const GameRecord record = replay_game(game.log);
    const auto rows = csv_rows(policy_changes_csv(record));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].at("source") == "scenario");
    CHECK(rows[0].at("round") == "1");
    CHECK(rows[1].at("source") == "facilitator");
    CHECK(rows[1].at("round") == "1");
    CHECK(rows[1].at("service_centre") == "1");
    CHECK(std::stod(rows[1].at("cofinancing_share")) == Approx(0.4));
    CHECK(rows[2].at("round") == "3");
    CHECK(rows[2].at("pending") == "1");
    CHECK(rows[2].at("grant_recipients") == "1;3");
}

TEST_CASE("every table of a game of any size and seed reads back column for column",
          "[debrief][export]") {
    const auto seed = GENERATE(take(4, random(1u, 1000000u)));
    const int firms = GENERATE(3, 9);
    CAPTURE(seed, firms);
    auto game = test::play_game("sinos-valley", firms, 0, seed);
    const GameRecord record = replay_game(game.log);
    CHECK(record.problems.empty());
    for (const ExportFile& table : csv_tables(record)) {
        CAPTURE(table.name);
        const auto rows = csv_rows(table.text);
        if (table.name == "firm-rounds.csv") {
            CHECK(rows.size() == static_cast<std::size_t>(firms) * rounds_of(game));
        }
    }
    CHECK(csv_tables(record).size() == 6);
}
