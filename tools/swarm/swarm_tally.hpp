#pragma once
// What one client host measured; the hosts' tallies are merged into the report.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace hr::swarm {

// Sizes of one kind of message (whole frames: header and payload).
struct MessageTally {
    std::uint64_t count = 0;
    std::uint64_t bytes = 0;
    std::uint64_t min = 0;
    std::uint64_t max = 0;

    void add(std::uint64_t size);
    void merge(const MessageTally& other);
    double mean() const { return count == 0 ? 0 : static_cast<double>(bytes) / count; }
};

using TallyByType = std::map<std::string, MessageTally>;

// Bytes one kind of connection sent and received, counted from the start of the games.
struct Traffic {
    std::uint64_t sent = 0;
    std::uint64_t received = 0;
    TallyByType sent_by_type;
    TallyByType received_by_type;

    void merge(const Traffic& other);
};

struct RoomOutcome {
    int index = 0;
    std::string code;
    bool started = false;
    bool completed = false; // every seat got GameOver after every round
    int rounds_played = 0;
    bool hash_matches = false; // the server's final state is the one the plan predicts
    std::string problem;       // why it did not complete, if it did not
};

struct SwarmTally {
    std::vector<double> ack_ms;               // submit to acknowledgement, per decision
    std::vector<double> ack_sent_s;           // when each of those was sent, after the start
    std::vector<double> results_spread_ms;    // first to last seat receiving a round's results
    std::vector<double> results_after_ack_ms; // the round's last acknowledgement to the last seat
    std::uint64_t decisions_sent = 0;
    std::uint64_t decisions_acknowledged = 0;
    std::map<std::string, std::uint64_t> decisions_refused; // by error code and text
    std::uint64_t connection_failures = 0; // a connection that never opened or was refused
    std::uint64_t disconnects = 0;         // an open connection lost before its game ended
    std::uint64_t join_failures = 0;       // CreateRoom or Join refused
    std::map<std::string, std::uint64_t> other_errors; // Error messages about anything else
    Traffic players;
    Traffic facilitators;
    std::vector<RoomOutcome> rooms;

    void merge(SwarmTally&& other);
};

} // namespace hr::swarm
