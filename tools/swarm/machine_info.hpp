#pragma once
// The machine a measurement ran on, its load, the loopback traffic seen by the kernel, and the
// process's file limit (every client host is a socket).
#include <cstdint>
#include <string>
#include <string_view>

namespace hr::swarm {

struct MachineInfo {
    unsigned cores = 0;
    std::string cpu_model;
    std::int64_t memory_kb = 0;
    double load1 = 0, load5 = 0, load15 = 0;
};

MachineInfo machine_info();

// Kernel counters, system-wide: the loopback interface's bytes and packets (each packet counted
// once) and UDP datagrams, including those dropped because a socket's receive buffer was full.
struct NetCounters {
    std::uint64_t loopback_bytes = 0;
    std::uint64_t loopback_packets = 0;
    std::uint64_t udp_in = 0;
    std::uint64_t udp_out = 0;
    std::uint64_t udp_receive_buffer_errors = 0;
    std::uint64_t udp_send_buffer_errors = 0;
};

NetCounters net_counters();
NetCounters operator-(const NetCounters& a, const NetCounters& b);

// The "lo:" row of /proc/net/dev: transmitted bytes and packets (loopback receives each once).
NetCounters parse_loopback(std::string_view net_dev);
// The "Udp:" rows of /proc/net/snmp.
NetCounters parse_udp(std::string_view snmp);

// Raises the soft limit on open files toward `wanted` (at most the hard limit); returns the
// soft limit in force afterwards.
std::uint64_t raise_file_limit(std::uint64_t wanted);

} // namespace hr::swarm
