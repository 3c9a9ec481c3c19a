#include "swarm_tally.hpp"

#include <algorithm>

namespace hr::swarm {
namespace {

void merge_into(TallyByType& to, const TallyByType& from) {
    for (const auto& [type, tally] : from) {
        to[type].merge(tally);
    }
}

template <typename T> void append(std::vector<T>& to, std::vector<T>&& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

} // namespace

void MessageTally::add(std::uint64_t size) {
    min = count == 0 ? size : std::min(min, size);
    max = std::max(max, size);
    ++count;
    bytes += size;
}

void MessageTally::merge(const MessageTally& other) {
    if (other.count == 0) {
        return;
    }
    min = count == 0 ? other.min : std::min(min, other.min);
    max = std::max(max, other.max);
    count += other.count;
    bytes += other.bytes;
}

void Traffic::merge(const Traffic& other) {
    sent += other.sent;
    received += other.received;
    merge_into(sent_by_type, other.sent_by_type);
    merge_into(received_by_type, other.received_by_type);
}

void SwarmTally::merge(SwarmTally&& other) {
    append(ack_ms, std::move(other.ack_ms));
    append(ack_sent_s, std::move(other.ack_sent_s));
    append(results_spread_ms, std::move(other.results_spread_ms));
    append(results_after_ack_ms, std::move(other.results_after_ack_ms));
    decisions_sent += other.decisions_sent;
    decisions_acknowledged += other.decisions_acknowledged;
    for (const auto& [code, n] : other.decisions_refused) {
        decisions_refused[code] += n;
    }
    connection_failures += other.connection_failures;
    disconnects += other.disconnects;
    join_failures += other.join_failures;
    for (const auto& [what, n] : other.other_errors) {
        other_errors[what] += n;
    }
    players.merge(other.players);
    facilitators.merge(other.facilitators);
    append(rooms, std::move(other.rooms));
    std::sort(rooms.begin(), rooms.end(),
              [](const RoomOutcome& a, const RoomOutcome& b) { return a.index < b.index; });
}

} // namespace hr::swarm
