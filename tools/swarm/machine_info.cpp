#include "machine_info.hpp"

#include <sys/resource.h>

#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

namespace hr::swarm {
namespace {

std::string read_text(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> out;
    std::istringstream in{std::string(text)};
    for (std::string line; std::getline(in, line);) {
        out.push_back(line);
    }
    return out;
}

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;) {
        out.push_back(w);
    }
    return out;
}

std::uint64_t to_u64(const std::string& s) {
    try {
        return std::stoull(s);
    } catch (const std::exception&) {
        return 0;
    }
}

} // namespace

MachineInfo machine_info() {
    MachineInfo m;
    m.cores = std::thread::hardware_concurrency();
    for (const std::string& line : lines_of(read_text("/proc/cpuinfo"))) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            m.cpu_model = colon == std::string::npos ? line : line.substr(colon + 2);
            break;
        }
    }
    for (const std::string& line : lines_of(read_text("/proc/meminfo"))) {
        const auto w = words(line);
        if (w.size() >= 2 && w[0] == "MemTotal:") {
            m.memory_kb = static_cast<std::int64_t>(to_u64(w[1]));
        }
    }
    std::istringstream load(read_text("/proc/loadavg"));
    load >> m.load1 >> m.load5 >> m.load15;
    return m;
}

NetCounters parse_loopback(std::string_view net_dev) {
    NetCounters c;
    for (std::string line : lines_of(net_dev)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos) {
            continue;
        }
        if (words(line.substr(0, colon)) != std::vector<std::string>{"lo"}) {
            continue;
        }
        // Receive: bytes packets errs drop fifo frame compressed multicast; then transmit.
        const auto w = words(line.substr(colon + 1));
        if (w.size() >= 10) {
            c.loopback_bytes = to_u64(w[8]);
            c.loopback_packets = to_u64(w[9]);
        }
    }
    return c;
}

NetCounters parse_udp(std::string_view snmp) {
    NetCounters c;
    std::vector<std::string> names;
    for (const std::string& line : lines_of(snmp)) {
        const auto w = words(line);
        if (w.empty() || w[0] != "Udp:") {
            continue;
        }
        if (names.empty()) {
            names = w; // the header row comes first
            continue;
        }
        for (std::size_t i = 1; i < w.size() && i < names.size(); ++i) {
            const std::uint64_t v = to_u64(w[i]);
            if (names[i] == "InDatagrams") {
                c.udp_in = v;
            } else if (names[i] == "OutDatagrams") {
                c.udp_out = v;
            } else if (names[i] == "RcvbufErrors") {
                c.udp_receive_buffer_errors = v;
            } else if (names[i] == "SndbufErrors") {
                c.udp_send_buffer_errors = v;
            }
        }
        break;
    }
    return c;
}

NetCounters net_counters() {
    NetCounters c = parse_udp(read_text("/proc/net/snmp"));
    const NetCounters lo = parse_loopback(read_text("/proc/net/dev"));
    c.loopback_bytes = lo.loopback_bytes;
    c.loopback_packets = lo.loopback_packets;
    return c;
}

NetCounters operator-(const NetCounters& a, const NetCounters& b) {
    return {a.loopback_bytes - b.loopback_bytes,
            a.loopback_packets - b.loopback_packets,
            a.udp_in - b.udp_in,
            a.udp_out - b.udp_out,
            a.udp_receive_buffer_errors - b.udp_receive_buffer_errors,
            a.udp_send_buffer_errors - b.udp_send_buffer_errors};
}

std::uint64_t raise_file_limit(std::uint64_t wanted) {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return 0;
    }
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur =
            limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur;
}

} // namespace hr::swarm
