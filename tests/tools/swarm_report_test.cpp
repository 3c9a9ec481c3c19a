// The swarm's report: figures per client and round, lost decisions, and when a run is clean.
#include "swarm_report.hpp"

#include <catch2/catch.hpp>

using namespace hr::swarm;

namespace {

SwarmReport two_rooms_of_two() {
    SwarmReport r;
    r.options.rooms = 2;
    r.options.players = 2;
    r.options.rounds = 5;
    r.hosts = 1;
    r.decisions_planned = 20;
    r.tally.decisions_sent = 20;
    r.tally.decisions_acknowledged = 20;
    r.tally.ack_ms = {0.2, 0.4, 0.3, 0.1};
    r.tally.players.received = 20 * 1500;
    r.tally.players.sent = 20 * 210;
    r.tally.players.sent_by_type["SubmitDecision"].add(210);
    r.tally.players.received_by_type["DecisionAck"].add(18);
    r.tally.players.received_by_type["RoundResults"].add(900);
    r.tally.players.received_by_type["RoundResults"].add(1100);
    r.tally.rooms = {{0, "ABC-DEF", true, true, 5, true, ""},
                     {1, "GHJ-KLM", true, true, 5, true, ""}};
    r.server_start = ProcessSample{10.0, 0, 30000};
    r.server_end = ProcessSample{10.2, 42000, 41000};
    r.self_start = ProcessSample{1.0, 0, 0};
    r.self_end = ProcessSample{1.1, 9000, 8000};
    return r;
}

} // namespace

TEST_CASE("a run where every game ends and every decision is acknowledged is clean",
          "[tools][swarm]") {
    const SwarmReport r = two_rooms_of_two();
    CHECK(r.clients() == 4);
    CHECK(r.client_rounds() == 20);
    CHECK(r.games_completed() == 2);
    CHECK(r.decisions_lost() == 0);
    CHECK(r.clean());
    const auto j = to_json(r);
    CHECK(j["clean"] == true);
    CHECK(j["clients"] == 4);
    CHECK(j["connections"] == 6);
    CHECK(j["games"]["completed"] == 2);
    CHECK(j["decisions"]["lost"] == 0);
    CHECK(j["decisions"]["planned"] == 20);
    CHECK(j["bytes_per_client_round"]["from_server"] == 1500.0);
    CHECK(j["bytes_per_client_round"]["to_server"] == 210.0);
    CHECK(j["message_sizes"]["player_received"]["RoundResults"]["bytes_mean"] == 1000.0);
    CHECK(j["message_sizes"]["player_received"]["RoundResults"]["bytes_min"] == 900);
    CHECK(j["message_sizes"]["player_sent"]["SubmitDecision"]["bytes_max"] == 210);
    CHECK(j["ack_latency_ms"]["p50"] == 0.2);
    CHECK(j["ack_latency_ms"]["max"] == 0.4);
    CHECK(j["server"]["cpu_ms_per_client_round"].get<double>() == Approx(10.0));
    CHECK(j["server"]["peak_memory_kb"] == 42000);
    CHECK(j["swarm"]["cpu_seconds"].get<double>() == Approx(0.1));
    CHECK(j["rooms"][1]["code"] == "GHJ-KLM");
    CHECK(j.contains("echo") == false);
}

TEST_CASE("unacknowledged decisions are lost and make the run unclean", "[tools][swarm]") {
    SwarmReport r = two_rooms_of_two();
    r.tally.decisions_acknowledged = 17;
    r.tally.decisions_refused["code 13: round # is closed"] = 1;
    CHECK(r.decisions_lost() == 3);
    CHECK_FALSE(r.clean());
    const auto j = to_json(r);
    CHECK(j["decisions"]["lost"] == 3);
    CHECK(j["decisions"]["refused"] == 1);
    CHECK(j["decisions"]["refused_by_error"]["code 13: round # is closed"] == 1);
    CHECK(j["clean"] == false);
}

TEST_CASE("an incomplete game, a failed connection or a missing decision makes it unclean",
          "[tools][swarm]") {
    SwarmReport a = two_rooms_of_two();
    a.tally.rooms[0].completed = false;
    a.tally.rooms[0].problem = "seat 2: disconnected";
    CHECK_FALSE(a.clean());
    CHECK(to_json(a)["rooms"][0]["problem"] == "seat 2: disconnected");

    SwarmReport b = two_rooms_of_two();
    b.tally.connection_failures = 1;
    CHECK_FALSE(b.clean());

    SwarmReport c = two_rooms_of_two();
    c.tally.decisions_sent = 19;
    c.tally.decisions_acknowledged = 19;
    CHECK_FALSE(c.clean());
}

TEST_CASE("without a server on this machine its figures are null", "[tools][swarm]") {
    SwarmReport r = two_rooms_of_two();
    r.server_start.reset();
    r.server_end.reset();
    const auto j = to_json(r);
    CHECK(j["server"].is_null());
    CHECK(summary_text(r).find("not on this machine") != std::string::npos);
}

TEST_CASE("the echo is reported beside the acknowledgements, with their ratio", "[tools][swarm]") {
    SwarmReport r = two_rooms_of_two();
    EchoReport e;
    e.result.clients = 4;
    e.result.sent = 20;
    e.result.answered = 20;
    e.result.rtt_ms = {0.1, 0.1, 0.1, 0.2};
    e.request_bytes = 210;
    e.reply_bytes = 18;
    r.echo = e;
    const auto j = to_json(r);
    CHECK(j["echo"]["rtt_ms"]["p50"] == 0.1);
    CHECK(j["echo"]["answered"] == 20);
    CHECK(j["ack_over_echo"]["p50"].get<double>() == Approx(2.0));
    CHECK(summary_text(r).find("bare ENet echo") != std::string::npos);
}
