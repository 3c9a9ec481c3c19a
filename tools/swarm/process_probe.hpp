#pragma once
// What /proc says about a process on this machine: its CPU time and peak memory, and which
// process listens on a UDP port. The parsers take the files' text so that tests can feed them.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace hr::swarm {

struct ProcessSample {
    double cpu_seconds = 0;       // user + system, every thread
    std::int64_t peak_rss_kb = 0; // VmHWM: the most resident memory since the process started
    std::int64_t rss_kb = 0;      // VmRSS: resident now
};

// utime + stime of a /proc/<pid>/stat line, in seconds.
std::optional<double> cpu_seconds_from_stat(std::string_view stat, long ticks_per_second);
// A "Key:   123 kB" line of /proc/<pid>/status, in kB.
std::optional<std::int64_t> status_kb(std::string_view status, std::string_view key);
struct UdpSocketRow {
    std::uint16_t port = 0; // local
    std::uint64_t inode = 0;
    std::uint64_t drops = 0; // datagrams dropped, mostly for a full receive buffer
};
// The rows of /proc/net/udp (or udp6).
std::vector<UdpSocketRow> parse_udp_table(std::string_view table);
// The socket inodes of the rows whose local port is `port`.
std::vector<std::uint64_t> udp_inodes_for_port(std::string_view table, std::uint16_t port);

// Datagrams dropped so far by the sockets bound to `port` (another process's: the server) and by
// this process's own UDP sockets.
struct UdpDrops {
    std::uint64_t port = 0;
    std::uint64_t own = 0;
};
UdpDrops udp_drops(std::uint16_t port);

// Nothing when the process is gone or not ours to read.
std::optional<ProcessSample> sample_process(int pid);
// The process holding a UDP socket bound to `port`, found through /proc/net/udp{,6} and the
// processes' open files; nothing when none of the processes we may read holds it.
std::optional<int> find_udp_listener(std::uint16_t port);

// This process: CPU time of every thread so far, and its peak resident memory.
ProcessSample sample_self();

} // namespace hr::swarm
